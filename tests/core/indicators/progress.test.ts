import { expectedValue, indicatorProgress, type ProgressInput } from "../../../src/core/indicators/progress";

const base: ProgressInput = { direction: "Toename", baseline: 100, baselineYear: 2024, target: 140, targetYear: 2028, latest: 120, latestYear: 2026, marginPercent: 10 };
const run = (overrides: Partial<ProgressInput>) => indicatorProgress({ ...base, ...overrides });

describe("expectedValue", () => {
  it("lies on the straight line and is clamped at both ends", () => {
    expect(expectedValue(100, 2024, 140, 2028, 2026)).toBe(120);
    expect(expectedValue(100, 2024, 140, 2028, 2023)).toBe(100);
    expect(expectedValue(100, 2024, 140, 2028, 2030)).toBe(140);
    expect(expectedValue(100, 2028, 140, 2028, 2028)).toBe(140);
  });
});

describe("indicatorProgress: Toename/Afname with a number", () => {
  it.each([
    ["on the line", { latest: 120 }, "op-koers", 0.5],
    ["ahead of the line", { latest: 130 }, "op-koers", 0.75],
    ["within the margin (10 % of 40 = 4) below the line", { latest: 116 }, "op-koers", 0.4],
    ["beyond the margin", { latest: 115 }, "achter", 0.375],
    ["target reached", { latest: 141 }, "behaald", 1.025],
    ["after the target year without reaching it", { latest: 139, latestYear: 2029 }, "niet-behaald", 0.975],
    ["Afname on course", { direction: "Afname" as const, baseline: 20, target: 10, latest: 15 }, "op-koers", 0.5],
    ["Afname behind", { direction: "Afname" as const, baseline: 20, target: 10, latest: 19 }, "achter", 0.1],
    // GS-4 eenzaamheid: one point the wrong way where the target is one point away: −100 %, which the summary says as achteruit.
    ["Afname the wrong way", { direction: "Afname" as const, baseline: 0.46, baselineYear: 2022, target: 0.45, latest: 0.47, latestYear: 2024 }, "achter", -1],
    ["Afname to zero, reached", { direction: "Afname" as const, baseline: 5, target: 0, latest: 0 }, "behaald", 1],
    ["Afname past the target", { direction: "Afname" as const, baseline: 5, target: 2, latest: 1 }, "behaald", 4 / 3],
    ["Toename from a baseline of 0", { baseline: 0, target: 40, latest: 20 }, "op-koers", 0.5],
  ])("%s", (_, overrides, status, progress) => {
    const result = run(overrides);
    expect(result.status).toBe(status);
    expect(result.progress).toBeCloseTo(progress as number, 10);
  });

  it("gives the expected value at the measurement year", () => {
    expect(run({ latest: 110, latestYear: 2025 }).expected).toBe(110);
  });
});

describe("indicatorProgress: the other directions", () => {
  it("Toename in words only: any move in the wanted direction is on course", () => {
    expect(run({ target: null, targetYear: null, latest: 101 })).toEqual({ status: "op-koers", progress: null, expected: null });
    expect(run({ target: null, targetYear: null, latest: 100 }).status).toBe("achter");
    expect(run({ direction: "Afname", target: null, latest: 90 }).status).toBe("op-koers");
  });

  it("Gelijk stays within the margin of the baseline", () => {
    expect(run({ direction: "Gelijk", baseline: 50, latest: 54.9 }).status).toBe("behaald");
    expect(run({ direction: "Gelijk", baseline: 50, latest: 55.1 }).status).toBe("niet-behaald");
  });
});

// The bound rule of workbook-format.md (Indicator progress): a Maximaal/Minimaal target is a level to keep
// when the baseline already meets it, a level to reach otherwise; never niet behaald before its year.
describe("indicatorProgress: Maximaal / Minimaal", () => {
  const keep = { direction: "Maximaal" as const, baseline: 0.079, baselineYear: 2024, target: 0.079, targetYear: 2028 }; // BZ-4
  const reach = { direction: "Minimaal" as const, baseline: 0.67, baselineYear: 2022, target: 0.7, targetYear: 2028 }; // BZ-5

  it.each([
    // level to keep
    ["keep, met", { ...keep, latest: 0.079, latestYear: 2025 }, "behaald", null, "keep"],
    ["keep, slipped before the target year", { ...keep, latest: 0.081, latestYear: 2025 }, "achter", null, "keep"],
    ["keep, slipped at the target year", { ...keep, latest: 0.081, latestYear: 2028 }, "achter", null, "keep"],
    ["keep, slipped after the target year", { ...keep, latest: 0.081, latestYear: 2029 }, "niet-behaald", null, "keep"],
    ["keep, below a Minimaal bound before the year", { ...keep, direction: "Minimaal" as const, baseline: 0.8, target: 0.75, latest: 0.74, latestYear: 2026 }, "achter", null, "keep"],
    // level to reach
    ["reach, exactly on the line before the target year", { ...reach, latest: 0.68, latestYear: 2024 }, "op-koers", 1 / 3, "reach"],
    ["reach, within the margin below the line", { ...reach, latest: 0.6775, latestYear: 2024 }, "op-koers", 0.25, "reach"],
    ["reach, behind the line before the target year", { ...reach, latest: 0.672, latestYear: 2026 }, "achter", 0.2 / 3, "reach"],
    ["reach, short at the target year", { ...reach, latest: 0.69, latestYear: 2028 }, "achter", 2 / 3, "reach"],
    ["reach, within the margin at the target year", { ...reach, latest: 0.698, latestYear: 2028 }, "op-koers", 0.028 / 0.03, "reach"],
    ["reach, short after the target year", { ...reach, latest: 0.69, latestYear: 2029 }, "niet-behaald", 2 / 3, "reach"],
    ["reach, reached early", { ...reach, latest: 0.71, latestYear: 2024 }, "behaald", 4 / 3, "reach"],
    ["reach a Maximaal bound (BZ-6: 3,6 % → at most 2,3 %)", { direction: "Maximaal" as const, baseline: 0.036, baselineYear: 2023, target: 0.023, targetYear: 2028, latest: 0.0308, latestYear: 2025 }, "op-koers", 0.4, "reach"],
    ["reach a Maximaal bound, behind", { direction: "Maximaal" as const, baseline: 0.036, baselineYear: 2023, target: 0.023, targetYear: 2028, latest: 0.0334, latestYear: 2025 }, "achter", 0.2, "reach"],
  ])("%s", (_, input, status, progress, bound) => {
    const result = run(input);
    expect(result.status).toBe(status);
    if (progress === null) expect(result.progress).toBeNull();
    else expect(result.progress).toBeCloseTo(progress, 10);
    expect(result.bound).toBe(bound);
  });

  it("is never niet-behaald before the target year, whatever the measurement", () => {
    for (const latest of [0.5, 0.6, 0.66, 0.669]) {
      for (const latestYear of [2022, 2024, 2027, 2028]) expect(run({ ...reach, latest, latestYear }).status).not.toBe("niet-behaald");
    }
    for (const latest of [0.08, 0.5]) expect(run({ ...keep, latest, latestYear: 2028 }).status).toBe("achter");
  });

  it("without a target year a bound not met is niet behaald; without a baseline it cannot be placed", () => {
    expect(run({ ...keep, targetYear: null, latest: 0.081, latestYear: 2025 }).status).toBe("niet-behaald");
    expect(run({ ...reach, baseline: null, latest: 0.71, latestYear: 2025 }).status).toBe("behaald");
    expect(run({ ...reach, baseline: null, latest: 0.69, latestYear: 2025 })).toMatchObject({ status: "onbekend", reason: "geen-nulmeting" });
    expect(run({ ...reach, baseline: null, latest: 0.69, latestYear: 2029 }).status).toBe("niet-behaald");
    expect(run({ ...reach, baselineYear: null, latest: 0.68, latestYear: 2024 })).toMatchObject({ status: "onbekend", reason: "geen-nulmetingjaar" });
  });

  it("a level to keep expects the bound; a level to reach the straight line", () => {
    expect(run({ ...keep, latest: 0.081, latestYear: 2025 }).expected).toBe(0.079);
    expect(run({ ...reach, latest: 0.672, latestYear: 2025 }).expected).toBeCloseTo(0.685, 12);
  });
});

describe("indicatorProgress: onbekend names what is missing, never 0 %", () => {
  it.each([
    [{ baseline: null }, "geen-nulmeting"],
    [{ latest: null, latestYear: null }, "geen-meting"],
    [{ direction: null }, "geen-richting"],
    [{ target: 90 }, "richting-tegenstrijdig"],
    [{ target: 100 }, "streefwaarde-gelijk-aan-nulmeting"],
    [{ direction: "Maximaal" as const, target: null }, "geen-streefwaarde"],
    [{ targetYear: null }, "geen-streefjaar"],
  ])("%j → %s", (overrides, reason) => {
    const result = run(overrides);
    expect(result.status).toBe("onbekend");
    expect(result.reason).toBe(reason);
  });
});
