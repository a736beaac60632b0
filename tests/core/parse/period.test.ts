import { periodEndDate, periodStartDate, type PartOfYear, type Period } from "../../../src/core/parse/period";

const year = (y: number, part?: PartOfYear): Period => {
  const point = part === undefined ? { year: y } : { year: y, part };
  return { kind: "jaar", start: point, end: point };
};

describe("periodStartDate / periodEndDate", () => {
  it.each<[PartOfYear | undefined, string, string]>([
    [undefined, "2026-01-01", "2026-12-31"],
    ["begin", "2026-01-01", "2026-03-31"],
    ["eerste-helft", "2026-01-01", "2026-06-30"],
    ["medio", "2026-06-01", "2026-07-31"],
    ["tweede-helft", "2026-07-01", "2026-12-31"],
    ["eind", "2026-10-01", "2026-12-31"],
    ["voorjaar", "2026-03-01", "2026-05-31"],
    ["najaar", "2026-09-01", "2026-11-30"],
    ["Q1", "2026-01-01", "2026-03-31"],
    ["Q2", "2026-04-01", "2026-06-30"],
    ["Q3", "2026-07-01", "2026-09-30"],
    ["Q4", "2026-10-01", "2026-12-31"],
    [{ month: 9 }, "2026-09-01", "2026-09-30"],
  ])("part %j covers %s to %s", (part, start, end) => {
    expect(periodStartDate(year(2026, part))).toBe(start);
    expect(periodEndDate(year(2026, part))).toBe(end);
  });

  it("knows leap years for February", () => {
    expect(periodEndDate(year(2028, { month: 2 }))).toBe("2028-02-29");
    expect(periodEndDate(year(2026, { month: 2 }))).toBe("2026-02-28");
  });

  it("uses the start of the start point and the end of the end point", () => {
    const p: Period = { kind: "bereik", start: { year: 2025, part: "eind" }, end: { year: 2026, part: "medio" } };
    expect(periodStartDate(p)).toBe("2025-10-01");
    expect(periodEndDate(p)).toBe("2026-07-31");
  });

  it("gives null where the period has no start or no end", () => {
    expect(periodStartDate({ kind: "bereik", start: null, end: { year: 2030 } })).toBeNull();
    expect(periodEndDate({ kind: "bereik", start: null, end: { year: 2030 } })).toBe("2030-12-31");
    expect(periodEndDate({ kind: "open", start: { year: 2025 }, end: null })).toBeNull();
    expect(periodStartDate({ kind: "jaarlijks", start: null, end: null, recurrence: "jaarlijks" })).toBeNull();
  });

  it("ignores the sub-period", () => {
    const p: Period = {
      kind: "bereik", start: { year: 2025 }, end: { year: 2028 },
      sub: { label: "uitbreiding", start: { year: 2028 }, end: { year: 2032 } },
    };
    expect(periodEndDate(p)).toBe("2028-12-31");
  });

  it("gives null for malformed periods instead of throwing", () => {
    expect(periodEndDate(year(2026, { month: 13 }))).toBeNull();
    expect(periodEndDate(year(2026, "later" as PartOfYear))).toBeNull();
    expect(periodEndDate(year(NaN))).toBeNull();
    expect(periodEndDate(null as unknown as Period)).toBeNull();
    expect(periodStartDate(undefined as unknown as Period)).toBeNull();
  });
});
