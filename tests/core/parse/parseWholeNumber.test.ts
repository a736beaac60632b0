import { parseWholeNumber } from "../../../src/core/parse/parseWholeNumber";

describe("parseWholeNumber", () => {
  it.each<[string | number, number]>([
    [42, 42],
    ["42", 42],
    ["-32", -32],
    ["1.234", 1234],
    ["ca. 40", 40],
    [" 66 ", 66],
  ])("%j → %d", (input, value) => {
    expect(parseWholeNumber(input)).toMatchObject({ ok: true, value: { value } });
  });

  // Issue 12: a count of 54.81 housed permit holders passed the quota table.
  it.each<string | number>([54.81, "54.81", "54,81", "54,8", "5%", "€ 40", "veel", "10-20"])("%j is no whole number", (input) => {
    expect(parseWholeNumber(input)).toMatchObject({ ok: false, reason: "invalid" });
  });

  it("passes empty and placeholder cells on as such", () => {
    expect(parseWholeNumber(null)).toMatchObject({ ok: false, reason: "empty" });
    expect(parseWholeNumber("n.t.b.")).toMatchObject({ ok: false, reason: "placeholder" });
  });
});
