// The patcher's edits that bundling needs: looks kept when a date or percentage is written, rows placed in a
// table declared past its data or below a plain range, a sheet with bold, wrapped and merged cells, formula cells listed.
import ExcelJS from "exceljs";
import { openPatcher, PatchError } from "../../src/xlsx/patcher";
import { partXml, readXlsx, readXlsxWithFormulas } from "../../src/xlsx/readXlsx";
import { parseStylesPart } from "../../src/xlsx/stylesPart";
import { openZip } from "../../src/xlsx/zip";
import { buildXlsx, deflateRaw, inflateRaw } from "./buildXlsx";

const options = { inflateRaw, deflateRaw };

/** Styles with a bold red font and a fill on style 1 (General), so a derived style can be told apart. */
const STYLED = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><color rgb="FFFF0000"/><name val="Calibri"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE7E6E6"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"><alignment wrapText="1"/></xf></cellXfs></styleSheet>`;

function styledWorkbook(): Uint8Array {
  return buildXlsx({
    sheets: [
      {
        name: "Activiteiten",
        sheetDataXml: '<row r="1"><c r="A1" t="inlineStr"><is><t>ID</t></is></c><c r="B1" t="inlineStr"><is><t>Datum</t></is></c><c r="C1" t="inlineStr"><is><t>Aandeel</t></is></c></row><row r="2"><c r="A2" s="1" t="inlineStr"><is><t>1.1a</t></is></c><c r="B2" s="1"/><c r="C2" s="1"><v>1</v></c></row>',
        tables: [{ name: "tblActiviteiten", ref: "A1:C20", columns: ["ID", "Datum", "Aandeel"] }],
      },
      { name: "Lijst", rows: [["Naam", "Waarde"], ["a", { f: "1+1", v: 2 }]] },
    ],
    override: { "xl/styles.xml": STYLED },
  });
}

function xfOf(bytes: Uint8Array, sheetPart: string, ref: string): string {
  const zip = openZip(bytes);
  const sheet = partXml({ zip, inflateRaw }, sheetPart)!;
  const s = Number(new RegExp(`<c r="${ref}"(?: s="(\\d+)")?`).exec(sheet)?.[1] ?? 0);
  const styles = partXml({ zip, inflateRaw }, "xl/styles.xml")!;
  const xfs = /<cellXfs[^>]*>([\s\S]*)<\/cellXfs>/.exec(styles)![1].match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)!;
  return xfs[s];
}

describe("the patcher for bundling", () => {
  it("writes a date or a percentage into a styled cell keeping its font, fill and alignment", () => {
    const before = styledWorkbook();
    const patch = openPatcher(before, options);
    patch.setCells("Activiteiten", [
      { cell: "B2", value: { date: 45818 } },
      { cell: "C2", value: 0.079, numberFormat: "0.0%" },
    ]);
    const after = patch.toBytes();
    expect(xfOf(after, "xl/worksheets/sheet1.xml", "B2")).toMatch(/numFmtId="14".*fontId="1" fillId="2".*applyNumberFormat="1".*<alignment wrapText="1"\/>/);
    expect(xfOf(after, "xl/worksheets/sheet1.xml", "C2")).toMatch(/numFmtId="(\d+)".*fontId="1" fillId="2"/);
    const styles = parseStylesPart(partXml({ zip: openZip(after), inflateRaw }, "xl/styles.xml")!, "styles");
    expect(styles.formats).toContain("0.0%");
    const snapshot = readXlsx(after, options);
    const sheet = snapshot.sheets[0];
    expect(sheet.values[1]).toEqual(["1.1a", 45818, 0.079]);
    expect(sheet.numberFormats![1][2]).toBe("0.0%");
  });

  it("places appended rows on the first empty row of a table declared past its data, without growing it", () => {
    const patch = openPatcher(styledWorkbook(), options);
    expect(patch.tableInfo("tblActiviteiten")).toMatchObject({ ref: "A1:C20", sheet: "Activiteiten", totalsRowCount: 0 });
    expect(patch.appendTableRows("tblActiviteiten", [["1.2", null, 0.5]], 3)).toEqual({ firstRow: 3, ref: "A1:C20" });
    expect(() => patch.appendTableRows("tblActiviteiten", [["x"]], 25)).toThrow(PatchError);
    expect(() => patch.appendTableRows("tblActiviteiten", [["x"]], 2)).toThrow(/not empty/);
    const snapshot = readXlsx(patch.toBytes(), options);
    const row = snapshot.sheets[0].values[2];
    expect([row[0], row[1] ?? null, row[2]]).toEqual(["1.2", null, 0.5]);
  });

  it("appends rows below a plain range only into empty cells", () => {
    const patch = openPatcher(styledWorkbook(), options);
    patch.appendRows("Lijst", 3, 0, [["b", 3]]);
    expect(() => patch.appendRows("Lijst", 2, 0, [["c", 4]])).toThrow(/not empty/);
    expect(readXlsx(patch.toBytes(), options).sheets[1].values[2]).toEqual(["b", 3]);
  });

  it("adds a sheet with bold, wrapped and merged cells, frozen rows and row heights, that the file library opens", async () => {
    const patch = openPatcher(styledWorkbook(), options);
    patch.addWorksheet({
      name: "Bundeling 2025-06-15",
      rows: [],
      cells: [
        { row: 1, column: 0, value: "Bundeling", bold: true },
        { row: 3, column: 0, value: "Uitkomst", bold: true },
        { row: 3, column: 1, value: "=niet een formule", wrap: true },
        { row: 4, column: 1, value: { date: 45818 } },
      ],
      widths: [18, 40],
      frozenRows: 3,
      merges: ["A1:B1"],
      rowHeights: { 3: 30 },
    });
    const bytes = patch.toBytes();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet("Bundeling 2025-06-15")!;
    expect(sheet.getCell("A1").font?.bold).toBe(true);
    expect(sheet.getCell("B3").value).toBe("=niet een formule");
    expect(sheet.getCell("B3").alignment?.wrapText).toBe(true);
    expect(sheet.getCell("B4").value).toEqual(new Date(Date.UTC(2025, 5, 10)));
    expect(sheet.getRow(3).height).toBe(30);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(readXlsx(bytes, options).sheets[2].merged).toEqual(["A1:B1"]);
  });

  it("lists the cells that hold a formula, per sheet", () => {
    const { formulas } = readXlsxWithFormulas(styledWorkbook(), options);
    expect([...formulas.entries()].map(([sheet, cells]) => [sheet, [...cells]])).toEqual([["Lijst", ["B2"]]]);
  });
});
