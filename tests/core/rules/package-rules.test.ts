import { rule as formulaWithoutValue } from "../../../src/core/rules/formula-without-value";
import { rule as rowsBelowTable } from "../../../src/core/rules/rows-below-table";
import { rule as tableEmpty } from "../../../src/core/rules/table-empty";
import { rule as tableOnOtherSheet } from "../../../src/core/rules/table-on-other-sheet";
import { rule as tableRangeInvalid } from "../../../src/core/rules/table-range-invalid";
import { rule as totalsRow } from "../../../src/core/rules/totals-row";
import { buildModel } from "../../../src/core/model/workbookModel";
import { fragmentToSnapshot } from "../../../src/core/rules/fragment";
import { activity, indicator } from "./fixtures";
import { testRule } from "./ruleTester";

const QUOTA_HEADERS = ["Periode", "Taakstelling", "Gehuisvest"];
const quotaCells = (...rows: (string | number | null)[][]) => [QUOTA_HEADERS, ...rows];

testRule(rowsBelowTable, {
  valid: [
    { name: "the ref reaches the last filled row", fragment: { quota: { cells: quotaCells(["2024-H1", 46, 34], ["2024-H2", 42, 66]), tableRef: "A1:C3" } } },
    { name: "a blank row separates a note further down", fragment: { quota: { cells: quotaCells(["2024-H1", 46, 34], [null, null, null], ["bron: COA", null, null]), tableRef: "A1:C2" } } },
    { name: "a plain range has no ref to fall short of", fragment: { quota: { cells: quotaCells(["2024-H1", 46, 34], ["2024-H2", 42, 66]), plain: true } } },
  ],
  invalid: [
    {
      name: "34 of 38 activities outside the ref (the corpus case)",
      fragment: { activities: { cells: [["ID", "Thema", "Afspraak"], ["1.1a", "Wonen", "a"], ["1.1b", "Wonen", "b"], ["1.1c", "Wonen", "c"], ["1.1d", "Wonen", "d"]], tableRef: "A1:C2" } },
      errors: [{ messageId: "many", sheet: "Activiteiten", cell: "A3", includes: "Rijen 3 t/m 5, direct onder tblActiviteiten" }],
    },
    { name: "one row below", fragment: { quota: { cells: quotaCells(["2024-H1", 46, 34], ["2024-H2", 42, 66]), tableRef: "A1:C2" } }, errors: [{ messageId: "one", cell: "A3", includes: "tot en met rij 3" }] },
    { name: "below the totals row", fragment: { quota: { cells: quotaCells(["2024-H1", 46, 34], ["Totaal", 46, 34], ["2024-H2", 42, 66]), tableRef: "A1:C3", totalsRowCount: 1 } }, errors: [{ messageId: "one", cell: "A4" }] },
  ],
});

testRule(formulaWithoutValue, {
  valid: [
    { name: "formulas with stored results", fragment: { quota: { cells: quotaCells(["2024-H2", 42, 66]) } } },
    { name: "an uncalculated formula outside the table", fragment: { quota: { cells: [...quotaCells(["2024-H2", 42, 66]), [null, null, null], ["som", null, null]], tableRef: "A1:C2", formulasWithoutValue: ["B4"] } } },
  ],
  invalid: [
    { name: "one cell", fragment: { quota: { cells: quotaCells(["2024-H2", 42, null]), formulasWithoutValue: ["C2"] } }, errors: [{ messageId: "one", sheet: "Taakstelling", cell: "C2" }] },
    {
      name: "a workbook saved by a program that does not calculate: one finding per table",
      fragment: { quota: { cells: quotaCells(["2024-H1", null, null], ["2024-H2", null, null]), formulasWithoutValue: ["B2", "C2", "B3", "C3"] } },
      errors: [{ messageId: "many", cell: "B2", includes: "4 cellen in tblTaakstelling" }],
    },
  ],
});

testRule(tableEmpty, {
  valid: [{ name: "every data table has rows", fragment: { activities: [activity()], indicators: [indicator()], quota: [{ Periode: "2024-H2", Taakstelling: 42 }] } }],
  invalid: [
    {
      name: "the base workbook: tables with headers only",
      fragment: {},
      errors: [
        { messageId: "empty", sheet: "Activiteiten", cell: "A1", includes: "tblActiviteiten op blad 'Activiteiten' heeft geen gevulde rijen" },
        { messageId: "empty", sheet: "Indicatoren" },
        { messageId: "empty", sheet: "Taakstelling" },
      ],
    },
  ],
});

testRule(totalsRow, {
  valid: [{ name: "no totals row", fragment: { quota: { cells: quotaCells(["2024-H2", 42, 66]) } } }],
  invalid: [{ name: "a totals row", fragment: { quota: { cells: quotaCells(["2024-H2", 42, 66], ["Totaal", 42, 66]), totalsRowCount: 1 } }, errors: [{ messageId: "skipped", cell: "A3", includes: "Rij 3 is de totaalrij van tblTaakstelling" }] }],
});

testRule(tableOnOtherSheet, {
  valid: [{ name: "on its own sheet, written differently", fragment: { quota: { cells: quotaCells(["2024-H2", 42, 66]), sheet: "taakstelling " } } }],
  invalid: [{ name: "tblTaakstelling on Blad1", fragment: { quota: { cells: quotaCells(["2024-H2", 42, 66]), sheet: "Blad1" } }, errors: [{ messageId: "elsewhere", sheet: "Blad1", cell: "A1", includes: "op blad 'Blad1' in plaats van op 'Taakstelling'" }] }],
});

testRule(tableRangeInvalid, {
  valid: [
    { name: "a few spare rows", fragment: { quota: { cells: quotaCells(["2024-H2", 42, 66]), tableRef: "A1:C200" } } },
    { name: "an unreadable ref of a table outside the contract", fragment: { quota: { cells: quotaCells(["2024-H2", 42, 66]) } } },
  ],
  invalid: [
    { name: "down to row 1 048 576", fragment: { quota: { cells: quotaCells(["2024-H2", 42, 66]), tableRef: "A1:C1048576" } }, errors: [{ messageId: "enormous", cell: "A1", includes: "A1:C1048576" }] },
    { name: "across every column", fragment: { quota: { cells: quotaCells(["2024-H2", 42, 66]), tableRef: "A1:XFD2" } }, errors: [{ messageId: "enormous", includes: "eindigen bij A1:C2" }] },
    { name: "an unreadable ref", fragment: { quota: { cells: quotaCells(["2024-H2", 42, 66]), tableRef: "A1:C" } }, errors: [{ messageId: "malformed", sheet: "Taakstelling", includes: "'A1:C'" }] },
  ],
});

describe("locating a table with package facts", () => {
  it("clips a ref to row 1 048 576 to the filled rows, without allocating the rest", () => {
    const snapshot = fragmentToSnapshot({ quota: { cells: quotaCells(["2024-H2", 42, 66]), tableRef: "A1:XFD1048576" } });
    const started = Date.now();
    const table = buildModel(snapshot).tables.quota!;
    expect(Date.now() - started).toBeLessThan(500);
    expect([table.located.rows.length, table.located.right]).toEqual([1, 2]);
  });

  it("leaves the totals row out of the data rows", () => {
    const table = buildModel(fragmentToSnapshot({ quota: { cells: quotaCells(["2024-H2", 42, 66], ["Totaal", 42, 66]), totalsRowCount: 1 } })).tables.quota!;
    expect(table.filledRows.map((r) => r.text("period"))).toEqual(["2024-H2"]);
  });

  it("reads a table whose header row is switched off by the names of its columns", () => {
    const table = buildModel(fragmentToSnapshot({ quota: { cells: [["2024-H2", 42, 66]], tableRef: "A1:C1", headerRowCount: 0, columns: QUOTA_HEADERS } })).tables.quota!;
    expect(table.filledRows.map((r) => [r.row, r.text("period"), r.get("quota")])).toEqual([[1, "2024-H2", 42]]);
  });
});
