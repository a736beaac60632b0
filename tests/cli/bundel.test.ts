// `beleidsmonitor bundel` on small built workbooks: what the patched copy keeps, and every refusal with its message.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { snapshotOfBytes } from "../../src/cli/readWorkbook";
import { isoToExcelSerial } from "../../src/core/parse/isoDate";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { partXml } from "../../src/xlsx/readXlsx";
import { openZip } from "../../src/xlsx/zip";
import { activity, overviewSnapshot, returnSnapshot, valueAt } from "../core/merge/helpers";
import { buildXlsx, inflateRaw, specOfSnapshot, type WorkbookSpec } from "../xlsx/buildXlsx";
import { runCli } from "./runCli";

const dir = mkdtempSync(join(tmpdir(), "bm-bundel-"));
let counter = 0;

function write(name: string, bytes: Uint8Array): string {
  const folder = join(dir, `case-${++counter}`);
  mkdirSync(folder, { recursive: true });
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}

function fileOf(snapshot: WorkbookSnapshot, name: string, edit: (spec: WorkbookSpec) => void = () => undefined): string {
  const spec = specOfSnapshot(snapshot);
  edit(spec);
  return write(name, buildXlsx(spec));
}

/** Status of 1.1a answered by its trekker OFW. */
const OFW_ANSWER = returnSnapshot("OFW", { activities: [activity({ ID: "1.1a", Trekker: "OFW", Status: "Gereed", "Laatst bijgewerkt": isoToExcelSerial("2025-06-10") })] });

function read(path: string): WorkbookSnapshot {
  return snapshotOfBytes(new Uint8Array(readFileSync(path)), path);
}

/** Column of a header on the overview's Activiteiten sheet (row 1 in these fragments). */
function column(snapshot: WorkbookSnapshot, header: string): number {
  const sheet = snapshot.sheets.find((s) => s.name === "Activiteiten")!;
  return sheet.values[0].indexOf(header) + sheet.origin.column;
}

describe("beleidsmonitor bundel", () => {
  it("writes the answer in the workbook's own date system (1904) and keeps the file's date system", async () => {
    const overview = fileOf(overviewSnapshot(), "overzicht.xlsx", (spec) => (spec.date1904 = true));
    const ret = fileOf(OFW_ANSWER, "retour-ofw.xlsx");
    const output = join(dir, `1904-${counter}.xlsx`);
    const result = await runCli(["bundel", overview, ret, "-o", output]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Gebundeld:");
    const copy = read(output);
    expect(copy.package?.dateSystem).toBe(1904);
    const before = read(overview);
    expect(valueAt(copy, "Activiteiten", 2, column(before, "Status"))).toBe("Gereed");
    expect(valueAt(copy, "Activiteiten", 2, column(before, "Laatst bijgewerkt"))).toBe(isoToExcelSerial("2025-06-10"));
  });

  it("keeps a formula of the overview: a different answer there is a conflict (exit code 1), the formula stays", async () => {
    const base = overviewSnapshot();
    const status = column(base, "Status");
    const overview = fileOf(base, "overzicht.xlsx", (spec) => {
      spec.sheets.find((s) => s.name === "Activiteiten")!.rows![1][status] = { f: 'IF(1,"In uitvoering","")', v: "In uitvoering" };
    });
    const ret = fileOf(OFW_ANSWER, "retour-ofw.xlsx");
    const output = join(dir, `formula-${counter}.xlsx`);
    const result = await runCli(["bundel", overview, ret, "-o", output, "--json"]);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json.conflicts).toEqual([expect.objectContaining({ id: "1.1a", column: "Status", reason: "formula-cell", kept: "In uitvoering" })]);
    const zip = openZip(new Uint8Array(readFileSync(output)));
    expect(partXml({ zip, inflateRaw }, "xl/worksheets/sheet1.xml")).toContain("<f>IF(1,&quot;In uitvoering&quot;,&quot;&quot;)</f>");
    expect(result.stdout).not.toContain("beleidsmonitor:");
  });

  it("puts no new row above a table's totals row: the row is listed with what to do, the table keeps its size", async () => {
    const base = overviewSnapshot();
    const overview = fileOf(base, "overzicht.xlsx", (spec) => {
      const table = spec.sheets.find((s) => s.name === "Activiteiten")!.tables![0];
      table.ref = table.ref.replace(/\d+$/, (n) => String(Number(n) + 1));
      table.totalsRowCount = 1;
    });
    const ret = fileOf(returnSnapshot("OFW", { activities: [activity({ ID: "7.1", Trekker: "OFW", Afspraak: "Nieuw" })] }), "retour-ofw.xlsx");
    const output = join(dir, `totals-${counter}.xlsx`);
    const result = await runCli(["bundel", overview, ret, "-o", output, "--json"]);
    expect(result.stderr).toBe("");
    const json = JSON.parse(result.stdout);
    expect(json.added).toEqual([]);
    expect(json.listed).toEqual(expect.arrayContaining([expect.objectContaining({ id: "7.1", reason: "totals-row" })]));
    expect(read(output).tables.find((t) => t.name === "tblActiviteiten")!.address).toBe(read(overview).tables.find((t) => t.name === "tblActiviteiten")!.address);
  });

  it("adds rows below a plain range (an overview without tables), each cell with the look of the one above", async () => {
    const overview = fileOf(overviewSnapshot(), "overzicht.xlsx", (spec) => spec.sheets.forEach((s) => delete s.tables));
    const ret = fileOf(returnSnapshot("OFW", { activities: [activity({ ID: "7.1", Trekker: "OFW", Afspraak: "Nieuw" })] }), "retour-ofw.xlsx");
    const output = join(dir, `plain-${counter}.xlsx`);
    const result = await runCli(["bundel", overview, ret, "-o", output, "--json"]);
    expect(result.stderr).toBe("");
    const json = JSON.parse(result.stdout);
    expect(json.added).toEqual([expect.objectContaining({ id: "7.1", row: 5 })]);
    expect(valueAt(read(output), "Activiteiten", 5, 0)).toBe("7.1");
  });

  it("names what stops it: a return without a party, an unknown party, the same file twice, an unreadable return", async () => {
    const overview = fileOf(overviewSnapshot(), "overzicht.xlsx");
    const noParty = fileOf(returnSnapshot(null, { activities: [activity({ ID: "1.1a" })] }), "zonder-partij.xlsx");
    const output = join(dir, `refused-${counter}.xlsx`);
    const first = await runCli(["bundel", overview, noParty, "-o", output, "--json"]);
    expect(first.code).toBe(2);
    expect(first.stderr).toContain(`${noParty}: van welke partij is deze retour?`);
    expect(JSON.parse(first.stdout)).toMatchObject({ output: null, problems: [{ kind: "no-party", file: noParty }] });

    const unknown = await runCli(["bundel", overview, "--partij", "Woonstede", noParty, "-o", output]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("de partij 'Woonstede' staat niet in Partijen van het overzicht");

    const ofw = fileOf(OFW_ANSWER, "retour-ofw.xlsx");
    const link = join(dir, `link-${counter}.xlsx`);
    symlinkSync(ofw, link);
    const twice = await runCli(["bundel", overview, ofw, link, "-o", output]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain("is hetzelfde bestand als");

    const broken = write("kapot.xlsx", new TextEncoder().encode("dit is geen werkmap"));
    const unreadable = await runCli(["bundel", overview, broken, "-o", output]);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toContain("kapot.xlsx");
    expect(existsSync(output)).toBe(false);
  });

  it("never writes over an input or an existing file without --overschrijven, and needs -o", async () => {
    const overview = fileOf(overviewSnapshot(), "overzicht.xlsx");
    const ret = fileOf(OFW_ANSWER, "retour-ofw.xlsx");
    const before = readFileSync(overview);
    const onInput = await runCli(["bundel", overview, ret, "-o", overview, "--overschrijven"]);
    expect(onInput.code).toBe(2);
    expect(onInput.stderr).toContain("is het invoerbestand zelf");
    expect(readFileSync(overview).equals(before)).toBe(true);

    const existing = join(dir, `bestaand-${counter}.xlsx`);
    writeFileSync(existing, "oud");
    const refused = await runCli(["bundel", overview, ret, "-o", existing]);
    expect(refused.code).toBe(2);
    expect(readFileSync(existing, "utf8")).toBe("oud");
    expect((await runCli(["bundel", overview, ret, "-o", existing, "--overschrijven"])).code).toBe(0);
    expect(read(existing).sheets.at(-1)!.name).toBe("Bundeling 2025-06-15");

    const noOutput = await runCli(["bundel", overview, ret]);
    expect(noOutput.code).toBe(2);
    expect(noOutput.stderr).toContain("-o <gebundeld.xlsx>");
  });
});
