import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cellAt } from "../../src/core/locate/sheetGrid";
import { parseContentTypes, parseRelationships } from "../../src/xlsx/opc";
import { openPatcher, PatchError } from "../../src/xlsx/patcher";
import { partXml, readXlsx } from "../../src/xlsx/readXlsx";
import { openZip, rawData, readEntry } from "../../src/xlsx/zip";
import { buildXlsx, deflateRaw, inflateRaw } from "./buildXlsx";

const options = { inflateRaw, deflateRaw };
const CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const VBA = "application/vnd.ms-office.vbaProject";

/** A workbook with the parts a lossy copy drops: a chart, VBA, an external link, metadata.xml, a web extension. */
function richWorkbook(date1904 = false): Uint8Array {
  return buildXlsx({
    date1904,
    sheets: [
      {
        name: "Activiteiten",
        rows: [["ID", "Status", "Laatst bijgewerkt"], ["1.1a", "Gereed", { date: 45780 }], ["1.1b", "In uitvoering", { date: 45781 }]],
        tables: [{ name: "tblActiviteiten", ref: "A1:C3", columns: ["ID", "Status", "Laatst bijgewerkt"] }],
      },
      { name: "Instellingen", rows: [["Peildatum", { date: 45823 }]] },
    ],
    extraParts: [
      { name: "xl/charts/chart1.xml", data: '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>', contentType: CHART },
      { name: "xl/vbaProject.bin", data: new Uint8Array([1, 2, 3, 4, 0, 255]), contentType: VBA, rel: "http://schemas.microsoft.com/office/2006/relationships/vbaProject" },
      { name: "xl/externalLinks/externalLink1.xml", data: '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>', contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml" },
      { name: "xl/metadata.xml", data: '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>', contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml" },
      { name: "xl/webextensions/webextension1.xml", data: "<we:webextension xmlns:we=\"http://schemas.microsoft.com/office/webextensions/webextension/2010/11\"/>", contentType: "application/vnd.ms-office.webextension+xml" },
    ],
  });
}

/** Every entry of `before` that the patch did not touch is in `after` with the same compressed bytes and content. */
function expectUntouchedIdentical(before: Uint8Array, after: Uint8Array, touched: string[]): void {
  const a = openZip(before);
  const b = openZip(after);
  for (const entry of a.entries) {
    if (touched.includes(entry.name)) continue;
    const twin = b.byName.get(entry.name.toLowerCase());
    expect(twin).toBeDefined();
    expect(Buffer.from(rawData(b, twin!)).equals(Buffer.from(rawData(a, entry)))).toBe(true);
    expect(twin!.crc).toBe(entry.crc);
  }
}

/** Relationships point at parts that exist, and every part has a content type. */
function expectValidPackage(bytes: Uint8Array): void {
  const zip = openZip(bytes);
  const pkg = { zip, inflateRaw };
  const types = parseContentTypes(partXml(pkg, "[Content_Types].xml")!);
  for (const entry of zip.entries) {
    if (entry.name.endsWith("/") || entry.name === "[Content_Types].xml") continue;
    const ext = entry.name.slice(entry.name.lastIndexOf(".") + 1).toLowerCase();
    expect([entry.name, types.overrides.get(entry.name.toLowerCase()) ?? types.defaults.get(ext)]).toEqual([entry.name, expect.any(String)]);
    if (entry.name.endsWith(".rels")) {
      const source = entry.name.replace(/_rels\/([^/]*)\.rels$/, "$1");
      for (const rel of parseRelationships(partXml(pkg, entry.name)!, source, entry.name)) {
        if (!rel.external) expect([entry.name, rel.target, zip.byName.has(rel.target.toLowerCase())]).toEqual([entry.name, rel.target, true]);
      }
    }
    readEntry(zip, entry, inflateRaw);
  }
}

describe("the package patcher", () => {
  it("sets cells and keeps every other part byte for byte: chart, VBA, external link, metadata.xml, web extension", () => {
    const before = richWorkbook();
    const patch = openPatcher(before, options);
    patch.setCells("Instellingen", [
      { cell: "B1", value: { date: 45900 } },
      { cell: "A3", value: '=HYPERLINK("http://x")' },
      { cell: "C2", value: 7.5 },
      { cell: "D2", value: true },
    ]);
    expect(patch.changedParts()).toEqual(["xl/worksheets/sheet2.xml"]);
    const after = patch.toBytes();
    expectUntouchedIdentical(before, after, patch.changedParts());
    expectValidPackage(after);
    const sheet = readXlsx(after, { inflateRaw }).sheets[1];
    expect([cellAt(sheet, 1, 0), cellAt(sheet, 1, 1), cellAt(sheet, 3, 0), cellAt(sheet, 2, 2), cellAt(sheet, 2, 3)]).toEqual(["Peildatum", 45900, '=HYPERLINK("http://x")', 7.5, true]);
    expect(sheet.formulasWithoutValue).toBeUndefined();
    expect(partXml({ zip: openZip(after), inflateRaw }, "xl/worksheets/sheet2.xml")).toContain('<c r="B1" s="3"><v>45900</v></c>');
  });

  it("writes dates back in a 1904 workbook's own date system", () => {
    const patch = openPatcher(richWorkbook(true), options);
    patch.setCells("Instellingen", [{ cell: "B1", value: { date: 45900 } }]);
    const after = patch.toBytes();
    expect(partXml({ zip: openZip(after), inflateRaw }, "xl/worksheets/sheet2.xml")).toContain(`<v>${45900 - 1462}</v>`);
    expect(cellAt(readXlsx(after, { inflateRaw }).sheets[1], 1, 1)).toBe(45900);
  });

  it("gives a date a date format when its cell has none, adding one style", () => {
    const patch = openPatcher(richWorkbook(), options);
    patch.setCells("Instellingen", [{ cell: "C5", value: { date: 45900 } }, { cell: "D5", value: { date: 45901 } }]);
    const after = patch.toBytes();
    const xml = partXml({ zip: openZip(after), inflateRaw }, "xl/styles.xml")!;
    expect(xml).toContain('<cellXfs count="5">');
    expect(partXml({ zip: openZip(after), inflateRaw }, "xl/worksheets/sheet2.xml")).toContain('<c r="C5" s="4"><v>45900</v></c><c r="D5" s="4">');
  });

  it("escapes text that XML cannot hold and text that looks like an escape", () => {
    const patch = openPatcher(richWorkbook(), options);
    const texts = ["bel\u0007 en tab\t", "_x0041_ blijft zo", "<b>&amp;</b>", " spaties "];
    patch.setCells("Instellingen", texts.map((value, i) => ({ cell: `A${10 + i}`, value })));
    const sheet = readXlsx(patch.toBytes(), { inflateRaw }).sheets[1];
    expect(texts.map((_t, i) => cellAt(sheet, 10 + i, 0))).toEqual(texts);
  });

  it("respects Excel's limits: a cell holds 32 767 characters, a sheet name 31 without \\ / ? * [ ] :", () => {
    const patch = openPatcher(richWorkbook(), options);
    expect(() => patch.setCells("Instellingen", [{ cell: "A9", value: "x".repeat(32_768) }])).toThrow(PatchError);
    expect(() => patch.addWorksheet({ name: "x".repeat(32), rows: [] })).toThrow(/too-long/);
    expect(() => patch.addWorksheet({ name: "BO 2025/06", rows: [] })).toThrow(/forbidden-character/);
    expect(() => patch.addWorksheet({ name: "activiteiten", rows: [] })).toThrow(/exists/);
  });

  it("appends rows to a table: its ref and autoFilter grow, each cell takes the style of the row above", () => {
    const before = richWorkbook();
    const patch = openPatcher(before, options);
    expect(patch.appendTableRows("tblActiviteiten", [["1.1c", "Niet gestart", { date: 45800 }]])).toEqual({ firstRow: 4, ref: "A1:C4" });
    const after = patch.toBytes();
    expectUntouchedIdentical(before, after, patch.changedParts());
    expectValidPackage(after);
    const table = partXml({ zip: openZip(after), inflateRaw }, "xl/tables/table1.xml")!;
    expect(table).toContain('ref="A1:C4"><autoFilter ref="A1:C4"/>');
    const snapshot = readXlsx(after, { inflateRaw });
    expect(snapshot.sheets[0].values[3]).toEqual(["1.1c", "Niet gestart", 45800]);
    expect(partXml({ zip: openZip(after), inflateRaw }, "xl/worksheets/sheet1.xml")).toContain('<c r="C4" s="3"><v>45800</v></c>');
  });

  it("refuses to append over filled cells below a table", () => {
    const patch = openPatcher(buildXlsx({ sheets: [{ name: "A", rows: [["ID"], ["1"], ["onder de tabel"]], tables: [{ name: "tblA", ref: "A1:A2", columns: ["ID"] }] }] }), options);
    expect(() => patch.appendTableRows("tblA", [["2"]])).toThrow(/not empty/);
  });

  it("adds a worksheet with a bold, frozen header and column widths; relationships and content types stay valid", () => {
    const before = richWorkbook();
    const patch = openPatcher(before, options);
    patch.addWorksheet({ name: "BO 2025-06-26", header: ["Partij", "Punten"], rows: [["OFW", 3], ["=SOM(1)", { date: 45834 }]], widths: [30, 12] });
    const after = patch.toBytes();
    expect(patch.changedParts().sort()).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet3.xml"]);
    expectUntouchedIdentical(before, after, patch.changedParts());
    expectValidPackage(after);
    const snapshot = readXlsx(after, { inflateRaw });
    const sheet = snapshot.sheets[2];
    expect(sheet.name).toBe("BO 2025-06-26");
    expect(sheet.values).toEqual([["Partij", "Punten"], ["OFW", 3], ["=SOM(1)", 45834]]);
    const xml = partXml({ zip: openZip(after), inflateRaw }, "xl/worksheets/sheet3.xml")!;
    expect(xml).toContain('state="frozen"');
    expect(xml).toContain('<col min="1" max="1" width="30" customWidth="1"/>');
  });

  it("writes a package the file library opens: the added sheet, the appended row and the dates", async () => {
    const patch = openPatcher(richWorkbook(), options);
    patch.appendTableRows("tblActiviteiten", [["1.1c", "Niet gestart", { date: 45800 }]]);
    patch.addWorksheet({ name: "Nieuw", header: ["a"], rows: [["b"]] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(patch.toBytes()) as unknown as ExcelJS.Buffer);
    expect(workbook.getWorksheet("Nieuw")!.getCell("A2").value).toBe("b");
    expect(workbook.getWorksheet("Nieuw")!.getCell("A1").font?.bold).toBe(true);
    expect(workbook.getWorksheet("Activiteiten")!.getCell("A4").value).toBe("1.1c");
  });

  it("adds a custom XML part, and replaces it on a second run without touching another one", () => {
    const ns = "urn:beleidsmonitor:vergelijking";
    const first = openPatcher(richWorkbook(), options);
    first.setCustomXml(ns, `<stand xmlns="${ns}"><versie>1</versie></stand>`);
    first.setCustomXml("urn:ander", '<x xmlns="urn:ander"/>');
    const once = first.toBytes();
    expectValidPackage(once);
    const second = openPatcher(once, options);
    second.setCustomXml(ns, `<stand xmlns="${ns}"><versie>2</versie></stand>`);
    const twice = second.toBytes();
    expect(second.changedParts()).toEqual(["customXml/item1.xml"]);
    expectUntouchedIdentical(once, twice, second.changedParts());
    expect(partXml({ zip: openZip(twice), inflateRaw }, "customXml/item1.xml")).toContain("<versie>2</versie>");
    expect(() => second.setCustomXml(ns, "<stand>")).toThrow(/well formed/);
  });

  it("refuses to insert a row above rows that carry no row number, and appends after them", () => {
    const patch = openPatcher(buildXlsx({ sheets: [{ name: "A", sheetDataXml: '<row r="1"><c r="A1"><v>1</v></c></row><row r="5"><c r="A5"><v>5</v></c></row><row><c><v>6</v></c></row>' }] }), options);
    expect(() => patch.setCells("A", [{ cell: "A3", value: 3 }])).toThrow(/no row number/);
    patch.setCells("A", [{ cell: "A7", value: 7 }]);
    expect(readXlsx(patch.toBytes(), { inflateRaw }).sheets[0].values.map((line) => line[0])).toEqual([1, undefined, undefined, undefined, 5, 6, 7]);
  });

  it("patches the sample workbook with every part but the edited sheet identical", () => {
    const before = new Uint8Array(readFileSync(join(__dirname, "../../assets/Voorbeeld-activiteitenoverzicht.xlsx")));
    const patch = openPatcher(before, options);
    patch.setCells("Instellingen", [{ cell: "B3", value: { date: 45900 } }]);
    const after = patch.toBytes();
    expectUntouchedIdentical(before, after, patch.changedParts());
    expectValidPackage(after);
  });
});
