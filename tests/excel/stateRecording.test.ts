import type { CellValue } from "../../src/core/cell";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { readStoredStates, STATE_SHEET, type StoredState } from "../../src/core/state/stateSheet";
import type { SummaryRequest } from "../../src/excel/gateway";
import { createOfficeGateway } from "../../src/excel/officeGateway";
import { readWorkbook } from "../../src/excel/readSnapshot";
import { stateReading } from "../../src/excel/stateRead";
import { detectCapabilities, type HostCapabilities } from "../../src/excel/requirements";
import { createOfficeGlobals, type FakeExcelHost, type FakeExcelHostOptions } from "../fake-excel";
import { sampleSnapshot } from "../core/summary/sample";
import { hostFromSnapshot, hostWithActivities } from "./seedSample";

const JUNE: SummaryRequest = { meetingDate: "2025-06-26", lang: "nl", today: "2025-06-20", replace: false, requestSheet: false };
const NOVEMBER: SummaryRequest = { ...JUNE, meetingDate: "2025-11-20", today: "2025-11-15" };

let sample: WorkbookSnapshot;
beforeAll(async () => {
  sample = await sampleSnapshot();
});

function setUp(options: FakeExcelHostOptions = {}, host = hostFromSnapshot(sample, options)) {
  const { Excel } = createOfficeGlobals(host);
  const capabilities: HostCapabilities = { ...detectCapabilities((name, version) => host.isSetSupported(name, version)), platform: host.platform };
  return { host, gateway: createOfficeGateway(Excel.run, capabilities), run: Excel.run };
}

/** The state sheet as the command line's reader would see it: values from A1, empty cells as null. */
function stateSheetOf(host: FakeExcelHost): WorkbookSnapshot {
  const values = host.sheetValues(STATE_SHEET).map((line) => line.map((v) => (v === "" ? null : (v as CellValue))));
  return { sheets: [{ name: STATE_SHEET, visible: false, origin: { row: 1, column: 0 }, values }], tables: [] };
}

function storedStates(host: FakeExcelHost): StoredState[] {
  return readStoredStates(stateSheetOf(host));
}

/** What a colleague changes between the June and the November meeting. */
function changeForNovember(host: FakeExcelHost): void {
  host.put("Activiteiten", "I2", "In uitvoering"); // 0a: Niet gestart → In uitvoering
  host.put("Taakstelling", "C8", 30); // first half of 2025: the housed count is now known
  host.put("Taakstelling", "C2", 41); // first half of 2022 was 40: history edited
  host.put("Instellingen", "B3", "2025-11-15"); // Peildatum
}

/** Column A of every row of a written sheet, as text. */
function columnA(host: FakeExcelHost, sheet: string): string[] {
  return host.sheetValues(sheet).map((line) => String(line[0] ?? ""));
}

function rowsWith(host: FakeExcelHost, sheet: string, text: string): unknown[][] {
  return host.sheetValues(sheet).filter((line) => line.some((v) => v === text));
}

describe("recording the state with the summary (add-in)", () => {
  it("records the state on a very hidden sheet made outside the undo group, in a constant number of round trips", async () => {
    const { host, gateway } = setUp({ undoSnapshots: true });
    host.resetCounters();
    const written = await gateway.writeSummary(JUNE);
    // Read (3), add and hide the state sheet (1), summary and state in one batch (3).
    expect(written).toEqual({ sheetName: "BO 2025-06-26", syncs: 7 });
    expect(host.syncCount).toBe(7);
    expect(host.sheetNames().slice(-2)).toEqual([STATE_SHEET, "BO 2025-06-26"]);
    expect(host.snapshotState()).toMatchObject({ activeSheet: "BO 2025-06-26" });
    expect((host.snapshotState().sheets as { name: string; visibility: string }[]).find((s) => s.name === STATE_SHEET)?.visibility).toBe("VeryHidden");

    const stored = storedStates(host);
    expect(stored.map((s) => [s.row, s.meetingDate, s.result.ok])).toEqual([[3, "2025-06-26", true]]);
    const state = stored[0].result.ok ? stored[0].result.state : null;
    expect(state).toMatchObject({ meetingDate: "2025-06-26", referenceDate: "2025-06-15", municipality: "Dronten" });
    expect(state!.activities!.rows).toHaveLength(38);
    // Dates and the JSON stay text; length and check number are numbers.
    expect(host.cell(STATE_SHEET, "B3")).toMatchObject({ value: "2025-06-26", numberFormat: "@", valueType: "String" });
    expect(host.cell(STATE_SHEET, "E3").valueType).toBe("Double");
    expect(String(host.cell(STATE_SHEET, "G3").value).startsWith("j:{")).toBe(true);

    // Hiding cleared the history once, before the group; one Ctrl+Z takes back the summary and its state together.
    expect(host.undoLog.clears).toEqual(["Worksheet.visibility"]);
    expect(host.undoStack).toHaveLength(1);
    expect(host.undoStack[0].group).toBe(true);
    host.undo();
    expect(host.sheetNames()).not.toContain("BO 2025-06-26");
    expect(host.sheetNames()).toContain(STATE_SHEET);
    expect(storedStates(host)).toEqual([]);
  });

  it("shows Sinds het vorige overleg in the next summary and records a second state, without touching the undo history again", async () => {
    const { host, gateway } = setUp();
    await gateway.writeSummary(JUNE);
    const first = (await gateway.previewSummary(JUNE)).since;
    expect(first).toEqual({ kind: "none" });
    changeForNovember(host);

    const preview = await gateway.previewSummary(NOVEMBER);
    expect(preview.since.kind).toBe("compared");
    // Right after the header and key figures.
    expect(preview.sections[1]).toEqual({ nl: "Sinds het vorige overleg (26 juni 2025)", en: "Since the previous meeting (26 June 2025)" });
    const clears = host.undoLog.clears.length;
    host.resetCounters();
    expect(await gateway.writeSummary(NOVEMBER)).toEqual({ sheetName: "BO 2025-11-20", syncs: 6 });
    expect(host.syncCount).toBe(6);
    expect(host.undoLog.clears).toHaveLength(clears);

    const lines = columnA(host, "BO 2025-11-20");
    expect(lines).toContain("Sinds het vorige overleg (26 juni 2025)");
    expect(rowsWith(host, "BO 2025-11-20", "Gestart")[0]).toEqual(expect.arrayContaining(["Status: Niet gestart → In uitvoering"]));
    expect(rowsWith(host, "BO 2025-11-20", "Nu bekend")[0]).toEqual(expect.arrayContaining(["1e helft 2025", "Gehuisvest: leeg → 30"]));
    expect(rowsWith(host, "BO 2025-11-20", "Afgesloten halfjaar gewijzigd")[0]).toEqual(expect.arrayContaining(["1e helft 2022", "Gehuisvest: 40 → 41"]));
    expect(storedStates(host).map((s) => [s.row, s.meetingDate, s.result.ok])).toEqual([
      [3, "2025-06-26", true],
      [4, "2025-11-20", true],
    ]);
  });

  it("needs the same round trips to record the state of 10 and of 1 000 activities", async () => {
    const syncs: number[] = [];
    for (const rows of [10, 1000]) {
      const { gateway } = setUp({}, hostWithActivities(rows, { settings: [["Peildatum", "2025-06-15"]] }));
      await gateway.writeSummary(JUNE);
      syncs.push((await gateway.writeSummary(NOVEMBER)).syncs!);
    }
    expect(syncs).toEqual([6, 6]);
  });

  it("says in the first summary that there is no earlier state", async () => {
    const { host, gateway } = setUp();
    await gateway.writeSummary(JUNE);
    const lines = columnA(host, "BO 2025-06-26");
    expect(lines).toContain("Sinds het vorige overleg");
    expect(lines.some((l) => l.startsWith("Er is nog geen eerdere vastgelegde stand"))).toBe(true);
  });

  it("compares a summary written again for the same meeting with the meeting before it", async () => {
    const { host, gateway } = setUp();
    await gateway.writeSummary(JUNE);
    changeForNovember(host);
    await gateway.writeSummary(NOVEMBER);
    const again = await gateway.previewSummary(NOVEMBER);
    expect(again.since.kind === "compared" && again.since.comparison.from.meetingDate).toBe("2025-06-26");
  });

  it("reads only the state row it compares with, in the check's three round trips", async () => {
    const { gateway, run } = setUp();
    for (const meetingDate of ["2025-03-20", "2025-06-26", "2025-09-18"]) await gateway.writeSummary({ ...JUNE, meetingDate });
    const read = await run((context) => readWorkbook(context, { mergedAreas: false, states: stateReading({ before: "2025-09-01" }) }));
    expect(read.syncs).toBe(3);
    const sheet = read.snapshot.sheets.find((s) => s.name === STATE_SHEET)!;
    expect(sheet.values.length).toBe(5);
    expect(Object.keys(sheet.values).map(Number)).toEqual([3]); // row 4 only: June, the last meeting before 1 September
    expect(readStoredStates(read.snapshot).map((s) => [s.row, s.meetingDate])).toEqual([[4, "2025-06-26"]]);
    const plain = await run((context) => readWorkbook(context, { mergedAreas: false }));
    expect(plain.syncs).toBe(3);
    expect(plain.snapshot.sheets.map((s) => s.name)).not.toContain(STATE_SHEET);
  });

  it("hides the state sheet again when someone made it visible, and leaves a very hidden one alone", async () => {
    const { host, gateway, run } = setUp();
    await gateway.writeSummary(JUNE);
    await run(async (context) => {
      context.workbook.worksheets.getItem(STATE_SHEET).visibility = "Visible";
      await context.sync();
    });
    await gateway.writeSummary(NOVEMBER);
    expect((host.snapshotState().sheets as { name: string; visibility: string }[]).find((s) => s.name === STATE_SHEET)?.visibility).toBe("VeryHidden");
    expect(storedStates(host)).toHaveLength(2);
  });

  it("names a damaged state in the next summary instead of comparing with it", async () => {
    const { host, gateway, run } = setUp();
    await gateway.writeSummary(JUNE);
    await run(async (context) => {
      const cell = context.workbook.worksheets.getItem(STATE_SHEET).getRange("G3");
      cell.values = [["j:{}"]];
      await context.sync();
    });
    const preview = await gateway.previewSummary(NOVEMBER);
    expect(preview.since).toEqual({ kind: "unusable", problem: "damaged", meetingDate: "2025-06-26" });
    await gateway.writeSummary(NOVEMBER);
    expect(columnA(host, "BO 2025-11-20").some((l) => l.startsWith("De vastgelegde stand van het overleg van 26 juni 2025 is beschadigd"))).toBe(true);
  });

  it("refuses in words while the workbook's structure is protected, writing nothing", async () => {
    const { host, gateway } = setUp();
    host.protectStructure();
    const before = host.snapshotState();
    expect((await gateway.previewSummary(JUNE)).structureProtected).toBe(true);
    await expect(gateway.writeSummary(JUNE)).rejects.toMatchObject({ code: "StructureProtected", message: expect.stringContaining("Werkmap beveiligen") });
    expect(host.snapshotState()).toEqual(before);
  });

  it("writes the state again with the summary when Excel refuses the undo group (office-js#6491)", async () => {
    const { host, gateway } = setUp();
    host.failNext({ member: "Range.values", code: "UndoNotSupported", inUndoGroup: true });
    await gateway.writeSummary(JUNE);
    expect(host.sheetNames().filter((n) => n.startsWith("BO "))).toEqual(["BO 2025-06-26"]);
    expect(storedStates(host).map((s) => [s.row, s.result.ok])).toEqual([[3, true]]);
  });
});

describe("a large workbook's state on Excel on the web (5 MB per request)", () => {
  it("writes and reads a state larger than its share of one round trip in blocks within the limit", async () => {
    const host = hostWithActivities(12_000, { platform: "web", settings: [["Peildatum", "2025-06-15"]] });
    const { gateway, run } = setUp({}, host);
    // Reading 12 000 rows takes two answers on the web (4 round trips), adding and hiding the state sheet 1, the summary
    // 3; the state (1,2 MB) takes one more: its second block goes on its own.
    expect((await gateway.writeSummary(JUNE)).syncs).toBe(4 + 1 + 3 + 1);
    expect(host.cell(STATE_SHEET, "E3").value as number).toBeGreaterThan(1_000_000);
    expect(host.largestRequest).toBeLessThan(5_000_000);

    host.largestResponse = 0;
    const read = await run((context) => readWorkbook(context, { mergedAreas: false, platform: "web", states: stateReading({ before: NOVEMBER.meetingDate }) }));
    expect(host.largestResponse).toBeLessThan(5_000_000);
    const [stored] = readStoredStates(read.snapshot);
    expect(stored.result.ok && stored.result.state.activities!.rows.length).toBe(12_000);
  }, 60_000);
});
