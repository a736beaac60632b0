import { isBlank, isCellError, type CellValue } from "../cell";
import { excelSerialToIso } from "../parse/isoDate";
import type { ColumnType } from "../schema/tables";
import type { PlanValue } from "./sheetPlan";

/** A format that shows a date (`d-m-yyyy`, `dd mmm yyyy`), not a time or a number. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /y/i.test(bare) && /[dm]/i.test(bare) && !/[hs0#@?]/i.test(bare);
}

/**
 * A cell as it must be written elsewhere, typed as it was: text stays text (whatever it looks like),
 * a number stays a number (with its percentage format), a date stays a date. Null for a blank cell or an
 * error value (`#N/A`), which are never copied.
 *
 * @example
 * planValueOf("=HYPERLINK(\"x\")", "text") //=> { type: "text", value: "=HYPERLINK(\"x\")" }
 * @example
 * planValueOf(45839, "date") //=> { type: "date", value: "2025-07-01" }
 * @example
 * planValueOf(0.079, "number", "0.0%") //=> { type: "number", value: 0.079, numberFormat: "0.0%" }
 */
export function planValueOf(value: CellValue | undefined, type: ColumnType | undefined, numberFormat?: string): PlanValue | null {
  if (value === undefined || value === null || isBlank(value) || isCellError(value)) return null;
  if (typeof value === "string") return { type: "text", value };
  if (typeof value === "boolean") return { type: "boolean", value };
  const numeric = type === "number" || type === "wholeNumber" || type === "year" || type === "countOrRange";
  if (type === "date" || (!numeric && isDateFormat(numberFormat))) {
    const iso = excelSerialToIso(value);
    if (iso !== null) return { type: "date", value: iso };
  }
  return numberFormat && numberFormat.includes("%") ? { type: "number", value, numberFormat } : { type: "number", value };
}

/** The value as JSON shows it: dates as `YYYY-MM-DD`, everything else as it is. */
export function jsonValue(value: PlanValue | null): string | number | boolean | null {
  return value === null ? null : value.value;
}
