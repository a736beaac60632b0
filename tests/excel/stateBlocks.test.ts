import type { CellValue } from "../../src/core/cell";
import type { StateSheetWrite } from "../../src/core/state/stateSheet";
import { chooseStateRows } from "../../src/excel/stateRead";
import { stateBlocks, stateTrips } from "../../src/excel/stateWrites";

const meta = (meeting: CellValue): CellValue[] => ["2025-06-20T10:00", meeting, "2025-06-15", 1, 100, 123];

describe("choosing the state row to read", () => {
  const rows = new Map<number, CellValue[]>([
    [1, ["Beleidsmonitor: vastgelegde standen", "…", null, null, null, null]],
    [2, ["Vastgelegd op", "Bestuurlijk overleg", "Peildatum", "Versie", "Lengte", "Controlegetal"]],
    [3, meta("2025-03-20")],
    [4, meta("2025-06-26")],
    [5, meta("2025-06-26")],
    [6, meta(45919)], // 2025-09-18 as a date serial
  ]);

  it("takes the last row of the latest meeting before the date, as previousState does", () => {
    expect(chooseStateRows(rows, { before: "2025-09-01" })).toEqual([5]);
    expect(chooseStateRows(rows, { before: "2025-12-01" })).toEqual([6]);
    expect(chooseStateRows(rows, { before: "2025-03-20" })).toEqual([]);
  });

  it("takes the last row for the latest state", () => {
    expect(chooseStateRows(rows, { latest: true })).toEqual([6]);
    expect(chooseStateRows(new Map(), { latest: true })).toEqual([]);
  });
});

describe("cutting the state row into blocks", () => {
  const write = (cells: CellValue[]): StateSheetWrite => ({ sheet: "Beleidsmonitor_Stand", create: false, visibility: "VeryHidden", row: 7, writes: [{ address: "A7", values: [cells] }] });

  it("keeps a small row whole, text as text and numbers as numbers", () => {
    const [block] = stateBlocks(write(["2025-06-20T10:00", "", "2025-06-15", 1, 20, 99, "j:{}"]), 1_000_000);
    expect(block).toMatchObject({
      address: "A7:G7",
      values: [["2025-06-20T10:00", "", "2025-06-15", 1, 20, 99, "j:{}"]],
      formats: [["@", "@", "@", "General", "General", "General", "@"]],
    });
  });

  it("cuts a large row into column blocks within the budget and groups them into round trips", () => {
    const chunk = `j:${"x".repeat(998)}`;
    const cells: CellValue[] = ["2025-06-20T10:00", "2025-06-26", "2025-06-15", 1, 10_000, 5, ...Array(10).fill(chunk)];
    const blocks = stateBlocks(write(cells), 3_000);
    expect(blocks.map((b) => b.address)).toEqual(["A7:H7", "I7:J7", "K7:L7", "M7:N7", "O7:P7"]);
    expect(blocks.every((b) => b.bytes <= 3_100)).toBe(true);
    expect(blocks.flatMap((b) => b.values[0])).toEqual(cells);
    expect(stateTrips(blocks, 6_500).map((trip) => trip.map((b) => b.address))).toEqual([["A7:H7", "I7:J7", "K7:L7"], ["M7:N7", "O7:P7"]]);
  });
});
