import { backlog, balance, due } from "../../src/functions/functions";
import { column, DRONTEN_BALANCE, DRONTEN_DUE, DRONTEN_HOUSED, DRONTEN_OPENING, DRONTEN_QUOTA, errorOf, row } from "./helpers";

const quota = column(...DRONTEN_QUOTA);
const housed = column(...DRONTEN_HOUSED);

describe("BM.OPGAVE / DUE", () => {
  test("reproduces every due of Dronten's table, H1 2025 included", () => {
    expect(due(quota, housed, DRONTEN_OPENING)).toEqual(column(...DRONTEN_DUE));
  });

  test("a due after a half-year without a housed count is empty, never 0", () => {
    expect(due(column(10, 10, 10), column(8, null, null))).toEqual(column(10, 12, ""));
  });

  test("an opening surplus lowers the first due; text numbers are read", () => {
    expect(due(column("24", " 33 "), column(40, "27"), "3")).toEqual(column(21, 14));
    expect(due(row(24, 33), row(40, 27), "−5")).toEqual(column(29, 22));
  });

  test("the same errors as BM.SALDO", () => {
    expect(errorOf(() => due(column(...DRONTEN_QUOTA, 50), housed))).toEqual({
      code: "#VALUE!",
      message: "taakstellingen en gehuisvest hebben een verschillend aantal rijen (8 en 7)",
    });
    expect(errorOf(() => due(column(null), column(null)))).toEqual({ code: "#N/A", message: "geen taakstellingen opgegeven" });
  });

  test("the opening balance may come as a one-cell range", () => {
    expect(due(quota, housed, [[DRONTEN_OPENING]])).toEqual(column(...DRONTEN_DUE));
    expect(errorOf(() => due(quota, housed, [[1], [2]])).message).toBe("beginsaldo moet één cel zijn, geen bereik van 2 cellen");
  });
});

describe("BM.ACHTERSTAND / BACKLOG", () => {
  test("Dronten: 32 after the second half of 2024 (the first half of 2025 has no housed count yet)", () => {
    expect(backlog(quota, housed, DRONTEN_OPENING)).toBe(32);
    expect(balance(quota, housed, DRONTEN_OPENING).slice(0, 6)).toEqual(column(...DRONTEN_BALANCE));
  });

  test("each prefix of the table gives the backlog after its last half-year", () => {
    const backlogs = DRONTEN_BALANCE.map((_, i) =>
      backlog(column(...DRONTEN_QUOTA.slice(0, i + 1)), column(...DRONTEN_HOUSED.slice(0, i + 1)), DRONTEN_OPENING),
    );
    expect(backlogs).toEqual([0, 0, 17, 44, 56, 32]);
  });

  test("0 when ahead, not negative", () => {
    expect(backlog(column(24, 33), column(40, 27), -5)).toBe(0);
    expect(backlog(column(10), column(4), 20)).toBe(0);
  });

  test("the ranges of the sample workbook: B2:B20 next to C2:C20 with empty trailing rows", () => {
    expect(backlog(column(...DRONTEN_QUOTA, null, null), column(...DRONTEN_HOUSED, null, null), DRONTEN_OPENING)).toBe(32);
  });

  test("no half-year with a housed count yet → #N/A, never 0", () => {
    expect(errorOf(() => backlog(column(44), column(null), -5))).toEqual({
      code: "#N/A",
      message: "nog geen halfjaar met een aantal gehuisvest",
    });
  });

  test("empty ranges → #N/A; unreadable numbers → #VALUE!", () => {
    expect(errorOf(() => backlog([[""]], [[""]])).code).toBe("#N/A");
    expect(errorOf(() => backlog(column(24, "veel"), column(40, 27)))).toEqual({
      code: "#VALUE!",
      message: "taakstelling in rij 2 is geen getal: 'veel'",
    });
  });
});
