import { parseCell } from "../../../src/core/model/parseCell";
import type { ParsedRow } from "../../../src/core/model/parsedTable";
import { buildModel } from "../../../src/core/model/workbookModel";
import { parseDutchDate } from "../../../src/core/parse/parseDutchDate";
import { parseDutchNumber } from "../../../src/core/parse/parseDutchNumber";
import { fragmentToSnapshot } from "../../../src/core/rules/fragment";

function activities() {
  const model = buildModel(
    fragmentToSnapshot({
      activities: [
        { ID: "1.1", Planning: "2026", Doelwaarde: "ca. 40", "Laatst bijgewerkt": 45823 },
        { ID: "1.2", Planning: "2026", Doelwaarde: 97, "Laatst bijgewerkt": 45823 },
        { ID: "1.3", Planning: "volgend jaar", Doelwaarde: null, "Laatst bijgewerkt": "n.t.b." },
      ],
    }),
  );
  return model.tables.activities!;
}

describe("ParsedRow.parsed", () => {
  it("reads each cell by its column type, as the parsers do", () => {
    const [first, second, third] = activities().filledRows;
    expect(first.parsed("updated")).toEqual(parseDutchDate(45823));
    expect(second.parsed("target")).toEqual(parseDutchNumber(97));
    expect(first.parsed("target")).toEqual(parseDutchNumber("ca. 40"));
    expect(third.parsed("target")).toBeNull(); // blank
    expect(third.parsed("updated")).toMatchObject({ ok: false, reason: "placeholder" });
    expect(third.parsed("schedule")).toMatchObject({ ok: false });
    expect(first.parsed("id")).toBeNull(); // text columns are not parsed
    expect(first.parsed("no-such-column")).toBeNull();
  });

  it("parses a cell once, and a value repeated over rows once", () => {
    const [first, second] = activities().filledRows;
    expect(first.parsed("updated")).toBe(first.parsed("updated"));
    expect(second.parsed("updated")).toBe(first.parsed("updated"));
    expect(second.parsed("schedule")).toBe(first.parsed("schedule"));
  });

  it("tells zero and minus zero apart from the memo, and reads both as 0", () => {
    expect(parseCell("number", 0)).toEqual(parseDutchNumber(0));
    expect(parseCell("number", -0)).toEqual(parseDutchNumber(-0));
    expect(parseCell("number", 12.5)).toBe(parseCell("number", 12.5));
  });
});

describe("ParsedRow.derived", () => {
  it("works a fact out once per row and function, and keeps rows and functions apart", () => {
    const table = activities();
    const calls: number[] = [];
    const idLength = (row: ParsedRow) => (calls.push(row.row), row.text("id").length);
    const rowNumber = (row: ParsedRow) => row.row;
    for (let i = 0; i < 3; i++) for (const row of table.filledRows) row.derived(idLength);
    expect(calls).toEqual([2, 3, 4]);
    expect(table.filledRows.map((row) => row.derived(rowNumber))).toEqual([2, 3, 4]);
    expect(table.filledRows.map((row) => row.derived(idLength))).toEqual([3, 3, 3]);
  });

  it("keeps a derived null or undefined instead of working it out again", () => {
    const [row] = activities().filledRows;
    let calls = 0;
    const nothing = () => (calls++, undefined);
    row.derived(nothing);
    row.derived(nothing);
    expect(calls).toBe(1);
  });
});

