import { locateTable } from "../../../src/core/locate/locateTable";
import { normalizeHeader } from "../../../src/core/locate/normalizeHeader";
import { ACTIVITIES, INDICATORS } from "../../../src/core/schema/tables";
import type { WorkbookSnapshot } from "../../../src/core/snapshot";

function plainSheet(name: string, values: WorkbookSnapshot["sheets"][number]["values"], merged: string[] = []): WorkbookSnapshot {
  return { sheets: [{ name, visible: true, origin: { row: 1, column: 0 }, values, merged }], tables: [] };
}

describe("normalizeHeader", () => {
  it.each([
    [" Streefwaarde\n2028 ", { key: "streefwaarde", year: 2028 }],
    ["Nulmeting  jaar", { key: "nulmeting jaar" }],
    ["LAATST BIJGEWERKT", { key: "laatst bijgewerkt" }],
    ["Bijgewérkt door", { key: "bijgewerkt door" }],
  ])("%j", (header, expected) => {
    expect(normalizeHeader(header)).toEqual(expected);
  });
});

describe("locateTable", () => {
  it("finds a partner's plain range below merged title rows, with odd headers, an extra column and the header year", () => {
    const snapshot = plainSheet(
      "indicatoren ",
      [
        ["Indicatoren sociaal domein", null, null, null, null, null, null],
        ["Versie maart 2025", null, null, null, null, null, null],
        [null, null, null, null, null, null, null],
        [" ID", "Indicator ", "Nulmeting", "Streefwaarde  2028", "Richting", "Eigen notitie", "Bron"],
        ["BZ-1", "% laag inkomen", 0.03, 0.03, "Maximaal", "check", "CBS"],
        [null, null, null, null, null, null, null],
        ["BZ-2", "% moeite met rondkomen", 0.32, 0.32, "Maximaal", null, "Nibud"],
        [null, null, null, null, null, null, null],
      ],
      ["A1:G1"],
    );
    const location = locateTable(snapshot, INDICATORS);
    if (!location.found) throw new Error("not found");
    const { table } = location;
    expect(table.tableName).toBeNull();
    expect(table.headerRow).toBe(4);
    expect(table.columns.get("target")).toMatchObject({ header: "Streefwaarde  2028", index: 3, year: 2028 });
    expect(table.extra).toEqual([{ header: "Eigen notitie", index: 5 }]);
    expect(table.rows.map((r) => [r.row, r.blank])).toEqual([
      [5, false],
      [6, true],
      [7, false],
    ]);
    expect(table.merged).toEqual([]);
  });

  it("prefers the Excel table by name, wherever it is", () => {
    const snapshot: WorkbookSnapshot = {
      sheets: [{ name: "Blad1", visible: true, origin: { row: 3, column: 2 }, values: [["ID", "Thema", "Afspraak"], ["1.1a", "Wonen", "Bouwen"]] }],
      tables: [{ name: "tblActiviteiten", sheet: "Blad1", address: "Blad1!C3:E4" }],
    };
    const location = locateTable(snapshot, ACTIVITIES);
    expect(location.found && location.table.tableName).toBe("tblActiviteiten");
    expect(location.found && location.table.rows[0].cells).toEqual(["1.1a", "Wonen", "Bouwen"]);
    expect(location.found && location.table.columns.get("agreement")?.index).toBe(4);
  });

  it("reports duplicate headers instead of silently using the second", () => {
    const location = locateTable(plainSheet("Activiteiten", [["ID", "Thema", "Status", "status"]]), ACTIVITIES);
    expect(location.found && location.table.duplicates).toEqual([{ key: "status", header: "status", index: 3 }]);
  });

  it("says why a table was not found", () => {
    expect(locateTable(plainSheet("Andere", [["x"]]), ACTIVITIES)).toEqual({ found: false, reason: "no-sheet" });
    expect(locateTable(plainSheet("Activiteiten", [["Overzicht"]]), ACTIVITIES)).toEqual({ found: false, reason: "no-header", sheet: "Activiteiten" });
  });
});
