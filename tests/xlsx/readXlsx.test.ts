import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cellAt } from "../../src/core/locate/sheetGrid";
import { XlsxError } from "../../src/xlsx/errors";
import { readXlsx, readXlsxSheets } from "../../src/xlsx/readXlsx";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { buildZip } from "../../src/xlsx/zipWriter";
import { buildXlsx, deflateRaw, inflateRaw, type WorkbookSpec } from "./buildXlsx";

const read = (spec: WorkbookSpec | Uint8Array, limits?: Parameters<typeof readXlsx>[1]["limits"]) => readXlsx(spec instanceof Uint8Array ? spec : buildXlsx(spec), { inflateRaw, limits });

function problemOf(bytes: Uint8Array, limits?: Parameters<typeof readXlsx>[1]["limits"]): string {
  try {
    readXlsx(bytes, { inflateRaw, limits });
  } catch (error) {
    if (error instanceof XlsxError) return error.problem;
    throw error;
  }
  return "read";
}

describe("readXlsx: cells", () => {
  it("reads every cell type, rich and escaped text, and formulas with and without a stored result", () => {
    const rich = '<c r="A2" t="inlineStr"><is><r><t>Gemeente </t></r><r><rPr><b/></rPr><t>Dronten</t></r><rPh><t>x</t></rPh></is></c>';
    const snapshot = read({
      sheets: [
        {
          name: "Blad1",
          rows: [
            ["tekst & <meer>", 42.5, true, { error: "#N/B" }, { raw: '<c r="E1" t="inlineStr"><is><t>regel_x000D_einde</t></is></c>' }, { raw: '<c r="F1" t="inlineStr"><is><t>_x005F_x0041_</t></is></c>' }, "_x0041_ letterlijk"],
            [{ raw: rich }, { f: "1+1", v: 2 }, { f: "A1&\"x\"", v: "tekstx" }, { f: "SOM(A1:A3)" }, { raw: '<c r="E2" t="d"><v>2025-06-15T00:00:00</v></c>' }],
          ],
        },
      ],
    });
    const sheet = snapshot.sheets[0];
    expect(sheet.values[0]).toEqual(["tekst & <meer>", 42.5, true, { error: "#N/B" }, "regel\reinde", "_x0041_", "_x0041_ letterlijk"]);
    expect(cellAt(sheet, 2, 0)).toBe("Gemeente Dronten");
    expect(cellAt(sheet, 2, 1)).toBe(2);
    expect(cellAt(sheet, 2, 2)).toBe("tekstx");
    expect(cellAt(sheet, 2, 3)).toBeNull();
    expect(cellAt(sheet, 2, 4)).toBe(45823);
    expect(sheet.formulasWithoutValue).toEqual(["D2"]);
  });

  it("places cells and rows written without `r` after the previous one", () => {
    const snapshot = read({ sheets: [{ name: "Blad1", sheetDataXml: '<row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c></row><row r="4"><c r="C4"><v>3</v></c><c><v>4</v></c></row><row><c><v>5</v></c></row>' }] });
    const sheet = snapshot.sheets[0];
    expect([cellAt(sheet, 1, 0), cellAt(sheet, 1, 1), cellAt(sheet, 4, 2), cellAt(sheet, 4, 3), cellAt(sheet, 5, 0)]).toEqual(["a", 1, 3, 4, 5]);
  });

  it("keeps a far cell sparse: A1 and XFD1048576 cost two cells, not a rectangle", () => {
    const before = process.memoryUsage().heapUsed;
    const started = Date.now();
    const snapshot = read({ sheets: [{ name: "Blad1", sheetDataXml: '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>' }] });
    const sheet = snapshot.sheets[0];
    expect(Date.now() - started).toBeLessThan(1000);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1024 * 1024);
    expect(sheet.origin).toEqual({ row: 1, column: 0 });
    expect(cellAt(sheet, 1_048_576, 16_383)).toBe(2);
    let filled = 0;
    sheet.values.forEach((line) => line.forEach(() => filled++));
    expect(filled).toBe(2);
  });

  it("puts the origin at the first filled cell", () => {
    const sheet = read({ sheets: [{ name: "Blad1", sheetDataXml: '<row r="3"><c r="C3"><v>1</v></c></row><row r="5"><c r="B5"><v>2</v></c></row>' }] }).sheets[0];
    expect(sheet.origin).toEqual({ row: 3, column: 1 });
    expect([cellAt(sheet, 3, 2), cellAt(sheet, 5, 1)]).toEqual([1, 2]);
  });

  it("converts the dates of a 1904 workbook to the 1900 system, and only the dates", () => {
    const bytes = buildXlsx({ date1904: true, sheets: [{ name: "Instellingen", rows: [["Peildatum", { date: 45823 - 1462 }, 45823 - 1462, { raw: '<c r="D1" s="1"><v>44361</v></c>' }]] }] });
    const snapshot = read(bytes);
    expect(snapshot.package?.dateSystem).toBe(1904);
    expect(snapshot.sheets[0].values[0]).toEqual(["Peildatum", 45823, 45823 - 1462, 45823]);
  });

  it("reads sheet states, merged areas, tables with header and totals rows, and the number formats", () => {
    const snapshot = read({
      sheets: [
        { name: "Zichtbaar", rows: [["a", { percent: 0.079 }]], merged: ["A3:B3"], tables: [{ name: "tblX", ref: "A1:B5", columns: ["a", "b"], totalsRowCount: 1 }] },
        { name: "Verborgen", rows: [["b"]], state: "hidden" },
        { name: "Heel verborgen", rows: [["c"]], state: "veryHidden" },
      ],
    });
    expect(snapshot.sheets.map((s) => [s.name, s.visible, s.state])).toEqual([
      ["Zichtbaar", true, "visible"],
      ["Verborgen", false, "hidden"],
      ["Heel verborgen", false, "veryHidden"],
    ]);
    expect(snapshot.sheets[0].merged).toEqual(["A3:B3"]);
    // Only formats other than General are stored: a hole reads as General.
    expect(snapshot.sheets[0].numberFormats?.[0][1]).toBe("0.00%");
    expect(0 in snapshot.sheets[0].numberFormats![0]).toBe(false);
    expect(snapshot.tables).toEqual([{ name: "tblX", sheet: "Zichtbaar", address: "A1:B5", headerRowCount: 1, totalsRowCount: 1, columns: ["a", "b"] }]);
  });

  it("shares one frozen line of number formats between rows that show the same formats, and keeps them apart otherwise", () => {
    const rows = [["a", { date: 45823 }, { percent: 0.1 }], ["b", { date: 45824 }, { percent: 0.2 }], ["c", 3, { percent: 0.3 }], ["d", { date: 45825 }, { percent: 0.4 }]];
    const sheet = read({ sheets: [{ name: "Blad1", rows }] }).sheets[0];
    const formats = sheet.numberFormats!;
    expect(formats[0]).toBe(formats[1]);
    expect(formats[0]).toBe(formats[3]);
    expect(formats[2]).not.toBe(formats[0]);
    expect(formats[2][2]).toBe("0.00%");
    expect(1 in formats[2]).toBe(false);
    expect(Object.isFrozen(formats[0])).toBe(true);
    // Shifted to the used range (origin past column A), lines stay shared.
    const shifted = read({ sheets: [{ name: "Blad1", rows: rows.map((r) => [undefined, ...r]) }] }).sheets[0];
    expect(shifted.origin.column).toBe(1);
    expect(shifted.numberFormats![0]).toBe(shifted.numberFormats![1]);
    expect(shifted.numberFormats![0][1]).toBe(formats[0][1]);
  });

  it("reads one sheet at a time when asked (readXlsxSheets), the same sheets and the rest of the snapshot as readXlsx", () => {
    const bytes = buildXlsx({
      sheets: [
        { name: "Een", rows: [["a", 1]], tables: [{ name: "tblEen", ref: "A1:B1", columns: ["a", "1"] }] },
        { name: "Twee", rows: [["b", { date: 45823 }]], state: "hidden" },
      ],
    });
    const whole = readXlsx(bytes, { inflateRaw });
    const sheets: SheetSnapshot[] = [];
    const rest = readXlsxSheets(bytes, { inflateRaw }, (sheet) => sheets.push(sheet));
    expect({ sheets, ...rest }).toEqual(whole);
  });

  it("reads a Strict Open XML workbook", () => {
    const snapshot = read({ strict: true, sheets: [{ name: "Blad1", rows: [["a", 1]] }] });
    expect(snapshot.package?.conformance).toBe("strict");
    expect(snapshot.sheets[0].values[0]).toEqual(["a", 1]);
  });

  it("reads the sample workbook as the file library did", () => {
    const snapshot = read(new Uint8Array(readFileSync(join(__dirname, "../../assets/Voorbeeld-activiteitenoverzicht.xlsx"))));
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Activiteiten", "Indicatoren", "Metingen", "Taakstelling", "Planning", "Partijen", "Instellingen", "Functies"]);
    expect(snapshot.tables.map((t) => [t.name, t.address])).toContainEqual(["tblTaakstelling", "A1:F9"]);
    expect(snapshot.package?.parts.map((p) => p.name)).toContain("xl/styles.xml");
  });
});

describe("readXlsx: files that are no readable workbook, named", () => {
  const ole = (stream: string) => {
    const bytes = new Uint8Array(2048);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    for (let i = 0; i < stream.length; i++) bytes[1024 + i * 2] = stream.charCodeAt(i);
    return bytes;
  };
  const good = buildXlsx({ sheets: [{ name: "Blad1", rows: [["a"]] }] });
  const zipOf = (files: Record<string, string>) => buildZip(Object.entries(files).map(([name, data]) => ({ name, data })), deflateRaw);
  const patched = (edit: (bytes: Uint8Array) => void) => {
    const copy = good.slice();
    edit(copy);
    return copy;
  };
  const centralOf = (bytes: Uint8Array) => {
    for (let i = bytes.length - 22; i >= 0; i--) if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6) return new DataView(bytes.buffer).getUint32(i + 16, true);
    throw new Error("no end record");
  };

  it.each([
    ["password-protected (EncryptedPackage)", ole("EncryptedPackage"), "encrypted"],
    ["an old .xls", ole("Workbook"), "xls"],
    ["another OLE file", ole("WordDocument"), "ole"],
    ["plain text", new TextEncoder().encode("dit is geen werkboek"), "not-zip"],
    ["an empty file", new Uint8Array(0), "not-zip"],
    ["a truncated zip", good.subarray(0, good.length - 30), "broken"],
    ["a zip without a workbook", zipOf({ "foto.txt": "geen werkboek" }), "no-workbook"],
    ["a binary workbook", zipOf({ "[Content_Types].xml": "<Types/>", "xl/workbook.bin": "x" }), "xlsb"],
    ["an OpenDocument spreadsheet", zipOf({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>" }), "ods"],
    ["an encrypted zip entry", patched((b) => (b[centralOf(b) + 8] |= 1)), "encrypted-entry"],
    ["a wrong checksum", patched((b) => (b[centralOf(b) + 16] ^= 0xff)), "broken"],
  ])("%s", (_name, bytes, problem) => {
    expect(problemOf(bytes)).toBe(problem);
  });

  it("refuses zip64, too many entries and a compression bomb before inflating anything", () => {
    const zip64 = good.slice();
    const eocd = good.length - 22;
    new DataView(zip64.buffer).setUint16(eocd + 10, 0xffff, true);
    expect(problemOf(zip64)).toBe("zip64");
    expect(problemOf(good, { maxEntries: 3, maxEntrySize: 1e9, maxTotalSize: 1e9, maxRatio: 1000 })).toBe("too-large");
    const bomb = buildZip([{ name: "xl/worksheets/sheet1.xml", data: new Uint8Array(20 * 1024 * 1024) }], deflateRaw);
    expect(problemOf(bomb)).toBe("too-large");
  });

  it.each([
    ["an unclosed element", "<row r=\"1\"><c r=\"A1\"><v>1</v></row>"],
    ["a shared string that does not exist", '<row r="1"><c r="A1" t="s"><v>99</v></c></row>'],
    ["a number that is none", '<row r="1"><c r="A1"><v>twaalf</v></c></row>'],
    ["a cell reference out of the sheet", '<row r="1"><c r="XFE1"><v>1</v></c></row>'],
    ["rows out of order", '<row r="5"><c r="A5"><v>1</v></c></row><row r="2"><c r="A2"><v>1</v></c></row>'],
    ["an unknown entity", '<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>'],
  ])("a broken worksheet is named by its sheet: %s", (_name, xml) => {
    try {
      read({ sheets: [{ name: "Taakstelling", sheetDataXml: xml }] });
      throw new Error("read");
    } catch (error) {
      expect(error).toBeInstanceOf(XlsxError);
      expect((error as XlsxError).problem).toBe("broken");
      expect((error as XlsxError).sheet).toBe("Taakstelling");
    }
  });

  it("refuses a document type declaration (no entity expansion)", () => {
    const bytes = buildXlsx({ sheets: [{ name: "Blad1", rows: [["a"]] }], override: { "xl/sharedStrings.xml": '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaa">]><sst><si><t>&a;</t></si></sst>' } });
    expect(problemOf(bytes)).toBe("broken");
  });
});
