import { parseYear } from "../../../src/core/parse/parseYear";

describe("parseYear", () => {
  it.each([
    [2028, 2028],
    [1900, 1900],
    [2100, 2100],
    ["2028", 2028],
    ["'2028", 2028],
    [" 2028 ", 2028],
    ["\u00a02023\n", 2023],
  ])("%j → %d", (input, year) => {
    expect(parseYear(input)).toEqual({ ok: true, value: year });
  });

  it.each([[45658], [2028.5], [1899], [2101], [0], [-2028], [NaN], ["1899"], ["2101"], ["Nulmeting 2023"], ["2023-2024"], ["20 28"], ["28"], ["2028e"], [true], [{ error: "#N/A" }]])(
    "%j is invalid",
    (input) => {
      expect(parseYear(input)).toMatchObject({ ok: false, reason: "invalid" });
    },
  );

  it("reports empty and placeholder cells", () => {
    expect(parseYear(null)).toMatchObject({ ok: false, reason: "empty" });
    expect(parseYear("")).toMatchObject({ ok: false, reason: "empty" });
    expect(parseYear("volgt")).toEqual({ ok: false, reason: "placeholder", text: "volgt" });
  });
});
