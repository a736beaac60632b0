/** `Range.text`: the value as Excel displays it, for the handful of number formats the project uses. */

import type { CellScalar } from "./cellInput";

export type HostLocale = "nl-NL" | "en-US";

const DUTCH_ERRORS: Record<string, string> = {
  "#NAME?": "#NAAM?",
  "#VALUE!": "#WAARDE!",
  "#REF!": "#VERW!",
  "#N/A": "#N/B",
  "#NUM!": "#GETAL!",
  "#NULL!": "#LEEG!",
};

export function displayText(value: CellScalar | null, isError: boolean, numberFormat: string, locale: HostLocale, date1904 = false): string {
  const dutch = locale === "nl-NL";
  if (value === null) return "";
  if (isError) return dutch ? (DUTCH_ERRORS[value as string] ?? String(value)) : String(value);
  if (typeof value === "boolean") return dutch ? (value ? "WAAR" : "ONWAAR") : value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  return formatNumber(value, numberFormat, dutch, date1904);
}

function formatNumber(value: number, numberFormat: string, dutch: boolean, date1904: boolean): string {
  const decimalMark = dutch ? "," : ".";
  const groupMark = dutch ? "." : ",";
  const fixed = /^(#,##)?0(?:\.(0+))?(%)?$/.exec(numberFormat);
  if (fixed) {
    const shown = fixed[3] ? value * 100 : value;
    const [whole, fraction] = Math.abs(shown).toFixed(fixed[2]?.length ?? 0).split(".");
    const grouped = fixed[1] ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, groupMark) : whole;
    const sign = shown < 0 && Number(whole + (fraction ?? "")) !== 0 ? "-" : "";
    return `${sign}${grouped}${fraction ? decimalMark + fraction : ""}${fixed[3] ?? ""}`;
  }
  if (/[dy]/i.test(numberFormat) && !numberFormat.includes('"')) return formatDate(value, numberFormat, date1904);
  return generalNumber(value).replace(".", decimalMark);
}

/** Excel's General format shows at most about ten significant digits. */
function generalNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  return String(Number(value.toPrecision(10)));
}

function formatDate(serial: number, pattern: string, date1904: boolean): string {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const date = new Date(epoch + Math.floor(serial) * 86_400_000);
  const parts: Record<string, string> = {
    yyyy: String(date.getUTCFullYear()),
    yy: String(date.getUTCFullYear()).slice(-2),
    mm: String(date.getUTCMonth() + 1).padStart(2, "0"),
    m: String(date.getUTCMonth() + 1),
    dd: String(date.getUTCDate()).padStart(2, "0"),
    d: String(date.getUTCDate()),
  };
  return pattern.replace(/yyyy|yy|mm|m|dd|d/gi, (token) => parts[token.toLowerCase()]);
}
