import { balance } from "../../src/functions/functions";
import { computeLedger } from "../../src/core/quota/ledger";
import { column, DRONTEN_HOUSED, DRONTEN_QUOTA, errorOf, row } from "./helpers";

describe("BM.SALDO / BALANCE", () => {
  test("Dronten's quota table with opening balance −5", () => {
    expect(balance(column(...DRONTEN_QUOTA), column(...DRONTEN_HOUSED), -5)).toEqual(
      column(11, 5, -17, -44, -56, -32, ""),
    );
    const ledger = computeLedger(DRONTEN_QUOTA.map((quota, i) => ({ quota, housed: DRONTEN_HOUSED[i] })), -5);
    expect(ledger.map((period) => period.due)).toEqual([29, 22, 47, 60, 90, 98, 76]);
  });

  test("Dutch number texts, including the Unicode minus", () => {
    expect(balance(column("24", " 33 ", "1.234"), column(40, "27", "1.200"), "−5")).toEqual(column(11, 5, -29));
    expect(balance(column(10), column(4), "-5")).toEqual(column(-11));
  });

  test("an opening surplus is deducted from the first due", () => {
    expect(balance(column(10, 10), column(5, 10), 3)).toEqual(column(-2, -2));
  });

  test("no opening balance (omitted, null or empty) means 0", () => {
    expect(balance(column(10), column(12))).toEqual(column(2));
    expect(balance(column(10), column(12), null)).toEqual(column(2));
    expect(balance(column(10), column(12), "")).toEqual(column(2));
  });

  test("once the number housed is unknown, later balances are empty too", () => {
    expect(balance(column(10, 10, 10), column(10, null, 10))).toEqual(column(0, "", ""));
    expect(balance(column(10, 10), column(10, "volgt"))).toEqual(column(0, ""));
  });

  test("row ranges and single values are accepted; the result is a column", () => {
    expect(balance(row(24, 33), row(40, 27), -5)).toEqual(column(11, 5));
    expect(balance([[24]], [[40]], -5)).toEqual(column(11));
    expect(balance(24 as unknown as unknown[][], 40 as unknown as unknown[][], -5)).toEqual(column(11));
  });

  test("trailing empty rows of longer ranges are ignored", () => {
    expect(balance(column(24, 33, null, ""), column(40, 27, "", null, null), -5)).toEqual(column(11, 5));
    expect(balance(column(24, 33, 52), column(40, 27, null, null), -5)).toEqual(column(11, 5, ""));
  });

  test("ranges of different length after trimming → #VALUE!", () => {
    const error = errorOf(() => balance(column(...DRONTEN_QUOTA, 50), column(...DRONTEN_HOUSED)));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("taakstellingen en gehuisvest hebben een verschillend aantal rijen (8 en 7)");
  });

  test("an unreadable number names the row", () => {
    const error = errorOf(() => balance(column(24, 33, "abc"), column(40, 27, 30)));
    expect(error).toMatchObject({ code: "#VALUE!", message: "taakstelling in rij 3 is geen getal: 'abc'" });
    expect(errorOf(() => balance(column(24), column("veel")))).toMatchObject({
      code: "#VALUE!",
      message: "gehuisvest in rij 1 is geen getal: 'veel'",
    });
    expect(errorOf(() => balance(column(24), column(10), "12%")).message).toBe("beginsaldo is geen getal: '12%'");
  });

  test("a missing quota in a row → #VALUE!", () => {
    expect(errorOf(() => balance(column(24, null, 52), column(40, 27, 30)))).toMatchObject({
      code: "#VALUE!",
      message: "taakstelling ontbreekt in rij 2",
    });
  });

  test("no quotas at all → #N/A", () => {
    for (const empty of [[[null]], [[""]], column(null, null), [] as unknown[][]]) {
      expect(errorOf(() => balance(empty, empty))).toMatchObject({ code: "#N/A", message: "geen taakstellingen opgegeven" });
    }
  });

  test("a block of several rows and columns is refused", () => {
    const error = errorOf(() => balance([[1, 2], [3, 4]], column(1, 2)));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^taakstellingen moet één rij of één kolom zijn/);
  });
});
