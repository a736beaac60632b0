/** Excel's built-in number formats by id (ECMA-376 part 1, 18.8.30), as the en-US codes. */
const BUILT_IN: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** Ids Excel reserves for locale-dependent date formats (East Asian calendars among them). */
const BUILT_IN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

export function builtInFormat(id: number): string | undefined {
  return BUILT_IN[id];
}

/** The built-in id of a format code, when Excel has it built in (a locale-dependent date is never matched). */
export function builtInId(code: string): number | undefined {
  for (const [id, builtIn] of Object.entries(BUILT_IN)) if (builtIn === code && !BUILT_IN_DATE_IDS.has(Number(id))) return Number(id);
  return undefined;
}

export function isBuiltInDateId(id: number): boolean {
  return BUILT_IN_DATE_IDS.has(id);
}

/**
 * Whether a number format shows a date or time: its first section holds d, m, y, h or s outside quoted
 * text, escaped characters and bracketed codes (colours, locales) other than elapsed time (`[h]`).
 *
 * @example
 * isDateFormatCode("[$-413]d mmmm yyyy") //=> true
 * isDateFormatCode('0 "dagen"') //=> false
 */
export function isDateFormatCode(code: string): boolean {
  const first = code.split(";")[0];
  const stripped = first
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/_./g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "");
  return /[dmyhs]/i.test(stripped) && !/^general$/i.test(stripped.trim());
}
