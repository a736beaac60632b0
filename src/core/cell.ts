/** A cell value as read from any workbook source: Office.js, ExcelJS or the in-memory host. */
export type CellValue = string | number | boolean | null | CellError;

/** An Excel error value such as `#REF!`, `#N/A` or the Dutch `#WAARDE!`. */
export interface CellError {
  error: string;
}

export function isCellError(value: unknown): value is CellError {
  return typeof value === "object" && value !== null && typeof (value as CellError).error === "string";
}

/** Empty, whitespace-only or null: a cell the user has not filled. */
export function isBlank(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  if (value.length === 0) return true;
  // Most texts start with a visible ASCII character, so they are filled: no need to trim them (3× quicker).
  const first = value.charCodeAt(0);
  return first > 32 && first < 127 ? false : value.trim() === "";
}

/** The cell as the user would read it, for messages and comparisons. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (isCellError(value)) return value.error;
  if (typeof value === "boolean") return value ? "WAAR" : "ONWAAR";
  return String(value);
}
