import { parseCountOrRange } from "../../../src/core/parse/parseCountOrRange";

const range = (min: number, max: number, approx = false) => ({ ok: true, value: { min, max, approx } });

describe("parseCountOrRange", () => {
  it.each([
    [7, range(7, 7)],
    [0, range(0, 0)],
    ["7", range(7, 7)],
    ["10-20", range(10, 20)],
    ["10 - 20", range(10, 20)],
    ["10 – 20", range(10, 20)],
    ["10 tot 20", range(10, 20)],
    ["10 tot en met 20", range(10, 20)],
    ["10 t/m 20", range(10, 20)],
    ["10 à 20", range(10, 20)],
    ["van 10 tot 20", range(10, 20)],
    ["tussen de 10 en 20", range(10, 20)],
    ["Tussen 10 en 20", range(10, 20)],
    ["10-20 woningen", range(10, 20)],
    ["ca. 10-20", range(10, 20, true)],
    ["1.000-2.000", range(1000, 2000)],
    ["5-5", range(5, 5)],
    ["-", range(0, 0)],
    ["–", range(0, 0)],
    ["—", range(0, 0)],
    [" - ", range(0, 0)],
    ["ca. 8", range(8, 8, true)],
    ["ca 8 won.", range(8, 8, true)],
    ["-3", range(-3, -3)],
  ])("%j", (input, expected) => {
    expect(parseCountOrRange(input)).toEqual(expected);
  });

  // Issue 12: counts are whole; 54.81 passed as a count.
  it.each(["54.81", "54,81", "1,5-2,5", "10-20,5", "ca. 2,5",
    "20-10", "10-", "-10-20", "1-7-2025", "3 en 4", "10 - 20%", "7,9%", "€ 10-20", "€ 20.000", "10-20 euro", "veel", "10 of 20", "10 tot 20 of meer"])(
    "%j is invalid",
    (input) => {
      expect(parseCountOrRange(input)).toEqual({ ok: false, reason: "invalid", text: input });
    },
  );

  it("refuses a fractional number cell", () => {
    expect(parseCountOrRange(54.81)).toEqual({ ok: false, reason: "invalid", text: "54.81" });
    expect(parseCountOrRange(54)).toEqual({ ok: true, value: { min: 54, max: 54, approx: false } });
  });

  it("reports empty, placeholder and non-numbers", () => {
    expect(parseCountOrRange(null)).toMatchObject({ ok: false, reason: "empty" });
    expect(parseCountOrRange("")).toMatchObject({ ok: false, reason: "empty" });
    expect(parseCountOrRange("n.t.b.")).toEqual({ ok: false, reason: "placeholder", text: "n.t.b." });
    expect(parseCountOrRange(false)).toEqual({ ok: false, reason: "invalid", text: "ONWAAR" });
    expect(parseCountOrRange({ error: "#N/B" })).toEqual({ ok: false, reason: "invalid", text: "#N/B" });
    expect(parseCountOrRange(NaN)).toMatchObject({ ok: false, reason: "invalid" });
  });
});
