import { due, shortfall } from "../../src/functions/functions";
import { column, DRONTEN_HOUSED, DRONTEN_OPENING, DRONTEN_QUOTA, errorOf, PLAN_2025, planColumn, row } from "./helpers";

describe("BM.TEKORT / SHORTFALL", () => {
  test("Dronten at 1 July 2025: 76 due, nothing housed yet, 67 planned for January-June → 9", () => {
    expect(shortfall(76, null, planColumn(1, 6))).toBe(9);
    expect(shortfall(76, "", planColumn(1, 6), "min")).toBe(9);
  });

  test("the due may come from BM.OPGAVE of the quota table", () => {
    const dueH1 = due(column(...DRONTEN_QUOTA), column(...DRONTEN_HOUSED), DRONTEN_OPENING)[6][0];
    expect(shortfall(dueH1, 0, planColumn(1, 6))).toBe(9);
  });

  test("the plan as the seed shows it: actions × months, '-' for none", () => {
    const januaryToJune = PLAN_2025.map((action) => action.slice(0, 6));
    expect(shortfall(76, 0, januaryToJune)).toBe(9);
  });

  test("a range such as 10-20 counts its minimum, or its maximum with max", () => {
    const julyToDecember = planColumn(7, 12); // 63 at the minimum, 73 at the maximum
    expect(shortfall(80, 0, julyToDecember)).toBe(17);
    expect(shortfall(80, 0, julyToDecember, "max")).toBe(7);
    expect(shortfall(80, 0, julyToDecember, " Maximum ")).toBe(7);
    expect(shortfall(80, 0, julyToDecember, "MINIMUM")).toBe(17);
  });

  test("housed so far is deducted; 0 when the plan suffices", () => {
    expect(shortfall(76, 40, planColumn(6, 6))).toBe(29);
    expect(shortfall(76, "70", planColumn(6, 6))).toBe(0);
  });

  test("text numbers, a row range, a single value", () => {
    expect(shortfall("1.234", " 1.200 ", row("10", "-", " 12 "))).toBe(12);
    // A single cell where a range is declared arrives as [[value]] in Excel; a bare value is accepted too.
    expect(shortfall([[76]], [[0]], [[67]])).toBe(9);
    expect(shortfall(10, 0, "ca. 8" as unknown as unknown[][])).toBe(2);
  });

  test("empty cells in the plan plan nothing, but an empty plan is #N/A", () => {
    expect(shortfall(10, 0, column(4, null, "", 3))).toBe(3);
    expect(errorOf(() => shortfall(10, 0, column(null, "")))).toEqual({
      code: "#N/A",
      message: "gepland is leeg; vul 0 of - in als er niets gepland is",
    });
  });

  test("a missing due is #N/A, never 0", () => {
    expect(errorOf(() => shortfall(null, 0, planColumn(1, 6)))).toEqual({ code: "#N/A", message: "opgave ontbreekt" });
  });

  test("text that is not a number → #VALUE! naming the argument or the cell", () => {
    expect(errorOf(() => shortfall("veel", 0, planColumn(1, 6)))).toEqual({ code: "#VALUE!", message: "opgave is geen getal: 'veel'" });
    expect(errorOf(() => shortfall(76, "nog niet", planColumn(1, 6)))).toEqual({
      code: "#VALUE!",
      message: "gerealiseerd is geen getal: 'nog niet'",
    });
    expect(errorOf(() => shortfall(76, 0, column(7, "zeven")))).toEqual({
      code: "#VALUE!",
      message: "gepland in rij 2 is geen aantal: 'zeven'",
    });
    expect(errorOf(() => shortfall(76, 0, [[7, 8], [9, "20-10"]])).message).toBe("gepland in rij 2, kolom 2 is geen aantal: '20-10'");
  });

  test("an unknown count word → #VALUE!", () => {
    expect(errorOf(() => shortfall(76, 0, planColumn(1, 6), "gemiddeld"))).toEqual({
      code: "#VALUE!",
      message: "telling moet min of max zijn, niet 'gemiddeld'",
    });
  });

  describe("with the realised column (Gerealiseerd beside Aantal)", () => {
    // January–June of the plan as one column per month (the sample's layout has one row per action and month; the sum is the same).
    const planned = column(26, 7, 12, 7, 8, 7); // 67
    test("a filled month replaces its planned count; an empty one keeps it", () => {
      expect(shortfall(76, 0, planned, undefined, column(24, 6, 10, 6, null, null))).toBe(15); // 46 realised + 15 planned
      expect(shortfall(76, 0, planned, "min", column(24, 6, 10, 6, "", " "))).toBe(15);
      expect(shortfall(76, 0, planned, null, column(null, null, null, null, null, null))).toBe(9);
    });

    test("ranges still count at their minimum or maximum where nothing is realised", () => {
      expect(shortfall(80, 0, column(30, "10-20"), "max", column(25, null))).toBe(35);
      expect(shortfall(80, 0, column(30, "10-20"), "min", column(25, 12))).toBe(43);
    });

    test("left out, or one empty cell, is the plain plan", () => {
      expect(shortfall(76, 0, planned)).toBe(9);
      expect(shortfall(76, 0, planned, undefined, [[null]])).toBe(9);
    });

    test("a realised column of another size, or a count that is not whole → #VALUE!", () => {
      expect(errorOf(() => shortfall(76, 0, planned, undefined, column(24, 6)))).toEqual({
        code: "#VALUE!",
        message: "gerealiseerd_per_maand moet even groot zijn als gepland (6 cellen, nu 2)",
      });
      expect(errorOf(() => shortfall(76, 0, planned, undefined, column(24, 6, "veel", 6, null, null))).message).toBe(
        "gerealiseerd_per_maand in rij 3 is geen aantal: 'veel'",
      );
      expect(errorOf(() => shortfall(76, 0, planned, undefined, column(24, 6, 2.5, 6, null, null))).message).toBe(
        "gerealiseerd_per_maand in rij 3 is geen aantal: '2,5'",
      );
    });
  });
});
