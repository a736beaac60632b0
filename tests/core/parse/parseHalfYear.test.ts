import { halfYearDutch, halfYearLabel, type HalfYear } from "../../../src/core/parse/halfYear";
import { parseHalfYear } from "../../../src/core/parse/parseHalfYear";

const h = (year: number, half: 1 | 2) => ({ ok: true, value: { year, half } });

describe("parseHalfYear", () => {
  it.each([
    ["2024-H2", h(2024, 2)],
    ["2024-h2", h(2024, 2)],
    ["2024 H2", h(2024, 2)],
    ["2024H1", h(2024, 1)],
    ["H2 2024", h(2024, 2)],
    ["H2-2024", h(2024, 2)],
    ["h1/2025", h(2025, 1)],
    ["2e helft 2024", h(2024, 2)],
    ["2de helft 2024", h(2024, 2)],
    ["tweede helft 2024", h(2024, 2)],
    ["Tweede helft 2024", h(2024, 2)],
    ["Tweede helft van 2024", h(2024, 2)],
    ["de tweede helft van 2024", h(2024, 2)],
    ["eerste helft 2022", h(2022, 1)],
    ["1e helft 2022", h(2022, 1)],
    ["1ste helft 2022", h(2022, 1)],
    ["1e halfjaar 2022", h(2022, 1)],
    ["tweede half jaar 2022", h(2022, 2)],
    ["2024 2e helft", h(2024, 2)],
    ["juli-december 2024", h(2024, 2)],
    ["jul-dec 2024", h(2024, 2)],
    ["juli – december 2024", h(2024, 2)],
    ["januari - juni 2025", h(2025, 1)],
    ["jan-jun 2025", h(2025, 1)],
    ["jan t/m jun 2025", h(2025, 1)],
    ["January - June 2025", h(2025, 1)],
    [45658, h(2025, 1)],
    [45839, h(2025, 2)],
    [45838.5, h(2025, 1)],
  ])("%j", (input, expected) => {
    expect(parseHalfYear(input)).toEqual(expected);
  });

  it.each([
    "2024-2", "2024", "2024-H3", "H0 2024", "derde helft 2024", "1ste helft", "2de helft", "jan-mrt 2025", "jul-nov 2024",
    "juni-december 2024", "2e helft 1850", "H2 2024 en H1 2025", "helft 2024",
  ])("%j is invalid", (text) => {
    expect(parseHalfYear(text)).toEqual({ ok: false, reason: "invalid", text });
  });

  // Issue 12: 1 was "eerste helft 1900" (the serial of 1 January 1900); a number is a half-year only as a real date.
  it.each([[2024], [0], [1], [2], [183], [1899], [60], [-1], [NaN], [73416], [3000000], [true]])("the cell %j is invalid", (value) => {
    expect(parseHalfYear(value)).toMatchObject({ ok: false, reason: "invalid" });
  });

  it("reports empty and placeholder cells", () => {
    expect(parseHalfYear(null)).toMatchObject({ ok: false, reason: "empty" });
    expect(parseHalfYear("ntb")).toEqual({ ok: false, reason: "placeholder", text: "ntb" });
  });

  it("reads back its own labels", () => {
    for (const value of [{ year: 2022, half: 1 }, { year: 2024, half: 2 }, { year: 2100, half: 2 }] as HalfYear[]) {
      expect(parseHalfYear(halfYearLabel(value))).toEqual({ ok: true, value });
      expect(parseHalfYear(halfYearDutch(value))).toEqual({ ok: true, value });
    }
  });
});
