import fc from "fast-check";
import { isPlaceholder } from "../../../src/core/parse/isPlaceholder";

describe("isPlaceholder", () => {
  it.each([
    "n.t.b.", "N.t.b.", "NTB", "n.t.b", "n. t. b.", "n.n.b.", "nnb", "nog niet bekend", "Nog niet", "volgt",
    "Volgt later", "volgt in 2025", "?", "??", "???", "xx", "XXX", "onbekend", "tbd", "TBD", "pm", "p.m.",
    "P.M.", "nader te bepalen", "Nader te bepalen (2026)", "cijfers nog niet bekend", "nog geen cijfers",
    "geen cijfers", "Geen cijfers over 2018, meting start vanaf 2019", "...", "…", "  ntb  ", "ntb!",
  ])("%j is a placeholder", (text) => {
    expect(isPlaceholder(text)).toBe(true);
  });

  it.each([
    "-", "–", "n.v.t.", "nvt", "0", "x", "2025", "Gereed", "nog niet gestart", "Niet gestart", "volgtijdelijk",
    "pmx", "", "   ", "cijfers bekend",
  ])("%j is not a placeholder", (text) => {
    expect(isPlaceholder(text)).toBe(false);
  });

  it.each([[0], [42], [true], [false], [null], [{ error: "#N/B" }]])("a non-text cell %j is not a placeholder", (value) => {
    expect(isPlaceholder(value)).toBe(false);
  });
});

describe("isPlaceholder's quick refusal", () => {
  // A zero-width space in front changes nothing for the full test (it is removed before comparing) but
  // gets past the quick test on the first character: so both must agree on every short text.
  const unit = fc.constantFrom(..."ntbpmovlgcijfersdwx?.… ,!:;-\u00a0\tNTBPMOVXA1é".split(""), "nog ", "niet ", "volgt", "geen cijfers", "nader te bepalen");
  it("never refuses a text the full test would call a placeholder", () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 6 }).map((parts) => parts.join("")), (text) => {
        fc.pre(text.length < 40);
        expect(isPlaceholder(text)).toBe(isPlaceholder(`\u200b${text}`));
      }),
      { numRuns: 400 },
    );
  });

  it.each(["...", " ..", ". ntb", "..volgt"])("still sees %j, which starts with dots", (text) => {
    expect(isPlaceholder(text)).toBe(true);
  });
});
