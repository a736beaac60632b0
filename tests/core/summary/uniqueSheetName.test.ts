import { uniqueSheetName } from "../../../src/core/summary/uniqueSheetName";

describe("uniqueSheetName", () => {
  it.each([
    [[], "BO 2025-06-26", "BO 2025-06-26"],
    [["Activiteiten"], "BO 2025-06-26", "BO 2025-06-26"],
    [["BO 2025-06-26"], "BO 2025-06-26", "BO 2025-06-26 (2)"],
    [["bo 2025-06-26"], "BO 2025-06-26", "BO 2025-06-26 (2)"],
    [["BO 2025-06-26", "BO 2025-06-26 (2)", "bo 2025-06-26 (3)"], "BO 2025-06-26", "BO 2025-06-26 (4)"],
    [["Uitvraag 2025-06-26"], "Uitvraag 2025-06-26", "Uitvraag 2025-06-26 (2)"],
    [[], "Q1/Q2 [concept]", "Q1-Q2 -concept-"],
  ])("%j + %s → %s", (existing, wanted, expected) => {
    expect(uniqueSheetName(existing, wanted)).toBe(expected);
  });

  it("stays within Excel's 31 characters, also with a suffix", () => {
    const long = "Samenvatting bestuurlijk overleg 2025";
    const first = uniqueSheetName([], long);
    expect(first).toBe(long.slice(0, 31));
    const second = uniqueSheetName([first], long);
    expect(second).toBe("Samenvatting bestuurlijk ov (2)");
    expect(second.length).toBeLessThanOrEqual(31);
    const names = [first, second];
    for (let i = 0; i < 9; i++) names.push(uniqueSheetName(names, long));
    expect(names[names.length - 1]).toBe("Samenvatting bestuurlijk o (11)");
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });
});
