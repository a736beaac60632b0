import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { en } from "../../src/taskpane/i18n/en";
import { nl } from "../../src/taskpane/i18n/nl";
import { format, langFromDisplayLanguage } from "../../src/taskpane/i18n/strings";
import { parseTypedNumber, validateSettings } from "../../src/taskpane/components/settings/validateSettings";
import { themeFor } from "../../src/taskpane/theme";

describe("language", () => {
  it.each([
    ["en-US", "en"],
    ["en-GB", "en"],
    ["nl-NL", "nl"],
    ["de-DE", "nl"],
    [undefined, "nl"],
  ])("%s → %s", (display, lang) => expect(langFromDisplayLanguage(display)).toBe(lang));

  it("gives every text in both languages with the same placeholders", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect([key, placeholders(en[key])]).toEqual([key, placeholders(nl[key])]);
      expect(en[key].trim()).not.toBe("");
    }
  });

  it("fills placeholders and leaves an unknown one visible", () => {
    expect(format("{{count}} van {{total}}", { count: 3, total: 10 })).toBe("3 van 10");
    expect(format("Blad {{sheet}}")).toBe("Blad {{sheet}}");
  });
});

describe("theme", () => {
  it("follows Office: dark, light, or high contrast when the system forces colours", () => {
    expect(themeFor({ isDarkTheme: true }, false)).toBe(webDarkTheme);
    expect(themeFor({ isDarkTheme: false, bodyBackgroundColor: "#000000" }, false)).toBe(webLightTheme);
    expect(themeFor({ bodyBackgroundColor: "#262626" }, false)).toBe(webDarkTheme);
    expect(themeFor({ bodyBackgroundColor: "#ffffff" }, false)).toBe(webLightTheme);
    expect(themeFor(undefined, false)).toBe(webLightTheme);
    expect(themeFor({ isDarkTheme: false }, true)).toBe(teamsHighContrastTheme);
  });
});

describe("settings validation", () => {
  const valid = { referenceDate: "2025-06-15", staleDays: 90, marginPercent: 10, lang: "nl" as const };
  it("accepts a complete form and an empty reference date", () => {
    expect(validateSettings(valid)).toEqual({});
    expect(validateSettings({ ...valid, referenceDate: "" })).toEqual({});
  });
  it("names each field that is wrong", () => {
    expect(validateSettings({ ...valid, referenceDate: "2025-02-30", staleDays: 0, marginPercent: 101 })).toEqual({
      referenceDate: "settingsReferenceDateInvalid",
      staleDays: "settingsStaleDaysInvalid",
      marginPercent: "settingsMarginInvalid",
    });
    expect(validateSettings({ ...valid, staleDays: 12.5, marginPercent: null })).toEqual({ staleDays: "settingsStaleDaysInvalid", marginPercent: "settingsMarginInvalid" });
  });
  it("reads typed numbers the Dutch way", () => {
    expect(parseTypedNumber("7,5")).toBe(7.5);
    expect(parseTypedNumber("10%")).toBe(10);
    expect(parseTypedNumber("90 dagen")).toBe(90);
    expect(parseTypedNumber("twee")).toBeNull();
    expect(parseTypedNumber("")).toBeNull();
  });
});
