import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** The parts of `Office.context.officeTheme` the pane looks at; older hosts lack `isDarkTheme`. */
export interface OfficeThemeInfo {
  bodyBackgroundColor?: string;
  isDarkTheme?: boolean;
}

/** Relative luminance of a `#rrggbb` colour, or null when it is not one. */
function luminance(hex: string | undefined): number | null {
  const match = hex ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim()) : null;
  if (!match) return null;
  const [r, g, b] = match.slice(1).map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The Fluent theme matching Office: high contrast when the system forces colours, dark when Office
 * says so (or its body background is dark), light otherwise.
 */
export function themeFor(office: OfficeThemeInfo | undefined, forcedColors: boolean): Theme {
  if (forcedColors) return teamsHighContrastTheme;
  if (office?.isDarkTheme !== undefined) return office.isDarkTheme ? webDarkTheme : webLightTheme;
  const light = luminance(office?.bodyBackgroundColor);
  return light !== null && light < 0.25 ? webDarkTheme : webLightTheme;
}
