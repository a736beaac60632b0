import { parseDutchDate } from "../../../src/core/parse/parseDutchDate";

describe("parseDutchDate", () => {
  it.each([
    [45658, "2025-01-01"],
    [45839, "2025-07-01"],
    [45839.5, "2025-07-01"],
    [10000, "1927-05-18"],
    [73415, "2100-12-31"],
  ])("reads the serial %d", (serial, iso) => {
    expect(parseDutchDate(serial)).toEqual({ ok: true, value: iso });
  });

  // Issue 12: 1899 was read as the serial of 14 March 1905; a number below 10 000 is a year, a count or a typo.
  it.each([[0], [1], [60], [61], [-5], [1899], [2101], [9999], [73416], [2958465], [2958466], [NaN], [2026], [1900], [2100]])("refuses the number %d", (n) => {
    expect(parseDutchDate(n)).toMatchObject({ ok: false, reason: "invalid" });
  });

  it.each([
    ["1 juli 2025", "2025-07-01"],
    ["1 Juli 2025", "2025-07-01"],
    ["1 jul. 2025", "2025-07-01"],
    ["1 jul 2025", "2025-07-01"],
    ["01-jul-2025", "2025-07-01"],
    ["31 december 2025", "2025-12-31"],
    ["3 mrt 2025", "2025-03-03"],
    ["3 maart 2025", "2025-03-03"],
    ["3 mei 2025", "2025-05-03"],
    ["12 okt. 2025", "2025-10-12"],
    ["1 sept 2025", "2025-09-01"],
    ["1 sep 2025", "2025-09-01"],
    ["1e juli 2025", "2025-07-01"],
    ["01-07-2025", "2025-07-01"],
    ["1-7-2025", "2025-07-01"],
    ["1/7/2025", "2025-07-01"],
    ["1.7.2025", "2025-07-01"],
    ["01-07-2025 00:00", "2025-07-01"],
    ["2025-07-01", "2025-07-01"],
    ["2025-7-1", "2025-07-01"],
    ["2025/07/01", "2025-07-01"],
    ["2025-07-01T12:30:00Z", "2025-07-01"],
    ["July 1, 2025", "2025-07-01"],
    ["1 July 2025", "2025-07-01"],
    ["March 3 2025", "2025-03-03"],
    ["1 oct 2025", "2025-10-01"],
    ["dinsdag 1 juli 2025", "2025-07-01"],
    ["di 1 juli 2025", "2025-07-01"],
    ["Tuesday, July 1, 2025", "2025-07-01"],
    ["29-02-2024", "2024-02-29"],
    ["  1\u00a0juli 2025 ", "2025-07-01"],
    ["1–7–2025", "2025-07-01"],
  ])("%j → %s", (text, iso) => {
    expect(parseDutchDate(text)).toEqual({ ok: true, value: iso });
  });

  it.each([
    "31-02-2025", "29-02-2025", "32-01-2025", "1-13-2025", "0-1-2025", "1 juli", "juli 2025", "1-7-25", "1 juli '25",
    "maandag 1 juli 2025", "1 jully 2025", "01-07/2025", "2025-07", "1 juli 1850", "gisteren", "2025", "1 juli 2025 en 2 juli 2025",
  ])("%j is invalid", (text) => {
    expect(parseDutchDate(text)).toEqual({ ok: false, reason: "invalid", text });
  });

  it.each(["1 juli 1899", "31-12-1899", "1 januari 2101", "2101-01-01", "01-07-2025 25:99", "01-07-2025 24:00", "2025-07-01T12:60", "2025-07-01 12:30:61", "2025-07-01T12:30:00+15:00"])(
    "refuses %j: outside 1900–2100, or a time that does not exist",
    (text) => {
      expect(parseDutchDate(text)).toEqual({ ok: false, reason: "invalid", text });
    },
  );

  it("accepts real times and zones after a date", () => {
    for (const text of ["01-07-2025 23:59", "2025-07-01T00:00:59", "2025-07-01T12:30:00+02:00", "1-1-1900", "31-12-2100"]) {
      expect(parseDutchDate(text)).toMatchObject({ ok: true });
    }
  });

  it("reports empty, placeholder and other cells", () => {
    expect(parseDutchDate(null)).toEqual({ ok: false, reason: "empty", text: "" });
    expect(parseDutchDate(" ")).toMatchObject({ ok: false, reason: "empty" });
    expect(parseDutchDate("n.n.b.")).toEqual({ ok: false, reason: "placeholder", text: "n.n.b." });
    expect(parseDutchDate(true)).toMatchObject({ ok: false, reason: "invalid" });
    expect(parseDutchDate({ error: "#REF!" })).toEqual({ ok: false, reason: "invalid", text: "#REF!" });
  });
});
