// The yearly round on files, end to end: `uitvraag` on the sample, a return filled by script, `bundel` back.
import ExcelJS from "exceljs";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/main";
import { readWorkbookFile, snapshotOfBytes } from "../../src/cli/readWorkbook";
import { cellAddress } from "../../src/core/address";
import type { CellValue } from "../../src/core/cell";
import { isoToExcelSerial } from "../../src/core/parse/isoDate";
import { cellAt } from "../../src/core/locate/sheetGrid";
import { buildModel } from "../../src/core/model/workbookModel";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { openZip, rawData } from "../../src/xlsx/zip";
import { SAMPLE } from "../core/summary/sample";

jest.setTimeout(60_000); // the file library (ExcelJS) writes and reads several workbooks

const TODAY = "2025-06-15";
const dir = mkdtempSync(join(tmpdir(), "bm-round-"));

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), today: () => TODAY });
  return { code, stdout, stderr };
}

/** The sheet name, Excel row and 0-based column of an activity's cell in an overview or return. */
function activityCell(snapshot: WorkbookSnapshot, id: string, key: string): { sheet: string; row: number; column: number } {
  const table = buildModel(snapshot).tables.activities!;
  const row = table.filledRows.find((r) => r.text("id") === id);
  if (!row) throw new Error(`no activity ${id}`);
  return { sheet: table.sheet, row: row.row, column: table.columnIndex(key)! };
}

/** Every filled cell of every sheet as `sheet!A1 → value`. */
function cells(snapshot: WorkbookSnapshot): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  for (const sheet of snapshot.sheets) {
    sheet.values.forEach((line, r) =>
      line?.forEach((value, c) => {
        if (value !== null && value !== undefined) out.set(`${sheet.name}!${cellAddress(sheet.origin.row + r, sheet.origin.column + c)}`, value);
      }),
    );
  }
  return out;
}

/** Zip entries whose stored bytes differ between two packages (or that only one has). */
function changedEntries(before: Uint8Array, after: Uint8Array): string[] {
  const a = openZip(before);
  const b = openZip(after);
  const out: string[] = [];
  for (const entry of b.entries) {
    const twin = a.byName.get(entry.name.toLowerCase());
    if (!twin || !Buffer.from(rawData(a, twin)).equals(Buffer.from(rawData(b, entry)))) out.push(entry.name);
  }
  for (const entry of a.entries) if (!b.byName.has(entry.name.toLowerCase())) out.push(`-${entry.name}`);
  return out.sort();
}

/** Finds the row of an ID in an ExcelJS sheet (column A holds the ID in a return). */
function rowOf(sheet: ExcelJS.Worksheet, id: string): ExcelJS.Row {
  for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(1).value === id) return sheet.getRow(r);
  throw new Error(`no row ${id}`);
}

function headerColumn(sheet: ExcelJS.Worksheet, header: string, headerRow = 3): number {
  const row = sheet.getRow(headerRow);
  for (let c = 1; c <= sheet.columnCount; c++) if (row.getCell(c).value === header) return c;
  throw new Error(`no column ${header}`);
}

describe("uitvraag → retour → bundel on the sample", () => {
  const overview = join(dir, "overzicht.xlsx");
  let overviewBytes: Buffer;
  let overviewSnapshot: WorkbookSnapshot;

  beforeAll(async () => {
    copyFileSync(SAMPLE, overview);
    overviewBytes = readFileSync(overview);
    overviewSnapshot = (await readWorkbookFile(overview)).snapshot;
  });

  it("writes one return per party that is asked something, each a workbook the check reads, naming its party", async () => {
    const folder = mkdtempSync(join(dir, "uitvraag-"));
    const result = await cli(["uitvraag", overview, "-o", folder]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const files = readdirSync(folder).sort();
    const parties = buildModel(overviewSnapshot).parties.parties;
    expect(files.length).toBeGreaterThan(1);
    expect(files.length).toBeLessThanOrEqual(parties.length);
    expect(files).toContain("retour-ofw.xlsx");
    expect(result.stdout).toContain(`Uitvraag geschreven voor ${files.length} partijen`);
    for (const file of files) {
      const { snapshot } = await readWorkbookFile(join(folder, file));
      const settings = buildModel(snapshot).tables.settings!.filledRows.map((r) => [r.text("name"), r.text("value")]);
      expect(settings.find(([name]) => name === "Partij")?.[1]).toBeTruthy();
      const check = await cli(["check", join(folder, file), "--json"]);
      expect(JSON.parse(check.stdout).findings.filter((f: { category: string }) => f.category === "structure")).toEqual([]);
    }
    expect(readFileSync(overview).equals(overviewBytes)).toBe(true);
    // Never over an existing file without --overschrijven: nothing is written, the files stay as they were.
    const again = await cli(["uitvraag", overview, "-o", folder, "--partij", "OFW"]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/bestaat al.*--overschrijven/);
  });

  it("bundles a return filled by script back: the answers land in their cells, everything else stays, the untouched parts byte for byte", async () => {
    const folder = mkdtempSync(join(dir, "round-"));
    expect((await cli(["uitvraag", overview, "-o", folder, "--partij", "OFW"])).code).toBe(0);
    const returnPath = join(folder, "retour-ofw.xlsx");

    // OFW fills its return in a spreadsheet program: answers for two activities it leads, a new activity.
    const { snapshot: asked } = await readWorkbookFile(returnPath);
    const model = buildModel(asked);
    const lead = model.tables.activities!.filledRows.filter((r) => /ofw|oost flevoland/i.test(r.text("lead"))).map((r) => r.text("id"));
    expect(lead.length).toBeGreaterThanOrEqual(2);
    const [first, second] = lead;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(returnPath);
    const sheet = workbook.getWorksheet("Activiteiten")!;
    const col = (header: string) => headerColumn(sheet, header);
    rowOf(sheet, first).getCell(col("Status")).value = "Gereed";
    rowOf(sheet, first).getCell(col("Toelichting")).value = '=HYPERLINK("https://ofw.example/verslag")';
    rowOf(sheet, first).getCell(col("Laatst bijgewerkt")).value = new Date(Date.UTC(2025, 5, 10));
    rowOf(sheet, second).getCell(col("Realisatie")).value = 42;
    rowOf(sheet, second).getCell(col("Toelichting")).value = "-5 woningen t.o.v. plan";
    const filledPath = join(folder, "retour-ofw-ingevuld.xlsx");
    await workbook.xlsx.writeFile(filledPath);
    const returnBytes = readFileSync(filledPath);

    const output = join(folder, "gebundeld.xlsx");
    const result = await cli(["bundel", overview, filledPath, "-o", output, "--json"]);
    expect(result.stderr).toBe("");
    const json = JSON.parse(result.stdout);
    expect(result.code).toBe(json.conflicts.length > 0 ? 1 : 0);
    expect(json).toMatchObject({ overview, output, counts: expect.objectContaining({ added: 0 }), check: expect.objectContaining({ error: expect.any(Number) }) });
    expect(json.returns).toEqual([expect.objectContaining({ file: filledPath, party: "Oost Flevoland Woondiensten", partyFrom: "setting" })]);

    const expected = new Map<string, CellValue>([
      [activityCell(overviewSnapshot, first, "status"), "Gereed"],
      [activityCell(overviewSnapshot, first, "note"), '=HYPERLINK("https://ofw.example/verslag")'],
      [activityCell(overviewSnapshot, first, "updated"), isoToExcelSerial("2025-06-10")],
      [activityCell(overviewSnapshot, second, "actual"), 42],
      [activityCell(overviewSnapshot, second, "note"), "-5 woningen t.o.v. plan"],
    ].map(([at, value]) => {
      const { sheet: name, row, column } = at as { sheet: string; row: number; column: number };
      return [`${name}!${cellAddress(row, column)}`, value as CellValue];
    }));
    // Where the overview already said the same, nothing is written; every other answer is a taken value.
    const takenCells = new Set(json.taken.map((t: { sheet: string; cell: string }) => `${t.sheet}!${t.cell}`));
    const conflictCells = new Set(json.conflicts.map((t: { sheet: string; cell: string }) => `${t.sheet}!${t.cell}`));
    const before = cells(overviewSnapshot);
    for (const [at, value] of expected) {
      if (before.get(at) === value) continue;
      expect([at, takenCells.has(at) || conflictCells.has(at)]).toEqual([at, true]);
    }

    const bytes = new Uint8Array(readFileSync(output));
    const after = cells(snapshotOfBytes(bytes, output));
    const bundlingSheet = snapshotOfBytes(bytes, output).sheets.at(-1)!.name;
    expect(bundlingSheet).toBe(`Bundeling ${TODAY}`);
    // Whole snapshot before and after: only the taken cells changed, to exactly the filled answers.
    for (const [at, value] of before) {
      if (takenCells.has(at)) continue;
      expect([at, after.get(at)]).toEqual([at, value]);
    }
    for (const [at, value] of after) {
      if (at.startsWith(`${bundlingSheet}!`)) continue;
      if (takenCells.has(at)) {
        const wanted = expected.get(at);
        if (wanted !== undefined) expect([at, value]).toEqual([at, wanted]);
        continue;
      }
      expect([at, before.get(at)]).toEqual([at, value]);
    }
    for (const at of takenCells) expect(expected.has(at as string)).toBe(true);
    expect(takenCells.size).toBeGreaterThanOrEqual(4);
    expect(json.conflicts).toEqual([]);
    // The text that looks like a formula is text in the copy: no formula part was written.
    const activitySheet = overviewSnapshot.sheets.find((s) => s.name === "Activiteiten")!;
    const noteCell = activityCell(overviewSnapshot, first, "note");
    expect(typeof cellAt(snapshotOfBytes(bytes, output).sheets.find((s) => s.name === "Activiteiten")!, noteCell.row, noteCell.column)).toBe("string");
    expect(activitySheet).toBeDefined();

    // Package parts: only the edited sheet, the styles (a date format), the sheet list and the new sheet differ.
    const changed = changedEntries(new Uint8Array(overviewBytes), bytes);
    const allowed = /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/worksheets\/sheet\d+\.xml)$/;
    expect(changed.filter((name) => !allowed.test(name))).toEqual([]);
    expect(changed.filter((name) => /worksheets/.test(name))).toHaveLength(2); // Activiteiten and the new Bundeling sheet

    // The inputs are byte for byte what they were.
    expect(readFileSync(overview).equals(overviewBytes)).toBe(true);
    expect(readFileSync(filledPath).equals(returnBytes)).toBe(true);
  });

  it("bundles a partner's own layout (a plain sheet, a title row, alias headers) named on the command line, adding its new row to the table", async () => {
    const folder = mkdtempSync(join(dir, "partner-"));
    const ids = buildModel(overviewSnapshot).tables.activities!.filledRows.filter((r) => /^ofw$|oost flevoland/i.test(r.text("lead"))).map((r) => r.text("id"));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Blad1");
    sheet.addRow(["Voortgang prestatieafspraken OFW, juni 2025"]);
    sheet.addRow([]);
    sheet.addRow(["Nr", "Afspraak", "Uitvoering", "Status", "Toelichting"]);
    sheet.addRow([ids[0], null, null, "Vertraagd", "Aanbesteding loopt uit"]);
    sheet.addRow(["9.99", "Nieuwe afspraak over huurderscommunicatie", "2026", "Niet gestart", null]);
    const returnPath = join(folder, "ofw-voortgang.xlsx");
    await workbook.xlsx.writeFile(returnPath);
    const returnBytes = readFileSync(returnPath);

    const output = join(folder, "gebundeld.xlsx");
    const missingParty = await cli(["bundel", overview, returnPath, "-o", output]);
    expect(missingParty.code).toBe(2);
    expect(missingParty.stderr).toContain(`${returnPath}: van welke partij is deze retour?`);

    const result = await cli(["bundel", overview, "--partij", "OFW", returnPath, "-o", output, "--json"]);
    expect(result.stderr).toBe("");
    const json = JSON.parse(result.stdout);
    expect(json.returns[0]).toMatchObject({ file: returnPath, party: "Oost Flevoland Woondiensten", partyFrom: "caller", added: 1 });
    const at = activityCell(overviewSnapshot, ids[0], "status");
    expect(json.taken).toContainEqual(expect.objectContaining({ id: ids[0], column: "Status", to: "Vertraagd", sheet: "Activiteiten", cell: cellAddress(at.row, at.column) }));
    expect(json.added).toEqual([expect.objectContaining({ id: "9.99", sheet: "Activiteiten", sourceSheet: "Blad1", sourceRow: 5 })]);

    const copy = snapshotOfBytes(new Uint8Array(readFileSync(output)), output);
    const table = copy.tables.find((t) => t.name === "tblActiviteiten")!;
    const before = overviewSnapshot.tables.find((t) => t.name === "tblActiviteiten")!;
    const row = json.added[0].row as number;
    expect(table.address.replace(/\d+$/, "")).toBe(before.address.replace(/\d+$/, ""));
    expect(Number(/\d+$/.exec(table.address)![0])).toBe(row);
    const added = activityCell(copy, "9.99", "agreement");
    expect(added.row).toBe(row);
    expect(cellAt(copy.sheets.find((s) => s.name === "Activiteiten")!, row, added.column)).toBe("Nieuwe afspraak over huurderscommunicatie");
    expect(readFileSync(overview).equals(overviewBytes)).toBe(true);
    expect(readFileSync(returnPath).equals(returnBytes)).toBe(true);
  });
});
