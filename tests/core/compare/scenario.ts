import { cellText, type CellValue } from "../../../src/core/cell";
import { compareStates } from "../../../src/core/compare/compareStates";
import type { Comparison } from "../../../src/core/compare/types";
import type { WorkbookSnapshot } from "../../../src/core/snapshot";
import { stateOf } from "../state/helpers";
import { sampleSnapshot } from "../summary/sample";
import { recorded } from "./helpers";

/** Deep copy of a snapshot, holes kept. */
export function copySnapshot(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return structuredClone(snapshot);
}

function sheetOf(snapshot: WorkbookSnapshot, name: string) {
  return snapshot.sheets.find((s) => s.name === name)!;
}

function headerIndex(snapshot: WorkbookSnapshot, sheet: string, header: string): number {
  const index = sheetOf(snapshot, sheet).values[0].findIndex((v) => cellText(v) === header);
  if (index < 0) throw new Error(`no header ${header} on ${sheet}`);
  return index;
}

/** Sets one cell of a contract table found by the row's first-column value and the header. */
export function setByKey(snapshot: WorkbookSnapshot, sheet: string, key: string, header: string, value: CellValue): void {
  const line = sheetOf(snapshot, sheet).values.find((l) => l && cellText(l[0]) === key);
  if (!line) throw new Error(`no row ${key} on ${sheet}`);
  line[headerIndex(snapshot, sheet, header)] = value;
}

/** Appends a row below a sheet's used range (the sample's tables end there), by header. */
export function appendRow(snapshot: WorkbookSnapshot, sheet: string, row: Record<string, CellValue>): void {
  const target = sheetOf(snapshot, sheet);
  const width = target.values[0].length;
  const line: CellValue[] = new Array(width).fill(null);
  for (const [header, value] of Object.entries(row)) line[headerIndex(snapshot, sheet, header)] = value;
  target.values.push(line);
  const table = snapshot.tables.find((t) => t.sheet === sheet);
  if (table) table.address = table.address.replace(/\d+$/, String(target.origin.row + target.values.length - 1));
}

/** Removes the row whose first cell is `key` (the rows below move up, as in Excel). */
export function removeRow(snapshot: WorkbookSnapshot, sheet: string, key: string): void {
  const target = sheetOf(snapshot, sheet);
  const at = target.values.findIndex((l) => l && cellText(l[0]) === key);
  target.values.splice(at, 1);
  const table = snapshot.tables.find((t) => t.sheet === sheet);
  if (table) table.address = table.address.replace(/\d+$/, String(target.origin.row + target.values.length - 1));
}

/** The sample at the June meeting, and the same workbook in November after a season of work. */
export async function juneAndNovember(): Promise<{ june: WorkbookSnapshot; november: WorkbookSnapshot }> {
  const june = await sampleSnapshot();
  const november = copySnapshot(june);
  setByKey(november, "Activiteiten", "1.1a", "Status", "Gereed");
  setByKey(november, "Activiteiten", "1.1a", "Realisatie", 97);
  setByKey(november, "Activiteiten", "1.1b", "Status", "Vertraagd");
  setByKey(november, "Activiteiten", "1.1b", "Toelichting", "Bouwvergunning later verleend");
  setByKey(november, "Activiteiten", "1.2a", "Planning", "2027");
  removeRow(november, "Activiteiten", "0d");
  appendRow(november, "Activiteiten", { ID: "5.1a", Afspraak: "Doorstroming senioren: OFW en gemeente", Status: "Niet gestart" });
  appendRow(november, "Metingen", { Indicator: "GS-3", Jaar: 2025, Waarde: 0.49 });
  setByKey(november, "Taakstelling", "Eerste helft 2025", "Gehuisvest", 40);
  setByKey(november, "Taakstelling", "Eerste helft 2024", "Gehuisvest", 34);
  setByKey(november, "Instellingen", "Peildatum", "Waarde", "2025-11-15");
  return { june, november };
}

export async function novemberComparison(): Promise<Comparison> {
  const { june, november } = await juneAndNovember();
  const from = recorded(stateOf(june));
  const to = stateOf(november, { meetingDate: "2025-12-11", recordedAt: "2025-11-20T09:00" }, "2025-11-20");
  return compareStates({ state: from, source: "recorded" }, { state: to, source: "workbook", file: "huidige.xlsx" });
}
