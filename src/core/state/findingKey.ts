import type { ParsedRow, ParsedTable } from "../model/parsedTable";
import type { WorkbookModel } from "../model/workbookModel";
import { normalizeText } from "../parse/normalizeText";
import type { Finding } from "../rules/types";
import { TABLES, type TableKey } from "../schema/tables";

const KEY_BY_TABLE_NAME = new Map<string, TableKey>(TABLES.map((t) => [t.table.toLowerCase(), t.key]));

/** A row named by what it is about, so that inserting a row above it does not make its findings "new". */
function rowName(key: TableKey, row: ParsedRow): string | null {
  switch (key) {
    case "activities":
    case "indicators":
      return row.text("id").toLowerCase() || null;
    case "measurements": {
      const indicator = row.text("indicator").toLowerCase();
      return indicator ? `${indicator}@${row.text("year")}` : null;
    }
    case "quota":
      return row.text("period").toLowerCase() || null;
    case "plan":
      return row.text("action").toLowerCase() ? `${row.text("action").toLowerCase()}@${row.text("month")}` : null;
    case "parties":
    case "settings":
      return normalizeText(row.text("name")) || null;
  }
}

function rowOf(table: ParsedTable, excelRow: number): ParsedRow | undefined {
  return table.rows[excelRow - table.located.headerRow - 1];
}

/** The contract key of a header as written, so a renamed header (an alias) does not change the key. */
function columnName(table: ParsedTable | undefined, header: string): string {
  if (table) {
    for (const [key, column] of table.located.columns) if (column.header === header) return key;
  }
  return normalizeText(header);
}

/**
 * What a finding is about, independent of where its row moved: table, the row's ID (or period, or
 * indicator and year) and the column. Two checks of a workbook give the same key for the same cause;
 * a key that is gone was resolved, a key that appears is new.
 *
 * @example
 * findingKey(model, { table: "tblActiviteiten", row: 14, column: "Trekker", sheet: "Activiteiten", … })
 * //=> "activities|1.2b|lead"
 */
export function findingKey(model: WorkbookModel, finding: Finding): string {
  const tableKey = finding.table ? KEY_BY_TABLE_NAME.get(finding.table.toLowerCase()) : undefined;
  const table = tableKey ? model.tables[tableKey] : undefined;
  const place = tableKey ?? `sheet:${normalizeText(finding.sheet)}`;
  let row = "";
  if (finding.row !== null) {
    const parsed = table && tableKey ? rowOf(table, finding.row) : undefined;
    const name = parsed && tableKey && !parsed.blank ? rowName(tableKey, parsed) : null;
    row = name ?? `row ${finding.row}`;
  } else if (finding.cell !== null) {
    row = `cell ${finding.cell}`;
  }
  const column = finding.column === null ? "" : columnName(table, finding.column);
  return `${place}|${row}|${column}`;
}

/** The keys of a check's findings per rule, each list sorted. */
export function findingKeysByRule(model: WorkbookModel, findings: readonly Finding[]): Record<string, string[]> {
  const byRule: Record<string, string[]> = {};
  for (const finding of findings) (byRule[finding.rule] ??= []).push(findingKey(model, finding));
  for (const keys of Object.values(byRule)) keys.sort();
  return byRule;
}
