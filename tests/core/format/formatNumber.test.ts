import { formatNumber, numberWords } from "../../../src/core/format/formatNumber";
import { cellWords } from "../../../src/core/format/cellWords";

describe("formatNumber: the one way numbers reach the reader", () => {
  it.each([
    [1234, "number", "1.234"],
    [7.9, "number", "7,9"],
    [-56, "number", "-56"],
    [0.1 + 0.2, "number", "0,3"],
    [-0, "number", "0"],
    [2028, "plain", "2028"],
    [0.72, "percent", "72%"],
    [0.079, "percent", "7,9%"],
  ] as const)("%p as %s is %p in Dutch", (value, style, expected) => {
    expect(formatNumber(value, "nl", style)).toBe(expected);
  });

  it("writes English for lang en", () => {
    expect(numberWords(1234.5)).toEqual({ nl: "1.234,5", en: "1,234.5" });
  });

  it("shows a cell as Excel does: a percentage-formatted fraction as a percentage, a date column as a date", () => {
    expect(cellWords(0.72, "0%")).toEqual({ nl: "72%", en: "72%" });
    expect(cellWords(7.9, "General")).toEqual({ nl: "7,9", en: "7.9" });
    expect(cellWords(45839, "General", { date: true })).toEqual({ nl: "1 juli 2025", en: "1 July 2025" });
  });
});
