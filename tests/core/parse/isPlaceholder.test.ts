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
