import { textDifference } from "../../../src/core/parse/textDifference";

describe("textDifference", () => {
  it.each<[string, string, string[]]>([
    ["OFW ", "OFW", ["trailing-space"]],
    [" OFW", "OFW", ["leading-space"]],
    ["In Uitvoering", "In uitvoering", ["case"]],
    ["In  uitvoering", "In uitvoering", ["inner-space"]],
    ["In\u00a0uitvoering", "In uitvoering", ["inner-space"]],
    [" in uitvoering ", "In uitvoering", ["leading-space", "trailing-space", "case"]],
    ["Vertraägd", "Vertraagd", ["accents"]],
    ["VERTRAÄGD", "Vertraagd", ["case", "accents"]],
    ["Gereed", "Gereed", []],
  ])("%j against %j", (typed, intended, expected) => {
    expect(textDifference(typed, intended)).toEqual(expected);
  });

  it("is null when the texts differ in more than spacing, case or accents", () => {
    expect(textDifference("Gerreed", "Gereed")).toBeNull();
    expect(textDifference("OFW", "HBV")).toBeNull();
  });
});
