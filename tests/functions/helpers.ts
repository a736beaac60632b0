/** Shared by the function tests: arguments as Excel passes them, and the error a call throws. */

/** A column range: rows of one cell; empty cells as null. */
export const column = (...values: unknown[]): unknown[][] => values.map((value) => [value]);

/** A row range: one row of cells. */
export const row = (...values: unknown[]): unknown[][] => [values];

export interface ThrownError {
  code: string;
  message: string;
}

/** The CustomFunctions.Error a call throws (code `#VALUE!` or `#N/A`, and the Dutch message). */
export function errorOf(call: () => unknown): ThrownError {
  try {
    call();
  } catch (error) {
    const { code, message } = error as ThrownError;
    return { code, message };
  }
  throw new Error("expected a CustomFunctions.Error");
}

// Dronten, H1 2022 .. H1 2025 (seed 002, lines 409-421): quota, the housed counts the table implies
// (H1 2025 not yet known) and opening balance −5.
export const DRONTEN_QUOTA = [24, 33, 52, 43, 46, 42, 44];
export const DRONTEN_HOUSED = [40, 27, 30, 16, 34, 66, null];
export const DRONTEN_OPENING = -5;
export const DRONTEN_DUE = [29, 22, 47, 60, 90, 98, 76];
export const DRONTEN_BALANCE = [11, 5, -17, -44, -56, -32];

/** The seed's 2025 plan per action and month (seed 002, lines 712-760); null where the seed has no cell. */
export const PLAN_2025: (number | string | null)[][] = [
  [7, 7, 8, 7, 8, 7, 8, 7, 8, 7, 7, 7],
  [19, "-", 3, "-", "-", "-", "-", "-", "-", "-", "-", "-"],
  ["-", "-", 1, "-", "-", "-", "-", "-", 1, null, null, null],
  ["-", "-", "-", "-", "-", "-", "-", "-", "-", 8, "-", "-"],
  ["-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "10-20"],
];

/** The plan for months `from`..`to` (1-12) as the Planning sheet's Aantal column: one row per action and month. */
export function planColumn(from: number, to: number): unknown[][] {
  const cells: unknown[][] = [];
  for (let month = from; month <= to; month++) {
    for (const action of PLAN_2025) if (action[month - 1] !== null) cells.push([action[month - 1]]);
  }
  return cells;
}
