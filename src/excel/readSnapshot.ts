import type { CellValue } from "../core/cell";
import { normalizeText } from "../core/parse/normalizeText";
import { TABLES } from "../core/schema/tables";
import type { SheetSnapshot, TableRef, WorkbookSnapshot } from "../core/snapshot";
import { parseRangeAddress } from "../core/address";

/** Sheets the add-in writes itself; the check never needs their contents. */
export function isOutputSheet(name: string): boolean {
  return name === "Controle" || name === "Lijsten" || /^BO \d{4}-\d{2}-\d{2}/.test(name) || /^Uitvraag\b/.test(name);
}

const CONTRACT_SHEETS = new Set(TABLES.map((t) => normalizeText(t.sheet)));
const CONTRACT_TABLES = new Set(TABLES.map((t) => t.table.toLowerCase()));

function toCellValue(value: unknown, type: Excel.RangeValueType | string): CellValue {
  if (type === "Error") return { error: String(value) };
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

interface PendingSheet {
  name: string;
  visible: boolean;
  used: Excel.Range;
  merged?: Excel.RangeAreas;
}

/**
 * Reads what a check needs in two round trips, whatever the workbook's size:
 * first the sheet and table names, then every relevant used range, table address and merged area.
 */
export async function readSnapshot(context: Excel.RequestContext, options: { mergedAreas: boolean }): Promise<WorkbookSnapshot> {
  const sheets = context.workbook.worksheets.load("items/name,items/visibility");
  // The table's sheet name comes with the names, saving a round trip per table.
  const tables = context.workbook.tables.load("items/name,items/worksheet/name");
  await context.sync();

  const tableSheets = new Set<string>();
  const tableRanges: { name: string; sheet: string; range: Excel.Range }[] = [];
  for (const table of tables.items) {
    const range = table.getRange().load("address");
    tableRanges.push({ name: table.name, sheet: table.worksheet.name, range });
    if (CONTRACT_TABLES.has(table.name.toLowerCase())) tableSheets.add(table.worksheet.name);
  }
  const pending: PendingSheet[] = [];
  for (const sheet of sheets.items) {
    const relevant = tableSheets.has(sheet.name) || (CONTRACT_SHEETS.has(normalizeText(sheet.name)) && !isOutputSheet(sheet.name));
    if (!relevant) continue;
    const used = sheet.getUsedRangeOrNullObject(true).load("address,values,valueTypes,numberFormat");
    // Excel tables cannot hold merged cells, so only sheets without a contract table need the (costly) merged-area
    // read, which also clears the user's undo history on desktop Excel (office-js#5918).
    const merged = options.mergedAreas && !tableSheets.has(sheet.name) ? sheet.getRange().getMergedAreasOrNullObject().load("areas/items/address") : undefined;
    pending.push({ name: sheet.name, visible: sheet.visibility === "Visible", used, merged });
  }
  await context.sync();

  const snapshot: WorkbookSnapshot = { sheets: [], tables: [] };
  for (const sheet of pending) snapshot.sheets.push(toSheetSnapshot(sheet));
  for (const table of tableRanges) snapshot.tables.push({ name: table.name, sheet: table.sheet, address: table.range.address } satisfies TableRef);
  return snapshot;
}

function toSheetSnapshot(sheet: PendingSheet): SheetSnapshot {
  const merged = sheet.merged && !sheet.merged.isNullObject ? sheet.merged.areas.items.map((area) => area.address) : [];
  if (sheet.used.isNullObject) return { name: sheet.name, visible: sheet.visible, origin: { row: 1, column: 0 }, values: [], numberFormats: [], merged };
  const box = parseRangeAddress(sheet.used.address);
  const types = sheet.used.valueTypes;
  const values = sheet.used.values.map((line, r) => line.map((value, c) => toCellValue(value, types[r][c])));
  return {
    name: sheet.name,
    visible: sheet.visible,
    origin: { row: box?.top ?? 1, column: box?.left ?? 0 },
    values,
    numberFormats: sheet.used.numberFormat as string[][],
    merged,
  };
}
