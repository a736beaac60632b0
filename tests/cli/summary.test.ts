import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/main";
import { parseArgs } from "../../src/cli/parseArgs";
import { writeSummarySheet } from "../../src/cli/writeSummary";
import { buildSummary } from "../../src/core/summary/buildSummary";
import { TRAFFIC_LIGHT_COLORS } from "../../src/core/summary/summaryStyles";
import { checked, OPTIONS, rowOf, SAMPLE, sampleSnapshot } from "../core/summary/sample";
import { runCli } from "./runCli";

jest.setTimeout(30_000); // writing loads the file library (ExcelJS) once, seconds on a busy machine
const dir = mkdtempSync(join(tmpdir(), "bm-summary-"));
let counter = 0;

/** A fresh copy of the sample in its own folder, so default output names never collide. */
function sampleCopy(edit?: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const folder = mkdtempSync(join(dir, `case-${++counter}-`));
  const path = join(folder, "Voorbeeld.xlsx");
  if (!edit) {
    copyFileSync(SAMPLE, path);
    return Promise.resolve(path);
  }
  const workbook = new ExcelJS.Workbook();
  return workbook.xlsx
    .readFile(SAMPLE)
    .then(() => edit(workbook))
    .then(() => workbook.xlsx.writeFile(path))
    .then(() => path);
}

async function summarize(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t), today: () => "2025-06-20", now: () => "2025-06-20T14:03" };
  const code = await run(["summary", ...argv], io);
  return { code, stdout, stderr };
}

async function readSheet(path: string, name: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name} in ${path}`);
  return sheet;
}

/** The first row from `from` whose column (A by default) holds `text`. */
function findRow(sheet: ExcelJS.Worksheet, text: string, column = 1, from = 1): number {
  for (let r = from; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(column).value === text) return r;
  throw new Error(`no row '${text}'`);
}

describe("beleidsmonitor summary", () => {
  it("writes a workbook of its own next to the input with the BO sheet, leaving the input byte for byte unchanged", async () => {
    const input = await sampleCopy();
    const before = readFileSync(input);
    const result = await summarize([input]);
    const output = join(input, "..", "Voorbeeld BO 2025-06-26.xlsx");
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toContain(`Samenvatting geschreven: ${output} (blad 'BO 2025-06-26')`);
    expect(result.stdout).toContain("Let op: de controle vond 8 fouten");
    expect(readFileSync(input).equals(before)).toBe(true);
    const sheet = await readSheet(output, "BO 2025-06-26");
    expect(sheet.getCell("A1").value).toBe("Bestuurlijk overleg 26 juni 2025 — samenvatting");
    expect(sheet.getCell(`C${findRow(sheet, "Opgesteld op")}`).value).toBe("20 juni 2025 om 14:03");
  });

  it("holds the counts, statuses and ledger numbers, as values, with text cells as strings", async () => {
    const input = await sampleCopy();
    const output = join(dir, `ledger-${counter}.xlsx`);
    expect((await summarize([input, "-o", output])).code).toBe(0);
    const sheet = await readSheet(output, "BO 2025-06-26");

    const theme = findRow(sheet, "Samenwerking");
    expect([3, 4, 5, 6, 7, 8, 9, 10].map((c) => sheet.getRow(theme).getCell(c).value)).toEqual([0, 4, 0, 0, 0, 0, 4, 0]);
    const h2024 = findRow(sheet, "2e helft 2024", 2);
    expect([3, 4, 5, 6, 7, 8, 9, 10].map((c) => sheet.getRow(h2024).getCell(c).value)).toEqual([42, 114, 66, -48, 48, 98, -32, null]);
    expect(sheet.getCell(`C${findRow(sheet, "Achterstand na 2e helft 2024")}`).value).toBe("32 volgens de tabel (berekend 48)");
    const shortfall = findRow(sheet, "Verwacht tekort op 1 juli 2025", 1, h2024);
    expect([3, 4].map((c) => sheet.getRow(shortfall).getCell(c).value)).toEqual([15, 31]) // as stated, then computed;

    const bz4 = sheet.getCell(`J${findRow(sheet, "BZ-4")}`);
    expect(bz4.value).toBe("achter");
    expect(bz4.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: `FF${TRAFFIC_LIGHT_COLORS.orange.fill.slice(1)}` } });
    const baseline = sheet.getCell(`D${findRow(sheet, "BZ-4")}`);
    expect([baseline.value, baseline.numFmt]).toEqual([0.079, '0.0%" (2024)"']);
    const meeting = sheet.getCell(`C${findRow(sheet, "Datum bestuurlijk overleg")}`);
    expect([meeting.value, meeting.numFmt]).toEqual([new Date("2025-06-26T00:00:00.000Z"), "[$-413]d mmmm yyyy"]); // a real date, read back as one

    let formulas = 0;
    sheet.eachRow((row) => row.eachCell((cell) => void (cell.formula ? formulas++ : 0)));
    expect(formulas).toBe(0);
    expect(sheet.getCell("A1").type).toBe(ExcelJS.ValueType.String);
  });

  it("sets A4 landscape, one page wide, repeated title rows, header, footer and the data bars", async () => {
    const input = await sampleCopy();
    const output = join(dir, `print-${counter}.xlsx`);
    await summarize([input, "-o", output]);
    const sheet = await readSheet(output, "BO 2025-06-26");
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:2" });
    expect(sheet.headerFooter.oddHeader).toBe("&LGemeente Dronten&CBestuurlijk overleg 26 juni 2025&RPeildatum 15 juni 2025");
    expect(sheet.headerFooter.oddFooter).toBe("&LBeleidsmonitor 0.1.0 · 20 juni 2025 om 14:03&C&A&RPagina &P van &N");
    const bars = (sheet as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] }).conditionalFormattings;
    expect(bars.map((f) => f.rules[0].type)).toEqual(["dataBar", "dataBar", "dataBar"]);
    expect(sheet.getCell(`A${findRow(sheet, "3. Taakstelling vergunninghouders") + 1}`).value).toBeNull();
    const note = [...Array(sheet.rowCount).keys()].map((r) => sheet.getCell(`A${r + 1}`).value).find((v) => typeof v === "string" && v.startsWith("Grafiek:"));
    expect(note).toContain("balken in de kolommen Opgave en Gehuisvest");
  });

  it("keeps formula-looking text from the workbook as text", async () => {
    const texts = ['=HYPERLINK("x")', "+31 6 12345678", "-5 woningen"];
    const input = await sampleCopy((workbook) => {
      const activities = workbook.getWorksheet("Activiteiten")!;
      const rowOfId = (id: string) => findRow(activities, id);
      activities.getCell(`J${rowOfId("1.2c")}`).value = texts[0];
      activities.getCell(`J${rowOfId("PvA-1")}`).value = texts[1];
      activities.getCell(`J${rowOfId("PvA-2")}`).value = texts[2];
    });
    const output = join(dir, `text-${counter}.xlsx`);
    expect((await summarize([input, "-o", output])).code).toBe(0);
    const sheet = await readSheet(output, "BO 2025-06-26");
    for (const [id, text] of [["1.2c", texts[0]], ["PvA-1", texts[1]], ["PvA-2", texts[2]]]) {
      const cell = sheet.getCell(`J${findRow(sheet, id)}`);
      expect(cell.value).toBe(text);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.numFmt).toBe("@");
    }
  });

  it("with --met-werkmap adds a numbered sheet to the copy instead of overwriting one, and the request sheet with --uitvraag", async () => {
    const input = await sampleCopy((workbook) => void workbook.addWorksheet("BO 2025-06-26").addRow(["vorige samenvatting"]));
    const output = join(dir, `numbered-${counter}.xlsx`);
    const result = await summarize([input, "-o", output, "--uitvraag", "--met-werkmap"]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("(blad 'BO 2025-06-26 (2)' en 'Uitvraag 2025-06-26')");
    expect((await readSheet(output, "BO 2025-06-26")).getCell("A1").value).toBe("vorige samenvatting");
    expect((await readSheet(output, "BO 2025-06-26 (2)")).getCell("A1").value).toBe("Bestuurlijk overleg 26 juni 2025 — samenvatting");
    const request = await readSheet(output, "Uitvraag 2025-06-26");
    expect(request.getCell("A1").value).toBe("Uitvraag gegevens prestatieafspraken");
    const firstTable = findRow(request, "Nr.");
    const heading = Array.from({ length: 6 }, (_, k) => request.getCell(`A${firstTable - 1 - k}`).value).find((v) => typeof v === "string" && v.startsWith("Uitvraag voor"));
    expect(heading).toMatch(/^Uitvraag voor Gemeente Dronten — \d+ punten$/);
    expect(request.getCell(`B${firstTable + 1}`).value).toMatch(/^Activiteit /);
  });

  it("takes the meeting date from --datum, and English words from --lang en", async () => {
    const input = await sampleCopy();
    const output = join(dir, `english-${counter}.xlsx`);
    expect((await summarize([input, "-o", output, "--datum", "2025-09-18", "--lang", "en"])).stdout).toContain("Summary written:");
    const sheet = await readSheet(output, "BO 2025-09-18");
    expect(sheet.getCell("A1").value).toBe("Administrative meeting 18 September 2025 — summary");
  });

  it("refuses to overwrite an existing output unless --overschrijven is given, and never the input", async () => {
    const input = await sampleCopy();
    const output = join(dir, `exists-${counter}.xlsx`);
    writeFileSync(output, "niet overschrijven");
    const refused = await summarize([input, "-o", output]);
    expect(refused).toMatchObject({ code: 2, stdout: "" });
    expect(refused.stderr).toContain("bestaat al");
    expect(readFileSync(output, "utf8")).toBe("niet overschrijven");
    expect((await summarize([input, "-o", output, "--overschrijven"])).code).toBe(0);
    expect((await readSheet(output, "BO 2025-06-26")).getCell("A1").value).toContain("Bestuurlijk overleg");

    const before = readFileSync(input);
    const self = await summarize([input, "-o", input, "--overschrijven"]);
    expect(self.code).toBe(2);
    expect(self.stderr).toContain("is het invoerbestand zelf");
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it("asks for --datum when neither it nor Instellingen gives a meeting date", async () => {
    const input = await sampleCopy((workbook) => {
      const settings = workbook.getWorksheet("Instellingen")!;
      settings.getCell(`B${findRow(settings, "Datum bestuurlijk overleg")}`).value = null;
    });
    const result = await summarize([input]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Geef de datum op met --datum JJJJ-MM-DD");
    expect(existsSync(join(input, "..", "Voorbeeld BO 2025-06-26.xlsx"))).toBe(false);
  });

  it.each([
    [["summary"], "Geef de werkmap op: beleidsmonitor summary"],
    [["summary", "x.xlsx", "--datum", "26-6-2025"], "--datum verwacht een datum als JJJJ-MM-DD"],
    [["summary", "x.xlsx", "-o"], "-o verwacht een bestandsnaam"],
    [["summary", "x.xlsx", "--json"], "Onbekende optie '--json'"],
    [["check", "x.xlsx", "--uitvraag"], "Onbekende optie '--uitvraag'"],
    [["summary", join(dir, "bestaat-niet.xlsx")], "bestaat niet"],
  ])("wrong input %j gives exit code 2", async (argv, message) => {
    const result = await runCli(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it("parses every summary option", () => {
    expect(parseArgs(["summary", "a.xlsx", "-o", "b.xlsx", "--datum", "2025-06-26", "--peildatum", "2025-06-15", "--uitvraag", "--overschrijven", "--lang", "en"])).toEqual({
      command: "summary",
      file: "a.xlsx",
      output: "b.xlsx",
      meetingDate: "2025-06-26",
      referenceDate: "2025-06-15",
      request: true,
      overwrite: true,
      withWorkbook: false,
      lang: "en",
    });
  });

  it("--onderdelen: only the sections named, numbered without gaps, and page 1 says what was left out", async () => {
    const input = await sampleCopy();
    const output = join(input, "..", "alleen-wonen.xlsx");
    expect((await summarize([input, "-o", output, "--onderdelen", "Activiteiten; Taakstelling statushouders"])).code).toBe(0);
    const sheet = await readSheet(output, "BO 2025-06-26");
    const column = sheet.getColumn(1).values.filter((v): v is string => typeof v === "string");
    expect(column).toContain("1. Activiteiten");
    expect(column).toContain("2. Taakstelling vergunninghouders");
    expect(column.some((v) => /Indicatoren$|Uitvraag: nog aan te leveren$/.test(v))).toBe(false);
    expect(column).toContain("Niet opgenomen: de onderdelen 'Sinds het vorige overleg', 'Indicatoren' en 'Uitvraag: nog aan te leveren'.");
  });

  it("follows Samenvatting onderdelen in Instellingen, and --onderdelen overrides it", async () => {
    const input = await sampleCopy((workbook) => {
      const settings = workbook.getWorksheet("Instellingen")!;
      expect(settings.getCell("A4").value).toBe("Verslagjaar");
      settings.getCell("A4").value = "Samenvatting onderdelen";
      settings.getCell("B4").value = "Indicatoren";
    });
    const fromSetting = join(input, "..", "instelling.xlsx");
    expect((await summarize([input, "-o", fromSetting])).code).toBe(0);
    const titles = async (path: string) => (await readSheet(path, "BO 2025-06-26")).getColumn(1).values.filter((v): v is string => typeof v === "string" && /^\d\. /.test(v));
    expect(await titles(fromSetting)).toEqual(["1. Indicatoren"]);
    const overridden = join(input, "..", "optie.xlsx");
    expect((await summarize([input, "-o", overridden, "--onderdelen", "Quota; Request"])).code).toBe(0);
    expect(await titles(overridden)).toEqual(["1. Taakstelling vergunninghouders", "2. Uitvraag: nog aan te leveren"]);
  });

  it.each([
    [["--onderdelen", "Activiteiten; Taakstelling statushoudrs"], "--onderdelen: 'Taakstelling statushoudrs' is geen onderdeel van de samenvatting. Bedoelde u 'Taakstelling statushouders'? Kies uit: Sinds het vorige overleg; Activiteiten"],
    [["--onderdelen", "Wonen"], "'Wonen' is geen onderdeel van de samenvatting. Kies uit:"],
    [["--onderdelen"], "--onderdelen verwacht de onderdelen tussen aanhalingstekens"],
  ])("refuses %j with a Dutch message and exit code 2, writing nothing", async (options, message) => {
    const result = await runCli(["summary", "x.xlsx", ...options]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it("--programmas and --themas: only those indicators and activities, and page 1 names what was left out", async () => {
    const input = await sampleCopy();
    const output = join(input, "..", "kansen.xlsx");
    expect((await summarize([input, "-o", output, "--programmas", "kansengelijkheid vergroten", "--themas", "Samenwerking"])).code).toBe(0);
    const lines = (await readSheet(output, "BO 2025-06-26")).getColumn(1).values.filter((v): v is string => typeof v === "string");
    const leftOut = lines.find((v) => v.startsWith("Niet opgenomen: "));
    expect(leftOut).toContain("indicatoren van de programma's 'Bestaanszekerheid bieden' en 'Gezond Samenleven versterken'; activiteiten van de thema's 'Inspelen op groeiende");
    expect(leftOut).not.toContain("Kansengelijkheid");
    expect(leftOut).not.toContain("'Samenwerking'");
    // The pages themselves: only the chosen programme's indicators, only the chosen theme in the activities' table.
    expect(lines.filter((v) => /^(BZ|GS|KG)-\d+$/.test(v))).toEqual(["KG-1", "KG-2", "KG-3"]);
    expect(lines).toContain("Samenwerking");
    expect(lines).not.toContain("Inspelen op groeiende en veranderende vraag naar sociale huurwoningen");
  });

  it.each([
    [["--programmas", "Kansengelijkheid vergrotn"], "--programmas: 'Kansengelijkheid vergrotn' is geen programma in Indicatoren. Bedoelde u 'Kansengelijkheid vergroten'? Kies uit: Bestaanszekerheid bieden; Gezond Samenleven versterken; Kansengelijkheid vergroten."],
    [["--themas", "Samenwerking; Wonen"], "--themas: 'Wonen' is geen thema in Activiteiten. Kies uit: Samenwerking; "],
    [["--themas"], "--themas verwacht de thema's tussen aanhalingstekens, gescheiden door ';'"],
  ])("refuses %j for the sample with a Dutch message and exit code 2, writing nothing", async (options, message) => {
    const input = await sampleCopy();
    const output = join(input, "..", "niet.xlsx");
    const result = await summarize([input, "-o", output, ...options]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(existsSync(output)).toBe(false);
  });

  it("parses --programmas and --themas as lists the workbook is asked about once read", () => {
    expect(parseArgs(["summary", "a.xlsx", "--programmas", "Bestaanszekerheid bieden; Kansengelijkheid vergroten", "--themas", ""])).toMatchObject({
      programmes: "Bestaanszekerheid bieden; Kansengelijkheid vergroten",
      themes: "",
    });
  });

  it("parses --onderdelen in either language", () => {
    expect(parseArgs(["summary", "a.xlsx", "--onderdelen", "Indicators; uitvraag", "--lang", "en"])).toMatchObject({ sections: ["indicators", "missing"] });
    expect(parseArgs(["summary", "a.xlsx", "--onderdelen", ""])).toMatchObject({ sections: ["since", "activities", "indicators", "quota", "missing"] });
  });

  it("takes --met-werkmap, and its first spelling --met-werkboek still", () => {
    expect(parseArgs(["summary", "a.xlsx", "--met-werkmap"])).toMatchObject({ withWorkbook: true });
    expect(parseArgs(["summary", "a.xlsx", "--met-werkboek"])).toMatchObject({ withWorkbook: true });
  });

  it("lists the summary command in the help", async () => {
    const help = (await runCli(["--help"])).stdout;
    expect(help).toContain('beleidsmonitor summary <bestand.xlsx> [-o <uitvoer.xlsx>] [--datum JJJJ-MM-DD] [--onderdelen "<lijst>"] [--programmas "<lijst>"] [--themas "<lijst>"] [--uitvraag]');
    expect(help).toContain('--onderdelen "Activiteiten; Taakstelling vergunninghouders"');
    expect((await runCli(["--help", "--lang", "en"])).stdout).toContain("--onderdelen  only these sections, separated by ';'");
  });
});

describe("writeSummarySheet with ExcelJS", () => {
  it("starts every section after the first on a new printed page", async () => {
    const { model, report } = checked(await sampleSnapshot());
    const summary = buildSummary(report, model, OPTIONS);
    const workbook = new ExcelJS.Workbook();
    const sheet = writeSummarySheet(workbook, summary);
    const breaks = (sheet as unknown as { rowBreaks: { id: number }[] }).rowBreaks.map((b) => b.id);
    expect(breaks).toEqual(summary.sections.slice(1).map((s) => s.firstRow - 1));
    expect(sheet.getCell(`A${rowOf(summary, "1. Activiteiten")}`).value).toBe("1. Activiteiten");
    expect(sheet.getCell("A1").isMerged).toBe(true);
    expect(sheet.getColumn(2).width).toBe(summary.columnWidths[1]);
    expect(sheet.getRow(1).height).toBe(summary.rowHeights[1]);
  });
});
