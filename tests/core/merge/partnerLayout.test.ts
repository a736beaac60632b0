import type { CellValue } from "../../../src/core/cell";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/core/snapshot";
import { bundle, flatten, overviewSnapshot } from "./helpers";

const FILE = "ofw-eigen-overzicht.xlsx";

function sheet(name: string, rows: CellValue[][], merged: string[] = []): SheetSnapshot {
  return { name, visible: true, origin: { row: 1, column: 0 }, values: rows, numberFormats: rows.map((r) => r.map(() => "General")), merged };
}

/** OFW's own workbook: two merged title rows, alias headers (`Nr`, `Afspraak/activiteit`, `Uitvoering`), an own column. */
function partnerRows(): CellValue[][] {
  return [
    ["Werkagenda wonen OFW", null, null, null, null, null, null, null],
    ["Stand per 1 juni 2025", null, null, null, null, null, null, null],
    ["Nr", "Thema", "  Afspraak/activiteit", "Trekker ", "Uitvoering", "Status", "Realisatie", "Eigen notitie"],
    ["1.1A", "Betaalbaar wonen", "OFW realiseert 97 appartementen in Dronten-Zuid", "OFW", "2026", "Gereed", 97, "navragen"],
    [null, null, null, null, null, null, null, null],
    [null, "Betaalbaar wonen", "Huurverlaging voor lage inkomens", "OFW", "2026", "Niet gestart", null, null],
  ];
}

function partnerWorkbook(sheetName: string): WorkbookSnapshot {
  return {
    sheets: [sheet(sheetName, partnerRows(), ["A1:H1", "A2:H2"]), sheet("Notities", [["Bel Piet over 1.1a"]])],
    tables: [],
  };
}

describe("a return in a partner's own layout", () => {
  it.each(["Activiteiten", "Blad1"])("is read on a sheet named %s: title rows, alias headers, an own column, a row without ID", (name) => {
    const result = bundle(overviewSnapshot(), [{ file: FILE, snapshot: partnerWorkbook(name), party: "OFW" }]);
    expect(flatten(result)).toEqual([
      ["taken", "activities", "1.1a", "Status", "from-lead", FILE, "In uitvoering", "Gereed"],
      ["taken", "activities", "1.1a", "Realisatie", "was-empty", FILE, null, 97],
      ["added", "activities", null, FILE, 5],
      ["not-returned", "Oost Flevoland Woondiensten", "1.2"],
      ["listed", "activities", "1.1a", "Eigen notitie", "extra-column", FILE, "navragen"],
      ["listed", null, null, null, "outside-table", FILE, "Werkagenda wonen OFW"],
      ["listed", null, null, null, "outside-table", FILE, "Stand per 1 juni 2025"],
      ["listed", null, null, null, "outside-table", FILE, "Bel Piet over 1.1a"],
    ]);
    expect(result.decisions.listed.map((l) => `${l.sourceSheet}!${l.sourceCell}`)).toEqual([`${name}!H4`, `${name}!A1`, `${name}!A2`, "Notities!A1"]);
    expect(result.decisions.taken.map((t) => `${t.sourceSheet}!${t.sourceCell}`)).toEqual([`${name}!F4`, `${name}!G4`]);
    expect(result.decisions.returns[0]).toMatchObject({ party: "Oost Flevoland Woondiensten", partyFrom: "caller", rows: 2, taken: 1, added: 1 });
  });

  it("reads a table under another name (`Tabel1`) on the contract's sheet", () => {
    const rows = partnerRows().slice(2);
    const snapshot: WorkbookSnapshot = { sheets: [sheet("Activiteiten", rows)], tables: [{ name: "Tabel1", sheet: "Activiteiten", address: "A1:H4" }] };
    const result = bundle(overviewSnapshot(), [{ file: FILE, snapshot, party: "OFW" }]);
    expect(result.decisions.taken.map((t) => [t.column, t.sourceCell])).toEqual([
      ["Status", "F2"],
      ["Realisatie", "G2"],
    ]);
  });

  it("lists rows of tables that are not bundled when the overview does not hold them as they are", () => {
    const snapshot = partnerWorkbook("Activiteiten");
    snapshot.sheets.push(
      sheet("Indicatoren", [
        ["ID", "Indicator", "Bron"],
        ["WON-1", "Opgeleverde sociale huurwoningen", "OFW"],
        ["WON-2", "Verkochte woningen", "OFW"],
      ]),
    );
    const result = bundle(overviewSnapshot(), [{ file: FILE, snapshot, party: "OFW" }]);
    expect(flatten(result).filter((r) => r[4] === "table-not-bundled")).toEqual([
      ["listed", "indicators", "WON-2", "ID", "table-not-bundled", FILE, "WON-2"],
      ["listed", "indicators", "WON-2", "Indicator", "table-not-bundled", FILE, "Verkochte woningen"],
      ["listed", "indicators", "WON-2", "Bron", "table-not-bundled", FILE, "OFW"],
    ]);
  });
});
