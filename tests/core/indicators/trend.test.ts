import { indicatorTrend } from "../../../src/core/indicators/trend";

describe("indicatorTrend: the latest measurement against the previous one, judged by the direction", () => {
  it.each([
    ["Toename", 10, 12, "beter"],
    ["Toename", 12, 10, "slechter"],
    ["Minimaal", 0.67, 0.68, "beter"],
    ["Afname", 0.46, 0.47, "slechter"],
    ["Afname", 0.03, 0.028, "beter"],
    ["Maximaal", 0.079, 0.081, "slechter"],
    ["Maximaal", 0.32, 0.3, "beter"],
    ["Toename", 5, 5, "gelijk"],
    [null, 5, 6, "hoger"],
    [null, 6, 5, "lager"],
  ] as const)("%s from %d to %d is %s", (direction, from, latest, trend) => {
    expect(indicatorTrend(direction, from, latest, from)).toBe(trend);
  });

  it("for Gelijk, closer to the baseline is better, further away worse", () => {
    expect(indicatorTrend("Gelijk", 12, 11, 10)).toBe("beter");
    expect(indicatorTrend("Gelijk", 9, 8, 10)).toBe("slechter");
  });

  it("has no trend without two values", () => {
    expect(indicatorTrend("Toename", null, 5, 4)).toBeNull();
    expect(indicatorTrend("Toename", 5, null, 4)).toBeNull();
  });
});
