/**
 * The malformed-workbook corpus: every class of hostile or odd file from issue 12, and more, generated into a
 * folder at test time (no binaries in the repository). Each case says what the command line must answer.
 */
import { execFileSync } from "node:child_process";
import { linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { WorkbookFragment } from "../../src/core/rules/fragment";
import { fragmentToSnapshot } from "../../src/core/rules/fragment";
import { partXml, readXlsx } from "../../src/xlsx/readXlsx";
import { openZip } from "../../src/xlsx/zip";
import { buildZip } from "../../src/xlsx/zipWriter";
import { activity, indicator } from "../core/rules/fixtures";
import { buildXlsx, deflateRaw, inflateRaw, specOfSnapshot, type CellSpec, type WorkbookSpec } from "../xlsx/buildXlsx";

export interface Expectation {
  code: 0 | 1 | 2;
  /** Text the (Dutch) message on stderr must hold. */
  message?: string | RegExp;
  /** Rules that must be among the findings of `check --json`. */
  rules?: string[];
  /** Rules that must not be. */
  notRules?: string[];
  referenceDate?: string;
}

export interface CorpusCase {
  name: string;
  /** The bullet of issue 12 it belongs to, or "extra". */
  kind: "verdict" | "1904" | "overwrite" | "crash" | "loss" | "message" | "extra";
  input: string;
  check: Expectation;
  /** A summary run and what it must answer (the input stays unchanged either way). */
  summary?: { args: string[]; expect: Expectation; output?: string; verify?: (output: string) => void };
}

const CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

/** A clean, complete workbook: `check` finds nothing. */
export const CLEAN: WorkbookFragment = {
  activities: [activity(), activity({ ID: "1.1b", Trekker: "Gemeente Dronten" })],
  indicators: [indicator()],
  measurements: [{ Indicator: "BZ-1", Jaar: 2024, Waarde: 0.029, Bron: "CBS" }],
  quota: [
    { Periode: "2024-H1", Taakstelling: 46, Gehuisvest: 50 },
    { Periode: "2024-H2", Taakstelling: 42, Gehuisvest: 45 },
  ],
};

export function cleanSpec(fragment: WorkbookFragment = {}): WorkbookSpec {
  return specOfSnapshot(fragmentToSnapshot({ ...CLEAN, ...fragment }));
}

function sheetOf(spec: WorkbookSpec, name: string) {
  const sheet = spec.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

function edit(spec: WorkbookSpec, change: (spec: WorkbookSpec) => void): WorkbookSpec {
  change(spec);
  return spec;
}

function ole(stream: string): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  for (let i = 0; i < stream.length; i++) bytes[1024 + i * 2] = stream.charCodeAt(i);
  return bytes;
}

function centralDirectory(bytes: Uint8Array): number {
  for (let i = bytes.length - 22; i >= 0; i--) if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6) return new DataView(bytes.buffer).getUint32(i + 16, true);
  throw new Error("no end record");
}

/** Writes every case's input into `dir` and returns the cases. */
export function corpusCases(dir: string): CorpusCase[] {
  let n = 0;
  const file = (name: string, bytes: Uint8Array | string) => {
    const path = join(dir, `${String(++n).padStart(2, "0")}-${name}`);
    writeFileSync(path, bytes);
    return path;
  };
  const xlsx = (name: string, spec: WorkbookSpec) => file(`${name}.xlsx`, buildXlsx(spec));
  const clean = () => cleanSpec();
  const summaryTo = (name: string) => join(dir, `uit-${name}.xlsx`);
  const cases: CorpusCase[] = [];
  const add = (c: CorpusCase) => cases.push(c);

  // --- silent wrong verdicts -----------------------------------------------------------------------------
  add({
    name: "a table ref stopping above the filled rows",
    kind: "verdict",
    input: xlsx("ref-te-kort", edit(clean(), (s) => (sheetOf(s, "Activiteiten").tables![0].ref = sheetOf(s, "Activiteiten").tables![0].ref.replace(/\d+$/, "2")))),
    check: { code: 1, rules: ["rows-below-table"] },
  });
  add({
    name: "formulas without stored results",
    kind: "verdict",
    input: xlsx("formules-zonder-waarde", edit(clean(), (s) => {
      const quota = sheetOf(s, "Taakstelling");
      quota.rows![1][2] = { f: "40+10" };
      quota.rows![2][2] = { f: "40+5" };
    })),
    check: { code: 1, rules: ["formula-without-value"] },
  });
  add({ name: "contract tables without data rows", kind: "verdict", input: xlsx("lege-tabellen", specOfSnapshot(fragmentToSnapshot({}))), check: { code: 1, rules: ["table-empty"] } });
  add({
    name: "a totals row is not an activity",
    kind: "verdict",
    input: xlsx("totaalrij", edit(cleanSpec({ activities: [activity(), activity({ ID: "1.1b" }), { ID: "Totaal", Doelwaarde: 194 }] }), (s) => {
      const table = sheetOf(s, "Activiteiten").tables![0];
      (table as { totalsRowCount?: number }).totalsRowCount = 1;
    })),
    check: { code: 0, rules: ["totals-row"], notRules: ["required-value-missing", "duplicate-id"] },
  });
  add({
    name: "a contract table on another sheet",
    kind: "verdict",
    input: xlsx("tabel-op-ander-blad", edit(clean(), (s) => (sheetOf(s, "Taakstelling").name = "Blad1"))),
    check: { code: 0, rules: ["table-on-other-sheet"] },
  });
  add({
    name: "a contract table under its name on the wrong sheet, the right sheet holding another table",
    kind: "verdict",
    input: xlsx("verwisselde-tabel", edit(clean(), (s) => {
      const quota = sheetOf(s, "Taakstelling");
      quota.name = "Oud";
      s.sheets.push({ name: "Taakstelling", rows: [["Periode", "Taakstelling"], ["2020-H1", 1]], tables: [{ name: "Tabel9", ref: "A1:B2", columns: ["Periode", "Taakstelling"] }] });
    })),
    check: { code: 0, rules: ["table-on-other-sheet"] },
  });

  // --- the 1904 date system --------------------------------------------------------------------------------
  const dated1904 = edit(cleanSpec({ settings: [{ Instelling: "Gemeente", Waarde: "Dronten" }, { Instelling: "Peildatum", Waarde: null }, { Instelling: "Datum bestuurlijk overleg", Waarde: null }] }), (s) => {
    s.date1904 = true;
    const settings = sheetOf(s, "Instellingen");
    settings.rows![2][1] = { date: 45823 - 1462 } as CellSpec;
    settings.rows![3][1] = { date: 45834 - 1462 } as CellSpec;
  });
  add({ name: "a 1904 workbook's Peildatum", kind: "1904", input: xlsx("datum-1904", dated1904), check: { code: 0, referenceDate: "2025-06-15" } });
  add({
    name: "a 1904 workbook's summary copy keeps its dates right",
    kind: "1904",
    input: xlsx("datum-1904-kopie", dated1904),
    check: { code: 0, referenceDate: "2025-06-15" },
    summary: {
      args: ["--met-werkmap"],
      expect: { code: 0 },
      output: summaryTo("1904"),
      verify(output) {
        // The meeting date 26 June 2025 is serial 45834 in the 1900 system; read back through the 1904 copy.
        const snapshot = readXlsx(new Uint8Array(readFileSync(output)), { inflateRaw });
        expect(snapshot.package?.dateSystem).toBe(1904);
        const numbers = snapshot.sheets.find((sh) => sh.name === "BO 2025-06-26")!.values.flat().filter((v) => typeof v === "number");
        expect(numbers).toContain(45834);
        expect(numbers).not.toContain(45834 + 1462);
      },
    },
  });

  // --- the input overwritten --------------------------------------------------------------------------------
  const original = xlsx("werkboek", clean());
  const link = join(dir, `${String(++n).padStart(2, "0")}-link.xlsx`);
  symlinkSync(original, link);
  add({ name: "a symlink as output pointing at the input", kind: "overwrite", input: original, check: { code: 0 }, summary: { args: ["--overschrijven"], output: link, expect: { code: 2, message: "is het invoerbestand zelf" } } });
  const hard = join(dir, `${String(++n).padStart(2, "0")}-harde-koppeling.xlsx`);
  linkSync(original, hard);
  add({ name: "a hard link as output", kind: "overwrite", input: original, check: { code: 0 }, summary: { args: ["--overschrijven"], output: hard, expect: { code: 2, message: "is het invoerbestand zelf" } } });
  add({ name: "the input through another path", kind: "overwrite", input: original, check: { code: 0 }, summary: { args: ["--overschrijven"], output: join(dir, "..", dir.split("/").pop()!, ".", original.split("/").pop()!), expect: { code: 2, message: "is het invoerbestand zelf" } } });
  add({ name: "the input via a symlinked input", kind: "overwrite", input: link, check: { code: 0 }, summary: { args: ["--overschrijven"], output: original, expect: { code: 2, message: "is het invoerbestand zelf" } } });

  // --- crashes and hangs ----------------------------------------------------------------------------------------
  add({
    name: "one value at XFD1048576",
    kind: "crash",
    input: xlsx("verre-cel", edit(clean(), (s) => void s.sheets.push({ name: "Ver weg", sheetDataXml: '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>hier</t></is></c></row>' }))),
    check: { code: 0 },
  });
  add({ name: "a table ref to row 1 048 576", kind: "crash", input: xlsx("ref-tot-onderaan", edit(clean(), (s) => (sheetOf(s, "Activiteiten").tables![0].ref = sheetOf(s, "Activiteiten").tables![0].ref.replace(/\d+$/, "1048576")))), check: { code: 0, rules: ["table-range-invalid"] } });
  add({ name: "a table ref over the whole sheet", kind: "crash", input: xlsx("ref-heel-blad", edit(clean(), (s) => (sheetOf(s, "Partijen").tables![0].ref = "A1:XFD1048576"))), check: { code: 0, rules: ["table-range-invalid"] } });
  add({ name: "a stray value in the last row of a contract sheet", kind: "crash", input: xlsx("verre-cel-in-tabelblad", edit(clean(), (s) => (sheetOf(s, "Taakstelling").tailXml = '<row r="1048576"><c r="XFD1048576"><v>7</v></c></row>'))), check: { code: 0 } });
  add({ name: "/dev/zero", kind: "crash", input: "/dev/zero", check: { code: 2, message: "geen gewoon bestand" } });
  add({ name: "/dev/null", kind: "crash", input: "/dev/null", check: { code: 2, message: "geen gewoon bestand" } });
  const fifo = join(dir, `${String(++n).padStart(2, "0")}-pijp.xlsx`);
  execFileSync("mkfifo", [fifo]);
  add({ name: "a FIFO", kind: "crash", input: fifo, check: { code: 2, message: "geen gewoon bestand" } });
  const folder = join(dir, `${String(++n).padStart(2, "0")}-map.xlsx`);
  mkdirSync(folder);
  add({ name: "a folder", kind: "crash", input: folder, check: { code: 2, message: "is een map" } });

  // --- data loss in copies ---------------------------------------------------------------------------------------
  const withPart = (name: string, part: { name: string; data: string | Uint8Array; contentType: string; rel?: string }) => xlsx(name, edit(clean(), (s) => (s.extraParts = [part])));
  const lossy: [string, { name: string; data: string | Uint8Array; contentType: string; rel?: string }, string][] = [
    ["grafiek", { name: "xl/charts/chart1.xml", data: '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>', contentType: CHART }, "grafieken"],
    ["macro", { name: "xl/vbaProject.bin", data: new Uint8Array([0xd0, 0xcf, 1, 2]), contentType: "application/vnd.ms-office.vbaProject", rel: "http://schemas.microsoft.com/office/2006/relationships/vbaProject" }, "macro's (VBA)"],
    ["externe-koppeling", { name: "xl/externalLinks/externalLink1.xml", data: '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>', contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml", rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" }, "koppelingen naar andere werkmappen"],
    ["metadata", { name: "xl/metadata.xml", data: '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>', contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml", rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata" }, "dynamische matrixformules"],
    ["aangepaste-xml", { name: "customXml/item1.xml", data: '<x xmlns="urn:x"/>', contentType: "application/xml", rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" }, "aangepaste XML-gegevens"],
    ["webextensie", { name: "xl/webextensions/webextension1.xml", data: "<we:webextension xmlns:we=\"http://schemas.microsoft.com/office/webextensions/webextension/2010/11\"/>", contentType: "application/vnd.ms-office.webextension+xml" }, "invoegtoepassingen"],
  ];
  for (const [name, part, words] of lossy) {
    const input = withPart(name, part);
    add({ name: `a copy would drop: ${name}`, kind: "loss", input, check: { code: 0 }, summary: { args: ["--met-werkmap"], output: summaryTo(`${name}-kopie`), expect: { code: 2, message: words } } });
    add({ name: `the summary of a workbook with ${name} is its own workbook`, kind: "loss", input, check: { code: 0 }, summary: { args: [], output: summaryTo(name), expect: { code: 0 } } });
  }
  add({
    name: "control characters in a cell",
    kind: "loss",
    input: xlsx("stuurtekens", cleanSpec({ activities: [activity({ Toelichting: "regel een\u0007\u0001 en twee" }), activity({ ID: "1.1b" })] })),
    check: { code: 0 },
    summary: { args: ["--met-werkmap"], output: summaryTo("stuurtekens"), expect: { code: 2, message: "celwaarden op 'Activiteiten'" } },
  });
  add({
    name: "a municipality name of a megabyte in the page header",
    kind: "loss",
    input: xlsx("lange-gemeentenaam", cleanSpec({ settings: [{ Instelling: "Gemeente", Waarde: "Dronten ".repeat(131_072) }, { Instelling: "Peildatum", Waarde: "2025-06-15" }] })),
    check: { code: 0 },
    summary: {
      args: [],
      output: summaryTo("lange-gemeentenaam"),
      expect: { code: 0 },
      verify(output) {
        const xml = partXml({ zip: openZip(new Uint8Array(readFileSync(output))), inflateRaw }, "xl/worksheets/sheet1.xml")!;
        const header = /<oddHeader>([^<]*)<\/oddHeader>/.exec(xml)![1].replace(/&amp;/g, "&");
        expect(header.length).toBeLessThanOrEqual(255);
        expect(header).toMatch(/^&LGemeente Dronten Dronten .*…&C/);
      },
    },
  });
  add({
    name: "a note over 32 767 characters",
    kind: "loss",
    input: xlsx("lange-toelichting", cleanSpec({ activities: [activity({ Status: "Vertraagd", Toelichting: "x".repeat(40_000) }), activity({ ID: "1.1b" })] })),
    check: { code: 0 },
    summary: {
      args: [],
      output: summaryTo("lange-toelichting"),
      expect: { code: 0 },
      verify(output) {
        const texts = readXlsx(new Uint8Array(readFileSync(output)), { inflateRaw }).sheets.flatMap((sh) => sh.values.flat()).filter((v): v is string => typeof v === "string");
        expect(Math.max(...texts.map((t) => t.length))).toBe(32_767);
      },
    },
  });

  // --- messages that name the real problem -------------------------------------------------------------------
  add({ name: "a password-protected workbook", kind: "message", input: file("beveiligd.xlsx", ole("EncryptedPackage")), check: { code: 2, message: "met een wachtwoord beveiligd" } });
  add({ name: "an old .xls saved as .xlsx", kind: "message", input: file("oud.xlsx", ole("Workbook")), check: { code: 2, message: "oude vorm (.xls" } });
  add({ name: "a zip without a workbook", kind: "message", input: file("foto's.xlsx", buildZip([{ name: "foto.jpg", data: "geen werkboek" }], deflateRaw)), check: { code: 2, message: "zip-bestand zonder Excel-werkmap" } });
  add({ name: "a write into a folder that does not exist", kind: "message", input: original, check: { code: 0 }, summary: { args: [], output: join(dir, "bestaat-niet", "uit.xlsx"), expect: { code: 2, message: /De map '.*bestaat-niet' bestaat niet/ } } });
  add({ name: "a write onto a folder", kind: "message", input: original, check: { code: 0 }, summary: { args: ["--overschrijven"], output: folder, expect: { code: 2, message: "is een map" } } });

  // --- more of our own ----------------------------------------------------------------------------------------------
  const good = buildXlsx(clean());
  const corrupt = (name: string, change: (bytes: Uint8Array) => void) => {
    const bytes = good.slice();
    change(bytes);
    return file(`${name}.xlsx`, bytes);
  };
  add({ name: "a truncated download", kind: "extra", input: file("afgebroken.xlsx", good.subarray(0, Math.floor(good.length * 0.6))), check: { code: 2, message: "beschadigd" } });
  add({ name: "a wrong checksum", kind: "extra", input: corrupt("crc", (b) => (b[centralDirectory(b) + 16] ^= 0xff)), check: { code: 2, message: "beschadigd" } });
  add({ name: "an entry encrypted with a zip password", kind: "extra", input: corrupt("zip-wachtwoord", (b) => (b[centralDirectory(b) + 8] |= 1)), check: { code: 2, message: "zip-wachtwoord" } });
  add({ name: "a zip64 end record", kind: "extra", input: corrupt("zip64", (b) => new DataView(b.buffer).setUint16(b.length - 12, 0xffff, true)), check: { code: 2, message: "zeer grote bestanden" } });
  add({ name: "a compression bomb", kind: "extra", input: file("bom.xlsx", buildZip([{ name: "xl/worksheets/sheet1.xml", data: new Uint8Array(64 * 1024 * 1024) }], deflateRaw)), check: { code: 2, message: "te groot" } });
  add({ name: "broken XML in a sheet", kind: "extra", input: xlsx("kapotte-xml", edit(clean(), (s) => (sheetOf(s, "Taakstelling").sheetDataXml = '<row r="1"><c r="A1"><v>1</v></row>'))), check: { code: 2, message: "het werkblad 'Taakstelling' is onleesbaar" } });
  add({ name: "a shared string that does not exist", kind: "extra", input: xlsx("verkeerde-tekstverwijzing", edit(clean(), (s) => (sheetOf(s, "Partijen").sheetDataXml = '<row r="1"><c r="A1" t="s"><v>9999</v></c></row>'))), check: { code: 2, message: "het werkblad 'Partijen' is onleesbaar" } });
  add({ name: "an entity expansion bomb", kind: "extra", input: xlsx("entiteiten", edit(clean(), (s) => (s.override = { "xl/sharedStrings.xml": '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><sst><si><t>&b;</t></si></sst>' }))), check: { code: 2, message: "beschadigd" } });
  add({ name: "a missing worksheet part", kind: "extra", input: xlsx("ontbrekend-blad", edit(clean(), (s) => (s.override = { "xl/worksheets/sheet3.xml": null }))), check: { code: 2, message: "het werkblad 'Metingen' is onleesbaar" } });
  add({ name: "a binary workbook (.xlsb)", kind: "extra", input: file("binair.xlsx", buildZip([{ name: "[Content_Types].xml", data: "<Types/>" }, { name: "xl/workbook.bin", data: "x" }], deflateRaw)), check: { code: 2, message: "binaire Excel-werkmap" } });
  add({ name: "an OpenDocument spreadsheet", kind: "extra", input: file("rekenblad.xlsx", buildZip([{ name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet" }, { name: "content.xml", data: "<x/>" }], deflateRaw)), check: { code: 2, message: "OpenDocument" } });
  add({ name: "a text file named .xlsx", kind: "extra", input: file("notities.xlsx", "dit is geen werkboek"), check: { code: 2, message: "geen leesbare Excel-werkmap" } });
  add({ name: "an empty file", kind: "extra", input: file("leeg.xlsx", ""), check: { code: 2, message: "geen leesbare Excel-werkmap" } });
  add({ name: "a workbook without any cell", kind: "extra", input: xlsx("zonder-cellen", { sheets: [{ name: "Blad1" }] }), check: { code: 2, message: "is leeg" } });
  add({ name: "Strict Open XML", kind: "extra", input: xlsx("strict", edit(clean(), (s) => (s.strict = true))), check: { code: 0 } });
  add({ name: "hidden and very hidden contract sheets are still checked", kind: "extra", input: xlsx("verborgen", edit(cleanSpec({ quota: [{ Periode: "2024-H1", Taakstelling: -46 }] }), (s) => ((sheetOf(s, "Taakstelling").state = "veryHidden"), (sheetOf(s, "Partijen").state = "hidden")))), check: { code: 1, rules: ["negative-count"] } });
  add({ name: "an unreadable table ref", kind: "extra", input: xlsx("onleesbare-ref", edit(clean(), (s) => (sheetOf(s, "Taakstelling").tables![0].ref = "A1:F"))), check: { code: 0, rules: ["table-range-invalid"] } });
  add({
    name: "a table with its header row switched off",
    kind: "extra",
    input: xlsx("zonder-kopregel", edit(clean(), (s) => {
      const quota = sheetOf(s, "Taakstelling");
      const table = quota.tables![0];
      quota.rows = quota.rows!.slice(1);
      table.headerRowCount = 0;
      table.ref = table.ref.replace(/\d+$/, String(quota.rows.length));
    })),
    check: { code: 0, notRules: ["table-missing", "column-missing"] },
  });
  add({ name: "cells and rows written without references", kind: "extra", input: xlsx("zonder-r", edit(clean(), (s) => (sheetOf(s, "Partijen").sheetDataXml = '<row><c t="inlineStr"><is><t>Partij</t></is></c><c t="inlineStr"><is><t>Afkorting</t></is></c><c t="inlineStr"><is><t>Rol</t></is></c></row><row><c t="inlineStr"><is><t>Gemeente Dronten</t></is></c><c/><c t="inlineStr"><is><t>Gemeente</t></is></c></row><row><c t="inlineStr"><is><t>Oost Flevoland Woondiensten</t></is></c><c t="inlineStr"><is><t>OFW</t></is></c><c t="inlineStr"><is><t>Corporatie</t></is></c></row><row><c t="inlineStr"><is><t>Huurders Belangen Vereniging</t></is></c><c t="inlineStr"><is><t>HBV</t></is></c><c t="inlineStr"><is><t>Huurdersorganisatie</t></is></c></row>'))), check: { code: 0 } });
  add({ name: "a partner's sheet without tables", kind: "extra", input: xlsx("partnerblad", { sheets: [{ name: "Blad1", rows: [["Iets", "anders"]] }] }), check: { code: 1, rules: ["table-missing"] } });
  return cases;
}
