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

  it("Maximaal and Minimaal are met or not, without progress", () => {
    expect(run({ direction: "Maximaal", baseline: 0.03, target: 0.03, latest: 0.03 })).toEqual({ status: "behaald", progress: null, expected: null });
    expect(run({ direction: "Maximaal", baseline: 0.03, target: 0.03, latest: 0.031 }).status).toBe("niet-behaald");
    expect(run({ direction: "Minimaal", target: 50, latest: 49 }).status).toBe("niet-behaald");
  });

  it("Gelijk stays within the margin of the baseline", () => {
    expect(run({ direction: "Gelijk", baseline: 50, latest: 54.9 }).status).toBe("behaald");
    expect(run({ direction: "Gelijk", baseline: 50, latest: 55.1 }).status).toBe("niet-behaald");
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
