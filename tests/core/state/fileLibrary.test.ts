import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readWorkbookFile } from "../../../src/cli/readWorkbook";
import { parseRangeAddress } from "../../../src/core/address";
import { planStateWrite, previousState, readStoredStates, STATE_SHEET } from "../../../src/core/state/stateSheet";
import { activity } from "../rules/fixtures";
import { stateOf, stored } from "./helpers";

/**
 * The decision in docs/vastgelegde-stand.md, proved on the file library the command line writes with
 * (ExcelJS 4.4.0): a very hidden sheet and its cells survive a read and a write of the workbook, twice.
 * (A custom XML part does not: ExcelJS drops every part it does not know.)
 */
describe("the state sheet through the file library", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "bm-state-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function record(input: string, output: string, meetingDate: string): Promise<void> {
    const { snapshot } = await readWorkbookFile(input);
    const write = planStateWrite(snapshot, stateOf(snapshot, { meetingDate, recordedAt: `${meetingDate}T10:00` }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(input);
    const sheet = workbook.getWorksheet(STATE_SHEET) ?? workbook.addWorksheet(STATE_SHEET, { state: "veryHidden" });
    sheet.state = write.visibility === "VeryHidden" ? "veryHidden" : "visible";
    for (const block of write.writes) {
      const box = parseRangeAddress(block.address)!;
      block.values.forEach((line, r) => line.forEach((value, c) => (sheet.getCell(box.top + r, box.left + c + 1).value = value as ExcelJS.CellValue)));
    }
    await workbook.xlsx.writeFile(output);
  }

  /** A small overview: the command line's reader and writer are the subject here, not the workbook. */
  async function overview(path: string): Promise<void> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Activiteiten");
    const rows = [activity(), activity({ ID: "1.1b", Status: "Vertraagd", Toelichting: "Vergunning — later" })];
    const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    sheet.addRow(headers);
    for (const row of rows) sheet.addRow(headers.map((h) => row[h] as ExcelJS.CellValue));
    await workbook.xlsx.writeFile(path);
  }

  it("keeps every recorded state, readable and very hidden, after two copies", async () => {
    const start = join(dir, "overzicht.xlsx");
    const first = join(dir, "na-maart.xlsx");
    const second = join(dir, "na-juni.xlsx");
    await overview(start);
    await record(start, first, "2025-03-20");
    await record(first, second, "2025-06-26");

    const { snapshot } = await readWorkbookFile(second);
    const sheet = snapshot.sheets.find((s) => s.name === STATE_SHEET)!;
    expect(sheet.visible).toBe(false);
    const check = new ExcelJS.Workbook();
    await check.xlsx.readFile(second);
    expect(check.getWorksheet(STATE_SHEET)!.state).toBe("veryHidden");

    const states = readStoredStates(snapshot);
    expect(states.map((s) => [s.row, s.meetingDate, s.result.ok])).toEqual([
      [3, "2025-03-20", true],
      [4, "2025-06-26", true],
    ]);
    const { snapshot: original } = await readWorkbookFile(start);
    const expected = stored(stateOf(original, { meetingDate: "2025-03-20", recordedAt: "2025-03-20T10:00" }));
    expect(previousState(states, "2025-06-26")).toEqual({ kind: "recorded", row: 3, state: expected });
    expect(expected.activities!.rows.map((r) => r.note)).toEqual([null, "Vergunning — later"]);
  }, 20_000);
});
