import { parseMonth } from "../../../src/core/parse/parseMonth";

const m = (year: number, month: number) => ({ ok: true, value: { year, month } });

describe("parseMonth", () => {
  it.each([
    ["jan 2025", m(2025, 1)],
    ["Jan 2025", m(2025, 1)],
    ["januari 2025", m(2025, 1)],
    ["jan. 2025", m(2025, 1)],
    ["jan-2025", m(2025, 1)],
    ["feb 2025", m(2025, 2)],
    ["mrt 2025", m(2025, 3)],
    ["maart 2025", m(2025, 3)],
    ["mei 2025", m(2025, 5)],
    ["Sept 2025", m(2025, 9)],
    ["sep 2025", m(2025, 9)],
    ["okt 2025", m(2025, 10)],
    ["October 2025", m(2025, 10)],
    ["dec 2025", m(2025, 12)],
    ["2025 januari", m(2025, 1)],
    ["2025-01", m(2025, 1)],
    ["2025-1", m(2025, 1)],
    ["2025/12", m(2025, 12)],
    ["01-2025", m(2025, 1)],
    ["1-2025", m(2025, 1)],
    ["1/2025", m(2025, 1)],
    ["12-2025", m(2025, 12)],
    ["15 januari 2025", m(2025, 1)],
    ["2025-03-15", m(2025, 3)],
    ["15-3-2025", m(2025, 3)],
    [45658, m(2025, 1)],
    [45689, m(2025, 2)],
  ])("%j", (input, expected) => {
    expect(parseMonth(input)).toEqual(expected);
  });

  it.each(["2025-13", "13-2025", "0-2025", "2025-00", "jan", "januari", "2025", "jan 1850", "jan 2025 - feb 2025", "lente 2025", "31-02-2025"])(
    "%j is invalid",
    (text) => {
      expect(parseMonth(text)).toEqual({ ok: false, reason: "invalid", text });
    },
  );

  it.each([[2025], [60], [0], [1], [12], [1899], [NaN], [false], [{ error: "#NAAM?" }]])("the cell %j is invalid", (value) => {
    expect(parseMonth(value)).toMatchObject({ ok: false, reason: "invalid" });
  });

  it("reports empty and placeholder cells", () => {
    expect(parseMonth("")).toMatchObject({ ok: false, reason: "empty" });
    expect(parseMonth("??")).toEqual({ ok: false, reason: "placeholder", text: "??" });
  });
});
