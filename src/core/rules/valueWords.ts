import { cellWords } from "../format/cellWords";
import { count, percent, type StyledNumber } from "../format/formatNumber";
import { isPercentIndicator, scaledValue } from "../indicators/indicatorValues";
import type { ParsedRow } from "../model/parsedTable";
import type { Localized } from "./types";

/** A cell of a row as the reader sees it in Excel (`7,9`, `72%`, text as typed), for message data. */
export function cellValueWords(row: ParsedRow, key: string): Localized {
  return cellWords(row.get(key), row.format(key), { date: row.table.columnSpec(key)?.type === "date" });
}

/**
 * An indicator's number as it counts: `72%` for a percentage indicator (whether typed 72%, 0,72 or 72 under unit %),
 * `295` otherwise; the cell as written when it is not a number.
 */
export function indicatorValueWords(row: ParsedRow, key: string, indicator: ParsedRow = row): StyledNumber | Localized {
  const asPercent = isPercentIndicator(indicator);
  const scaled = scaledValue(row, key, asPercent);
  if (!scaled) return cellValueWords(row, key);
  return asPercent ? percent(scaled.value) : count(scaled.value);
}
