import { cellText, type CellValue } from "../cell";
import { excelSerialToIso } from "../parse/isoDate";
import { formatDate } from "./formatDate";
import { numberWords } from "./formatNumber";

/**
 * A cell's value as the reader sees it in Excel, for a message: a number in Dutch notation (`7,9`, `72%` when the
 * cell has a percentage format), a date as `1 juli 2025` when the column holds dates, text as typed (trimmed).
 *
 * @example
 * cellWords(0.72, "0%")          //=> { nl: "72%", en: "72%" }
 * cellWords(7.9, "General")      //=> { nl: "7,9", en: "7.9" }
 * cellWords(" 7,9% ", undefined) //=> { nl: "7,9%", en: "7,9%" }
 */
export function cellWords(value: CellValue | undefined, format: string | undefined, options: { date?: boolean } = {}): { nl: string; en: string } {
  if (typeof value === "number") {
    if (options.date) {
      const iso = excelSerialToIso(value);
      if (iso) return { nl: formatDate(iso, "nl"), en: formatDate(iso, "en") };
    }
    return numberWords(value, (format ?? "").includes("%") ? "percent" : "number");
  }
  const text = cellText(value ?? null).trim();
  return { nl: text, en: text };
}
