import { parseDutchNumber, type DutchNumber } from "../../../src/core/parse/parseDutchNumber";

const plain = (value: number): DutchNumber => ({ value, percent: false, approx: false, currency: false });
const percent = (value: number): DutchNumber => ({ value, percent: true, approx: false, currency: false });
const approx = (value: number): DutchNumber => ({ value, percent: false, approx: true, currency: false });
const euro = (value: number): DutchNumber => ({ value, percent: false, approx: false, currency: true });

describe("parseDutchNumber", () => {
  it.each([
    [42, plain(42)],
    [0.079, plain(0.079)],
    [-3.5, plain(-3.5)],
    [-0, plain(0)],
  ])("passes the number %d through", (input, expected) => {
    expect(parseDutchNumber(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["7,9", plain(7.9)],
    ["1.234", plain(1234)],
    ["1.234.567", plain(1234567)],
    ["1.234,5", plain(1234.5)],
    ["100.000", plain(100000)],
    ["1.5", plain(1.5)],
    ["12.34", plain(12.34)],
    ["1.2345", plain(1.2345)],
    ["0.079", plain(0.079)],
    ["1,234", plain(1.234)],
    ["0,5", plain(0.5)],
    [",5", plain(0.5)],
    ["  140  ", plain(140)],
    ["140 won.", plain(140)],
    ["80 woningen", plain(80)],
    ["80 sociale huurwoningen", plain(80)],
    ["7,9% huishoudens", percent(0.079)],
    ["20 vergunninghouders", plain(20)],
    ["-5", plain(-5)],
    ["\u22125", plain(-5)],
    ["+11", plain(11)],
    ["0", plain(0)],
    ["-0", plain(0)],
    ["7,9%", percent(0.079)],
    ["7,9 %", percent(0.079)],
    ["7,9 procent", percent(0.079)],
    ["15%", percent(0.15)],
    ["-2,5%", percent(-0.025)],
    ["100%", percent(1)],
    ["ca. 140", approx(140)],
    ["ca 80", approx(80)],
    ["Ca.140", approx(140)],
    ["circa 80", approx(80)],
    ["± 80", approx(80)],
    ["±80", approx(80)],
    ["+/- 80", approx(80)],
    ["ongeveer 80", approx(80)],
    ["ca. 140 won.", approx(140)],
    ["€ 20.000,-", euro(20000)],
    ["€20.000", euro(20000)],
    ["20.000 euro", euro(20000)],
    ["EUR 1.250,50", euro(1250.5)],
    ["€ 20,-", euro(20)],
    ["20,-", euro(20)],
    ["20.000 €", euro(20000)],
    ["-€ 5", euro(-5)],
    ["€ -5", euro(-5)],
  ])("%j", (input, expected) => {
    expect(parseDutchNumber(input)).toEqual({ ok: true, value: expected });
  });

  it("marks approximate percentages and amounts", () => {
    expect(parseDutchNumber("ca. 7,9%")).toEqual({ ok: true, value: { value: 0.079, percent: true, approx: true, currency: false } });
    expect(parseDutchNumber("circa € 5.000")).toEqual({ ok: true, value: { value: 5000, percent: false, approx: true, currency: true } });
  });

  it.each([
    "10-20", "3 en 4", "10 - 20", "1-7-2025", "163 per 10.000", "5 of meer", "1,5 miljoen", "Maximaal 7,9%", "neemt toe",
    "abc", "-", "--5", "- 5", "1,234,567", "1,234.5", "12.345.6", "€ 5%", "7,9%%", "1e5", "Infinity", "NaN", "5 5",
    "2x per jaar", "2e helft", "140won.", "7,9 met de intentie om", "2025 najaar", "80 woningen per jaar", "5 a b c d",
    "12 m2", "won. 140",
  ])("%j is invalid", (input) => {
    expect(parseDutchNumber(input)).toEqual({ ok: false, reason: "invalid", text: input });
  });

  it("keeps the cell as the user sees it in a failure", () => {
    expect(parseDutchNumber(true)).toEqual({ ok: false, reason: "invalid", text: "WAAR" });
    expect(parseDutchNumber({ error: "#WAARDE!" })).toEqual({ ok: false, reason: "invalid", text: "#WAARDE!" });
    expect(parseDutchNumber(NaN)).toEqual({ ok: false, reason: "invalid", text: "NaN" });
    expect(parseDutchNumber(Infinity)).toEqual({ ok: false, reason: "invalid", text: "Infinity" });
  });

  it.each([[null], [""], ["   "]])("%j is empty", (input) => {
    expect(parseDutchNumber(input)).toMatchObject({ ok: false, reason: "empty" });
  });

  it.each(["volgt in 2025", "n.t.b.", "?", "cijfers nog niet bekend"])("%j is a placeholder", (input) => {
    expect(parseDutchNumber(input)).toEqual({ ok: false, reason: "placeholder", text: input });
  });

  it("refuses very long texts without looking at them", () => {
    expect(parseDutchNumber("1" + " ".repeat(200))).toMatchObject({ ok: false, reason: "invalid" });
  });

  it("reads what nl-NL formatting writes", () => {
    for (const n of [0.5, 7.9, 1234.5, 20000, 1234567.25, -42.125]) {
      const text = n.toLocaleString("nl-NL", { maximumFractionDigits: 3 });
      expect(parseDutchNumber(text)).toEqual({ ok: true, value: plain(n) });
    }
  });
});
