import { normalizeText } from "../../../src/core/parse/normalizeText";

describe("normalizeText", () => {
  it.each([
    ["  Vertraägd ", "vertraagd"],
    ["In Uitvoering", "in uitvoering"],
    ["Streefwaarde\n2028", "streefwaarde 2028"],
    ["In\u00a0\u00a0 uitvoering", "in uitvoering"],
    ["a\t\r\nb", "a b"],
    ["Coöperatie Één", "cooperatie een"],
    ["O\u200bFW", "ofw"],
    ["e\u0301cole", "ecole"],
    ["", ""],
    ["   ", ""],
  ])("%j → %j", (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it("gives an empty key for a non-string instead of throwing", () => {
    expect(normalizeText(undefined as unknown as string)).toBe("");
    expect(normalizeText(42 as unknown as string)).toBe("");
  });

  it("is idempotent", () => {
    const once = normalizeText("  Ëxtra \u00a0 Spatie ");
    expect(normalizeText(once)).toBe(once);
  });
});
