import {
  compareHalfYears, halfYearDutch, halfYearEnd, halfYearLabel, halfYearOfIso, halfYearStart, nextHalfYear, type HalfYear,
} from "../../../src/core/parse/halfYear";

const H1_2025: HalfYear = { year: 2025, half: 1 };
const H2_2024: HalfYear = { year: 2024, half: 2 };

describe("half-year helpers", () => {
  it("labels a half-year compactly and in Dutch", () => {
    expect(halfYearLabel(H2_2024)).toBe("2024-H2");
    expect(halfYearLabel(H1_2025)).toBe("2025-H1");
    expect(halfYearDutch(H2_2024)).toBe("2e helft 2024");
    expect(halfYearDutch(H1_2025)).toBe("1e helft 2025");
  });

  it("steps to the next half-year across the year boundary", () => {
    expect(nextHalfYear(H2_2024)).toEqual(H1_2025);
    expect(nextHalfYear(H1_2025)).toEqual({ year: 2025, half: 2 });
  });

  it("compares half-years for sorting", () => {
    expect(compareHalfYears(H2_2024, H1_2025)).toBe(-1);
    expect(compareHalfYears(H1_2025, H2_2024)).toBe(1);
    expect(compareHalfYears(H1_2025, { year: 2025, half: 1 })).toBe(0);
    const sorted = [H1_2025, { year: 2023, half: 2 } as HalfYear, H2_2024].sort(compareHalfYears);
    expect(sorted.map(halfYearLabel)).toEqual(["2023-H2", "2024-H2", "2025-H1"]);
  });

  it("finds the half-year of a date", () => {
    expect(halfYearOfIso("2024-06-30")).toEqual({ year: 2024, half: 1 });
    expect(halfYearOfIso("2024-07-01")).toEqual(H2_2024);
    expect(halfYearOfIso("2025-02-30")).toBeNull();
    expect(halfYearOfIso("juli 2024")).toBeNull();
  });

  it("gives the first day and the closing peilmoment", () => {
    expect(halfYearStart(H1_2025)).toBe("2025-01-01");
    expect(halfYearStart(H2_2024)).toBe("2024-07-01");
    expect(halfYearEnd(H1_2025)).toBe("2025-07-01");
    expect(halfYearEnd(H2_2024)).toBe("2025-01-01");
  });

  it("does not mutate its input", () => {
    const h = Object.freeze({ year: 2024, half: 2 as const });
    nextHalfYear(h);
    halfYearEnd(h);
    expect(h).toEqual({ year: 2024, half: 2 });
  });
});
