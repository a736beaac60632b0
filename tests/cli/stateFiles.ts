// Workbook files for the tests of the recorded state on the command line: copies of the sample, edited as a
// colleague would between two meetings, and a way to run the command line on them.
import ExcelJS from "exceljs";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbookFile } from "../../src/cli/readWorkbook";
import { run } from "../../src/cli/main";
import { readStoredStates, type StoredState } from "../../src/core/state/stateSheet";
import { SAMPLE } from "../core/summary/sample";

export const root = mkdtempSync(join(tmpdir(), "bm-state-cli-"));
let counter = 0;

/** A fresh folder for one test's files. */
export function folder(): string {
  return mkdtempSync(join(root, `case-${++counter}-`));
}

/** The sample as it was on 15 June 2025 (its Peildatum), in a folder of its own. */
export function juneOverview(dir = folder()): string {
  const path = join(dir, "Overzicht juni.xlsx");
  copyFileSync(SAMPLE, path);
  return path;
}

/** Edits a workbook file with the file library and saves it under another name. */
export async function edited(input: string, output: string, edit: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  edit(workbook);
  await workbook.xlsx.writeFile(output);
  return output;
}

/**
 * What changed by November: activity 0a started, the housed count of the first half of 2025 came in, the first half of
 * 2022 was edited (40 → 41: history), and the Peildatum moved to 15 November.
 */
export function novemberEdits(workbook: ExcelJS.Workbook): void {
  workbook.getWorksheet("Activiteiten")!.getCell("I2").value = "In uitvoering";
  const quota = workbook.getWorksheet("Taakstelling")!;
  quota.getCell("C8").value = 30;
  quota.getCell("C2").value = 41;
  workbook.getWorksheet("Instellingen")!.getCell("B3").value = new Date(Date.UTC(2025, 10, 15));
}

export async function cli(argv: string[], today = "2025-11-15"): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t), today: () => today, now: () => `${today}T10:00` };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

export async function storedIn(path: string): Promise<StoredState[]> {
  return readStoredStates((await readWorkbookFile(path)).snapshot);
}

/** Column A (or `column`) of every row of a sheet, as ExcelJS reads it. */
export async function columnOf(path: string, sheetName: string, column = 1): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet(sheetName)!;
  const out: string[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) out.push(String(sheet.getRow(r).getCell(column).value ?? ""));
  return out;
}

/** Every row of a sheet as its cell texts, to find the line of one change. */
export async function rowsOf(path: string, sheetName: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet(sheetName)!;
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ""))));
  return rows;
}
