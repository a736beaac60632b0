import { addDays, daysBetween, excelSerialToIso, isoToExcelSerial, isValidIso } from "../../../src/core/parse/isoDate";

describe("excelSerialToIso", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [25569, "1970-01-01"],
    [45658, "2025-01-01"],
    [45839, "2025-07-01"],
    [45839.99, "2025-07-01"],
    [2958465, "9999-12-31"],
  ])("%d → %s", (serial, iso) => {
    expect(excelSerialToIso(serial)).toBe(iso);
  });

  it.each([[0], [60], [-1], [0.5], [2958466], [NaN], [Infinity], [-Infinity]])("%d has no date", (serial) => {
    expect(excelSerialToIso(serial)).toBeNull();
  });
});

describe("isoToExcelSerial", () => {
  it.each([
    ["1900-01-01", 1],
    ["1900-02-28", 59],
    ["1900-03-01", 61],
    ["2025-01-01", 45658],
    ["9999-12-31", 2958465],
  ])("%s → %d", (iso, serial) => {
    expect(isoToExcelSerial(iso)).toBe(serial);
  });

  it.each(["1899-12-31", "2025-02-29", "2025-1-1", "", "gisteren"])("%j → NaN", (iso) => {
    expect(isoToExcelSerial(iso)).toBeNaN();
  });

  it("round-trips every serial of a sample", () => {
    for (let serial = 1; serial < 2958465; serial += 997) {
      if (serial === 60) continue;
      expect(isoToExcelSerial(excelSerialToIso(serial) as string)).toBe(serial);
    }
  });
});

describe("isValidIso", () => {
  it.each(["2024-02-29", "2000-02-29", "2025-12-31", "0001-01-01"])("%s is valid", (iso) => {
    expect(isValidIso(iso)).toBe(true);
  });
  it.each(["2025-02-29", "1900-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "2025-7-1", "25-07-01", " 2025-07-01", "0000-01-01", ""])(
    "%j is not valid",
    (iso) => {
      expect(isValidIso(iso)).toBe(false);
    },
  );
  it("is false for a non-string", () => {
    expect(isValidIso(20250701 as unknown as string)).toBe(false);
  });
});

describe("addDays", () => {
  it.each([
    ["2024-12-31", 1, "2025-01-01"],
    ["2025-03-01", -1, "2025-02-28"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2025-01-01", 0, "2025-01-01"],
    ["2025-01-01", 365, "2026-01-01"],
    ["2025-01-01", 1.9, "2025-01-02"],
  ])("%s + %d → %s", (iso, n, expected) => {
    expect(addDays(iso, n)).toBe(expected);
  });
  it("gives null for an invalid date, a non-finite amount or a result out of range", () => {
    expect(addDays("2025-02-30", 1)).toBeNull();
    expect(addDays("2025-01-01", NaN)).toBeNull();
    expect(addDays("2025-01-01", Infinity)).toBeNull();
    expect(addDays("9999-12-31", 1)).toBeNull();
  });
});

describe("daysBetween", () => {
  it("counts whole days from a to b", () => {
    expect(daysBetween("2025-01-01", "2025-07-01")).toBe(181);
    expect(daysBetween("2025-07-01", "2025-01-01")).toBe(-181);
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
    expect(daysBetween("2025-01-01", "2025-01-01")).toBe(0);
  });
  it("is NaN when either date is invalid", () => {
    expect(daysBetween("2025-02-30", "2025-03-01")).toBeNaN();
    expect(daysBetween("2025-03-01", "morgen")).toBeNaN();
  });
});
