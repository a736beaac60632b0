import { join } from "node:path";
import { readWorkbookFile } from "../../../src/cli/readWorkbook";
import { cellText, type CellValue } from "../../../src/core/cell";
import { checkModel, type CheckReport } from "../../../src/core/engine/checkWorkbook";
import { buildModel, type WorkbookModel } from "../../../src/core/model/workbookModel";
import type { WorkbookSnapshot } from "../../../src/core/snapshot";
import type { SummaryCell, SummarySheet } from "../../../src/core/summary/summarySheet";
import type { SummaryOptions } from "../../../src/core/summary/summaryContext";

export const SAMPLE = join(__dirname, "../../../assets/Voorbeeld-activiteitenoverzicht.xlsx");

export const OPTIONS: SummaryOptions = { meetingDate: "2025-06-26", generatedAt: "2025-06-20T14:03:12", generator: "Beleidsmonitor 0.1.0" };

export async function sampleSnapshot(): Promise<WorkbookSnapshot> {
  return (await readWorkbookFile(SAMPLE)).snapshot;
}

export function checked(snapshot: WorkbookSnapshot, lang: "nl" | "en" = "nl"): { model: WorkbookModel; report: CheckReport } {
  const model = buildModel(snapshot);
  return { model, report: checkModel(model, { today: "2025-06-20", lang }) };
}

/** Overwrites one cell of a contract table in the snapshot, found by the row's ID and the column's header. */
export function setCell(snapshot: WorkbookSnapshot, sheetName: string, id: string, header: string, value: CellValue): void {
  const sheet = snapshot.sheets.find((s) => s.name === sheetName)!;
  const headers = sheet.values[0].map((v) => cellText(v));
  const row = sheet.values.find((line) => cellText(line[0]) === id)!;
  row[headers.indexOf(header)] = value;
}

/** The values of one row, by column letter position (A = 0), `undefined` where nothing is written. */
export function rowValues(sheet: SummarySheet, row: number): (string | number | null | undefined)[] {
  const values: (string | number | null | undefined)[] = new Array(sheet.columnWidths.length).fill(undefined);
  for (const cell of sheet.cells) if (cell.row === row && cell.value !== null) values[cell.column] = cell.value;
  return values;
}

/** The first row whose column A (or `column`) holds exactly `text`, after `from`. */
export function rowOf(sheet: SummarySheet, text: string, from = 1, column = 0): number {
  const cell = sheet.cells.find((c) => c.row >= from && c.column === column && c.value === text);
  if (!cell) throw new Error(`no row with '${text}' in column ${column} from row ${from}`);
  return cell.row;
}

export function cellAt(sheet: SummarySheet, row: number, column: number): SummaryCell | undefined {
  return sheet.cells.find((c) => c.row === row && c.column === column);
}

export function sectionOf(sheet: SummarySheet, id: string) {
  const section = sheet.sections.find((s) => s.id === id);
  if (!section) throw new Error(`no section ${id}`);
  return section;
}
