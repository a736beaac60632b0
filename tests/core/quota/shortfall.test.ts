import { parseCountOrRange, type CountOrRange } from "../../../src/core/parse/parseCountOrRange";
import { expectedShortfall } from "../../../src/core/quota/shortfall";

/** The seed's 2025 plan (seed 002, lines 712-760), as the cells show it; null is a cell the seed lacks. */
const PLAN_2025: (number | string | null)[][] = [
  [7, 7, 8, 7, 8, 7, 8, 7, 8, 7, 7, 7],
  [19, "-", 3, "-", "-", "-", "-", "-", "-", "-", "-", "-"],
  ["-", "-", 1, "-", "-", "-", "-", "-", 1, null, null, null],
  ["-", "-", "-", "-", "-", "-", "-", "-", "-", 8, "-", "-"],
  ["-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "10-20"],
];

function counts(fromMonth: number, toMonth: number): CountOrRange[] {
  const result: CountOrRange[] = [];
  for (const action of PLAN_2025) {
    for (const cell of action.slice(fromMonth - 1, toMonth)) {
      const parsed = parseCountOrRange(cell);
      if (parsed.ok) result.push(parsed.value);
    }
  }
  return result;
}

describe("expectedShortfall", () => {
  test("Dronten, first half of 2025: 67 planned against 76 due leaves 9 on 1 July 2025", () => {
    expect(expectedShortfall(76, 0, counts(1, 6), "min")).toEqual({ shortfall: 9, planned: 67 });
    expect(expectedShortfall(76, 0, counts(1, 6), "max")).toEqual({ shortfall: 9, planned: 67 });
  });

  test("against the computed due of the sample workbook (92) the shortfall is 25", () => {
    expect(expectedShortfall(92, 0, counts(1, 6), "min").shortfall).toBe(25);
  });

  test("second half of 2025: the December 10-20 counts 10 by default and 20 with max", () => {
    expect(expectedShortfall(80, 0, counts(7, 12), "min")).toEqual({ shortfall: 17, planned: 63 });
    expect(expectedShortfall(80, 0, counts(7, 12), "max")).toEqual({ shortfall: 7, planned: 73 });
  });

  test("what is realised so far is deducted; the remaining months only", () => {
    // Mid-May: 40 housed so far, June still planned (7 + 0 + 0 + 0 + 0).
    expect(expectedShortfall(76, 40, counts(6, 6), "min")).toEqual({ shortfall: 29, planned: 7 });
  });

  test("never negative when the plan covers more than is due", () => {
    expect(expectedShortfall(50, 10, counts(1, 6), "min")).toEqual({ shortfall: 0, planned: 67 });
    expect(expectedShortfall(-3, 0, [], "min")).toEqual({ shortfall: 0, planned: 0 });
  });

  test("an empty plan counts nothing", () => {
    expect(expectedShortfall(76, 0, [], "max")).toEqual({ shortfall: 76, planned: 0 });
  });
});
