import { checkModel } from "../../../src/core/engine/checkWorkbook";
import { buildModel } from "../../../src/core/model/workbookModel";
import { isoToExcelSerial } from "../../../src/core/parse/isoDate";
import { fragmentToSnapshot } from "../../../src/core/rules/fragment";
import {
  FIRST_STATE_ROW, latestState, planStateWrite, previousState, readStoredStates, STATE_SHEET, stateRowCells, type StoredState,
} from "../../../src/core/state/stateSheet";
import { stateProblemText } from "../../../src/core/state/stateProblemText";
import type { WorkbookSnapshot } from "../../../src/core/snapshot";
import { activity } from "../rules/fixtures";
import { sampleSnapshot } from "../summary/sample";
import { applyStateWrite, setSheetCell, sheetCell, stateOf, stored } from "./helpers";

function workbook(): WorkbookSnapshot {
  return fragmentToSnapshot({ activities: [activity(), activity({ ID: "1.1b" })] });
}

/** Records a state for each meeting, as successive summaries would. */
function recordMeetings(snapshot: WorkbookSnapshot, meetings: string[]): void {
  for (const meetingDate of meetings) applyStateWrite(snapshot, planStateWrite(snapshot, stateOf(snapshot, { meetingDate, recordedAt: `${meetingDate}T09:00` })));
}

describe("planStateWrite", () => {
  it("creates the very hidden sheet with a title, headers and the first state on row 3", () => {
    const snapshot = workbook();
    const state = stateOf(snapshot);
    const write = planStateWrite(snapshot, state);
    expect(write).toMatchObject({ sheet: STATE_SHEET, create: true, visibility: "VeryHidden", row: FIRST_STATE_ROW });
    expect(write.writes.map((w) => w.address)).toEqual(["A1", "A3"]);
    expect(write.writes[0].values[1]).toEqual(["Vastgelegd op", "Bestuurlijk overleg", "Peildatum", "Versie", "Lengte", "Controlegetal", "Gegevens"]);
    expect(write.writes[1].values[0].slice(0, 4)).toEqual(["2025-06-20T14:03:12", "2025-06-26", "2025-06-15", 1]);
  });

  it("appends below everything already on the sheet and never overwrites a cell", () => {
    const snapshot = workbook();
    recordMeetings(snapshot, ["2025-03-20"]);
    setSheetCell(snapshot, STATE_SHEET, 5, 0, "een notitie van iemand");
    const write = planStateWrite(snapshot, stateOf(snapshot));
    expect(write).toMatchObject({ create: false, row: 6 });
    expect(write.writes.map((w) => w.address)).toEqual(["A6"]);
  });

  it("starts every data cell with j:, so Excel never reads one as a formula, number or date", () => {
    const note = `-5 woningen; =SOM(A1); 2025-06-26 ${"x".repeat(65_000)}`;
    const state = stateOf(fragmentToSnapshot({ activities: [activity({ Toelichting: note })] }));
    const cells = stateRowCells(state);
    const data = cells.slice(6) as string[];
    expect(data.length).toBe(3);
    for (const cell of data) {
      expect(cell.startsWith("j:")).toBe(true);
      expect(cell.length).toBeLessThanOrEqual(32_767);
    }
  });
});

it("changes nothing in the check of the workbook that holds it", async () => {
  const snapshot = await sampleSnapshot();
  const before = checkModel(buildModel(snapshot), { today: "2025-06-20" });
  recordMeetings(snapshot, ["2025-03-20", "2025-06-26"]);
  expect(snapshot.sheets.map((s) => s.name)).toContain(STATE_SHEET);
  expect(checkModel(buildModel(snapshot), { today: "2025-06-20" })).toEqual(before);
});

describe("readStoredStates", () => {
  it("reads back every recorded state, oldest first, long ones spread over several cells included", () => {
    const snapshot = fragmentToSnapshot({ activities: [activity({ Toelichting: "y".repeat(70_000) })] });
    recordMeetings(snapshot, ["2025-03-20", "2025-06-26"]);
    const states = readStoredStates(snapshot);
    expect(states.map((s) => [s.row, s.meetingDate, s.result.ok])).toEqual([
      [3, "2025-03-20", true],
      [4, "2025-06-26", true],
    ]);
    const expected = stateOf(snapshot, { meetingDate: "2025-06-26", recordedAt: "2025-06-26T09:00" });
    expect(states[1].result).toEqual({ ok: true, state: stored(expected) });
  });

  it("finds nothing in a workbook without the sheet or with an empty one", () => {
    const snapshot = workbook();
    expect(readStoredStates(snapshot)).toEqual([]);
    snapshot.sheets.push({ name: STATE_SHEET, visible: false, origin: { row: 1, column: 0 }, values: [] });
    expect(readStoredStates(snapshot)).toEqual([]);
  });

  it.each<[string, (s: WorkbookSnapshot) => void, string]>([
    ["a character of the data changed", (s) => setSheetCell(s, STATE_SHEET, 3, 6, String(sheetCell(s, STATE_SHEET, 3, 6)).replace("uitvoering", "uitvoerinq")), "controlegetal"],
    ["a data cell emptied", (s) => setSheetCell(s, STATE_SHEET, 3, 6, null), "geen gegevens"],
    ["a data cell overwritten with something else", (s) => setSheetCell(s, STATE_SHEET, 3, 6, 42), "cel G3"],
    ["the recorded length changed", (s) => setSheetCell(s, STATE_SHEET, 3, 4, 12), "er ontbreekt een deel"],
  ])("reports a damaged state: %s", (_name, damage, detail) => {
    const snapshot = workbook();
    recordMeetings(snapshot, ["2025-06-26"]);
    damage(snapshot);
    const [state] = readStoredStates(snapshot);
    expect(state).toMatchObject({ row: 3, meetingDate: "2025-06-26", result: { ok: false, problem: "damaged" } });
    expect(!state.result.ok && state.result.detail).toContain(detail);
  });

  it("reports a state of a newer version without trying to read it", () => {
    const snapshot = workbook();
    recordMeetings(snapshot, ["2025-06-26"]);
    setSheetCell(snapshot, STATE_SHEET, 3, 3, 2);
    expect(readStoredStates(snapshot)[0].result).toMatchObject({ ok: false, problem: "future-version" });
  });

  it("still knows the meeting when Excel turned the date in column B into a date serial", () => {
    const snapshot = workbook();
    recordMeetings(snapshot, ["2025-06-26"]);
    setSheetCell(snapshot, STATE_SHEET, 3, 1, isoToExcelSerial("2025-06-26"));
    setSheetCell(snapshot, STATE_SHEET, 3, 5, 1);
    expect(readStoredStates(snapshot)[0]).toMatchObject({ meetingDate: "2025-06-26", result: { ok: false, problem: "damaged" } });
  });
});

describe("previousState / latestState", () => {
  const snapshot = workbook();
  recordMeetings(snapshot, ["2025-03-20", "2025-06-26", "2025-06-26", "2025-09-25"]);
  const stored = readStoredStates(snapshot);

  it("compares with the latest meeting before this one, the last written of its rows", () => {
    expect(previousState(stored, "2025-12-11")).toMatchObject({ kind: "recorded", row: 6, state: { meetingDate: "2025-09-25" } });
    expect(previousState(stored, "2025-09-25")).toMatchObject({ kind: "recorded", row: 5, state: { meetingDate: "2025-06-26" } });
    expect(previousState(stored, "2025-06-26")).toMatchObject({ kind: "recorded", row: 3, state: { meetingDate: "2025-03-20" } });
    expect(previousState(stored, "2025-03-20")).toEqual({ kind: "none" });
    expect(latestState(stored)).toMatchObject({ kind: "recorded", row: 6 });
    expect(latestState([])).toEqual({ kind: "none" });
  });

  it("says so when the state it needs is damaged, instead of taking an older one", () => {
    const damaged: StoredState[] = stored.map((s) => (s.row === 5 ? { ...s, result: { ok: false, problem: "damaged", detail: "x" } } : s));
    expect(previousState(damaged, "2025-09-25")).toEqual({ kind: "unusable", problem: "damaged", detail: "x", row: 5, meetingDate: "2025-06-26" });
  });
});

describe("stateProblemText", () => {
  it("explains in one plain sentence, in Dutch and English", () => {
    expect(stateProblemText("damaged", "2025-06-26", "nl")).toBe(
      "De vastgelegde stand van het overleg van 26 juni 2025 is beschadigd (het verborgen blad is gewijzigd) en kan niet worden vergeleken.",
    );
    expect(stateProblemText("future-version", null, "en")).toBe(
      "The previous recorded state was made by a newer version of Beleidsmonitor; update Beleidsmonitor to compare with it.",
    );
  });
});
