/**
 * Builds `assets/Voorbeeld-activiteitenoverzicht.xlsx`, the Dronten sample workbook, from the data
 * files in `data/sample/`, then reads it back and checks it (see `sample/verify-sample.ts`).
 *
 *   npx ts-node --transpile-only -O '{"module":"commonjs"}' scripts/build-sample.ts
 *
 * The output is deterministic: fixed document properties and fixed zip entry times, so a rebuild
 * from unchanged data gives the same bytes.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { columnLetter } from "../src/core/address";
import { expectedValue, indicatorProgress } from "../src/core/indicators/progress";
import { computeLedger, currentBacklog, LedgerPeriod } from "../src/core/quota/ledger";
import { ColumnSpec, INDICATORS, MEASUREMENTS, PLAN, QUOTA, SETTINGS, TableSpec } from "../src/core/schema/tables";
import { STATUS_WORDS } from "../src/functions/functions";
import { loadSampleData, planRows, SampleData, SampleRow } from "./sample/data";
import { indicatorBlock, IndicatorBlockRow } from "./sample/indicators";
import {
  COMPUTED_BLOCK,
  FIXED_TIMESTAMP,
  INDICATOR_BLOCK,
  LEDGER_ARGUMENTS,
  MARGIN_SETTING,
  SAMPLE_TABLES,
  SAMPLE_WORKBOOK_PATH,
  storedFunctionName,
} from "./sample/layout";
import { verifySampleWorkbook } from "./sample/verify-sample";
import { asExcelSaves } from "./sample/excelSaved";
import { normalizeZipTimestamps } from "./sample/zip";

/** A deliberate data problem and the cell (row) where it sits, for the report. */
export interface PlantedProblem {
  sheet: string;
  row: number;
  id: string;
  text: string;
}

export interface BuiltSample {
  buffer: Buffer;
  problems: PlantedProblem[];
  ledger: LedgerPeriod[];
  openingBalance: number;
  indicators: IndicatorBlockRow[];
}

const TABLE_STYLE = { theme: "TableStyleMedium2", showRowStripes: true } as const;

/**
 * The schema's date format is written in Dutch (`d-m-jjjj`), but a number format code in the file
 * (and in Office.js `Range.numberFormat`) is the en-US form: `d-m-yyyy`.
 */
export function fileNumberFormat(code: string): string {
  return code.includes('"') ? code : code.replace(/j/g, "y");
}

function isoDate(text: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) throw new Error(`geen datum in de vorm jjjj-mm-dd: ${text}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

function numberOrNull(value: unknown): number | null {
  return typeof value === "number" ? value : null;
}

function cellValue(column: ColumnSpec, row: SampleRow): ExcelJS.CellValue {
  const raw = row[column.header];
  if (raw === null || raw === undefined) return null;
  const isDate = column.type === "date" || (row._soort === "datum" && column.key === "value");
  if (isDate) {
    if (typeof raw !== "string") throw new Error(`${column.header}: datum verwacht als tekst jjjj-mm-dd`);
    return isoDate(raw);
  }
  if (typeof raw !== "string" && typeof raw !== "number") throw new Error(`${column.header}: onverwachte waarde ${JSON.stringify(raw)}`);
  return raw;
}

function cellFormat(column: ColumnSpec, row: SampleRow): string | undefined {
  const override = row._opmaak?.[column.header];
  if (override) return override;
  if (column.type === "date" || (row._soort === "datum" && column.key === "value")) return fileNumberFormat(column.numberFormat ?? "d-m-jjjj");
  if (column.numberFormat) return fileNumberFormat(column.numberFormat);
  if (column.freeText) return "@";
  return undefined;
}

/** Writes one contract table on its own sheet, header in row 1, and notes the rows with a planted problem. */
function writeTable(wb: ExcelJS.Workbook, spec: TableSpec, rows: SampleRow[], problems: PlantedProblem[]): ExcelJS.Worksheet {
  const headers = spec.columns.map((c) => c.header);
  rows.forEach((row, i) => {
    for (const key of Object.keys(row)) {
      if (!key.startsWith("_") && !headers.includes(key)) throw new Error(`${spec.sheet} rij ${i + 1}: onbekende kolom '${key}'`);
    }
  });

  const ws = wb.addWorksheet(spec.sheet, { views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }] });
  ws.pageSetup = { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  ws.addTable({
    name: spec.table,
    ref: "A1",
    headerRow: true,
    totalsRow: false,
    style: TABLE_STYLE,
    columns: spec.columns.map((c, i) => ({ name: c.header, filterButton: true, ...(i === 0 ? { totalsRowLabel: "Totaal" } : {}) })),
    rows: rows.map((row) => spec.columns.map((c) => cellValue(c, row))),
  });

  spec.columns.forEach((column, c) => {
    if (column.width) ws.getColumn(c + 1).width = column.width;
  });
  rows.forEach((row, i) => {
    const excelRow = i + 2;
    spec.columns.forEach((column, c) => {
      const cell = ws.getCell(excelRow, c + 1);
      const format = cellFormat(column, row);
      if (format) cell.numFmt = format;
      if (column.list) {
        cell.dataValidation = {
          type: "list",
          allowBlank: true,
          formulae: [`"${column.list.join(",")}"`],
          showErrorMessage: true,
          errorStyle: "warning",
          errorTitle: column.header,
          error: `Kies een waarde uit de lijst: ${column.list.join(", ")}.`,
        };
      }
    });
    if (row._let_op) {
      const id = String(row[spec.columns[0].header] ?? "");
      problems.push({ sheet: spec.sheet, row: excelRow, id, text: row._let_op });
    }
  });
  return ws;
}

function ledgerFormula(fn: "OPGAVE" | "SALDO", index: number): string {
  return `INDEX(${storedFunctionName(fn)}(${LEDGER_ARGUMENTS}),${index})`;
}

/** The computed block beside tblTaakstelling: one INDEX(...) formula per cell with its cached result. */
function writeComputedQuota(ws: ExcelJS.Worksheet, ledger: LedgerPeriod[]): void {
  const b = COMPUTED_BLOCK;
  const bold = { bold: true };
  ws.getCell(`${b.dueColumn}1`).value = b.dueHeader;
  ws.getCell(`${b.balanceColumn}1`).value = b.balanceHeader;
  ws.getCell(`${b.dueColumn}1`).font = bold;
  ws.getCell(`${b.balanceColumn}1`).font = bold;
  const dueFormat = fileNumberFormat(QUOTA.columns.find((c) => c.key === "due")?.numberFormat ?? "0");
  const balanceFormat = fileNumberFormat(QUOTA.columns.find((c) => c.key === "balance")?.numberFormat ?? "0");
  ledger.forEach((period, i) => {
    const row = b.firstRow + i;
    const due = ws.getCell(`${b.dueColumn}${row}`);
    due.value = { formula: ledgerFormula("OPGAVE", i + 1), result: period.due ?? "" };
    due.numFmt = dueFormat;
    const balance = ws.getCell(`${b.balanceColumn}${row}`);
    balance.value = { formula: ledgerFormula("SALDO", i + 1), result: period.balance ?? "" };
    balance.numFmt = balanceFormat;
  });
  ws.getCell(b.backlogLabelCell).value = b.backlogLabel;
  ws.getCell(b.backlogLabelCell).font = bold;
  ws.getCell(b.backlogCell).value = {
    formula: `${storedFunctionName("ACHTERSTAND")}(${LEDGER_ARGUMENTS})`,
    result: currentBacklog(ledger) ?? "",
  };
  ws.getCell(b.backlogCell).numFmt = dueFormat;
  ws.getCell(b.noteCell).value =
    "Berekend door Beleidsmonitor: de kolommen H en I en cel I10 zijn formules met BM.OPGAVE, BM.SALDO en BM.ACHTERSTAND (zie het blad Functies). Zonder de invoegtoepassing toont Excel de opgeslagen uitkomsten tot het deze cellen opnieuw berekent; dan staat er #NAAM? tot de invoegtoepassing weer geladen is.";
  ws.getCell(b.noteCell).font = { italic: true };
  ws.getColumn("G").width = 3;
  ws.getColumn(b.dueColumn).width = 20;
  ws.getColumn(b.balanceColumn).width = 18;
}

/** The address of a setting's value cell, e.g. `Instellingen!$B$8` for the margin. */
export function settingAddress(settings: readonly SampleRow[], name: string): string {
  const index = settings.findIndex((row) => row.Instelling === name);
  if (index < 0) throw new Error(`instelling '${name}' ontbreekt in instellingen.json`);
  const valueColumn = columnLetter(SETTINGS.columns.findIndex((c) => c.key === "value"));
  return `${SETTINGS.sheet}!$${valueColumn}$${index + 2}`;
}

/** The formulas of one row of the indicator block (en-US form, as stored in the file). */
export function indicatorFormulas(row: number, marginCell: string): { latest: string; year: string; progress: string; status: string } {
  const b = INDICATOR_BLOCK;
  const col = (key: string): string => `${columnLetter(INDICATORS.columns.findIndex((c) => c.key === key))}${row}`;
  const m = (key: string): string => `${MEASUREMENTS.table}[${MEASUREMENTS.columns.find((c) => c.key === key)?.header}]`;
  const id = `$${col("id")}`;
  const yearCell = `${b.yearColumn}${row}`;
  const latestCell = `${b.latestColumn}${row}`;
  return {
    year: `IF(COUNTIF(${m("indicator")},${id})=0,"",_xlfn.MAXIFS(${m("year")},${m("indicator")},${id}))`,
    latest: `IF(${yearCell}="","",LOOKUP(2,1/((${m("indicator")}=${id})*(${m("year")}=${yearCell})),${m("value")}))`,
    progress: `IFERROR(${storedFunctionName("VOORTGANG")}(${col("baseline")},${col("target")},${latestCell},${col("direction")}),"")`,
    status: `${storedFunctionName("STATUS")}(${col("baseline")},${col("baselineYear")},${col("target")},${col("targetYear")},${latestCell},${yearCell},${col("direction")},${marginCell})`,
  };
}

/** The computed block beside tblIndicatoren: latest measurement, its year, BM.VOORTGANG and BM.STATUS. */
function writeIndicatorBlock(ws: ExcelJS.Worksheet, rows: IndicatorBlockRow[], marginCell: string): void {
  const b = INDICATOR_BLOCK;
  const headers: [string, string, number][] = [
    [b.latestColumn, b.latestHeader, 15],
    [b.yearColumn, b.yearHeader, 10],
    [b.progressColumn, b.progressHeader, 12],
    [b.statusColumn, b.statusHeader, 14],
  ];
  for (const [column, header, width] of headers) {
    ws.getCell(`${column}1`).value = header;
    ws.getCell(`${column}1`).font = { bold: true };
    ws.getColumn(column).width = width;
  }
  ws.getColumn(b.gapColumn).width = 3;
  rows.forEach((r, i) => {
    const row = b.firstRow + i;
    const f = indicatorFormulas(row, marginCell);
    const put = (column: string, formula: string, result: ExcelJS.CellValue, numFmt?: string): void => {
      const cell = ws.getCell(`${column}${row}`);
      cell.value = { formula, result } as ExcelJS.CellFormulaValue;
      if (numFmt) cell.numFmt = numFmt;
    };
    put(b.latestColumn, f.latest, r.latest ?? "", r.latestFormat ? fileNumberFormat(r.latestFormat) : undefined);
    put(b.yearColumn, f.year, r.latestYear ?? "", "0");
    put(b.progressColumn, f.progress, r.progress, "0%");
    put(b.statusColumn, f.status, r.status);
  });
  const note = ws.getCell(`${b.latestColumn}${b.firstRow + rows.length + b.noteOffset - 1}`);
  note.value =
    "Berekend door Beleidsmonitor: Laatste meting en Meetjaar zoeken de laatste meting op in tblMetingen; Voortgang en Status zijn formules met BM.VOORTGANG en BM.STATUS (marge uit Instellingen). Zonder de invoegtoepassing toont Excel de opgeslagen uitkomsten tot het deze cellen opnieuw berekent. Let op BZ-4: de streefwaarde staat als 7,9 in plaats van 7,9%, daardoor geeft BM.STATUS hier Behaald; de controle meldt de gemengde notatie.";
  note.font = { italic: true };
}

/** Dutch number text: `0,18`, `44,3%`. */
function nl(value: number, decimals: number): string {
  return value.toFixed(decimals).replace(".", ",");
}

function list(values: (number | null)[]): string {
  return values.map((v) => (v === null ? "(leeg)" : String(v))).join("; ");
}

/** The status word BM.STATUS gives for an indicator with direction Toename and a 10 % margin. */
function increaseStatus(b: number, y0: number, t: number, y1: number, m: number, year: number): string {
  const input = { direction: "Toename" as const, baseline: b, baselineYear: y0, target: t, targetYear: y1, latest: m, latestYear: year, marginPercent: 10 };
  return STATUS_WORDS.nl[indicatorProgress(input).status];
}

function writeFunctionsSheet(wb: ExcelJS.Workbook, data: SampleData, ledger: LedgerPeriod[], plan: SampleRow[], planSheetColumn: string): void {
  const f = data.functions;
  const ws = wb.addWorksheet(f.blad, { views: [{ state: "frozen", xSplit: 0, ySplit: 6, topLeftCell: "A7", activeCell: "A7" }] });
  ws.pageSetup = { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };

  // Worked examples on this workbook.
  const h1Rows = plan.map((r, i) => ({ r, excelRow: i + 2 })).filter(({ r }) => /^(jan|feb|mrt|apr|mei|jun) /.test(String(r.Maand)));
  const h1First = h1Rows[0].excelRow;
  const h1Last = h1Rows[h1Rows.length - 1].excelRow;
  if (h1Last - h1First + 1 !== h1Rows.length) throw new Error("de planning van januari-juni staat niet aaneengesloten");
  const plannedH1 = h1Rows.reduce((sum, { r }) => sum + (typeof r.Aantal === "number" ? r.Aantal : 0), 0);
  const quotaRows = data.quota.rijen;
  // The half-year of the plan's first six months (a later row, such as the next half-year's expected quota, may follow).
  const lastH1 = quotaRows.findIndex((r) => r.Periode === `Eerste helft ${data.plan.jaar}`);
  const statedDueH1 = Number(quotaRows[lastH1]["Opgave incl. achterstand"]);
  const computedDueH1 = ledger[lastH1].due ?? 0;
  const known = ledger.map((p, i) => ({ p, i })).filter(({ p }) => p.balance !== null);
  const lastKnown = known[known.length - 1].i;

  const gs1 = { b: 0.439, y0: 2022, t: 0.45, y1: 2028, m: 0.441, year: 2024 };
  const gs1Result = indicatorProgress({
    direction: "Toename", baseline: gs1.b, baselineYear: gs1.y0, target: gs1.t, targetYear: gs1.y1, latest: gs1.m, latestYear: gs1.year, marginPercent: 10,
  });
  const expected = expectedValue(gs1.b, gs1.y0, gs1.t, gs1.y1, gs1.year);
  const threshold = expected - 0.1 * Math.abs(gs1.t - gs1.b);
  const progress = gs1Result.progress ?? NaN;
  if (increaseStatus(gs1.b, gs1.y0, gs1.t, gs1.y1, gs1.m, gs1.year) !== "Achter") throw new Error("voorbeeld BM.STATUS GS-1 klopt niet");
  if (increaseStatus(0.45, 2022, 0.51, 2028, 0.47, 2024) !== "Op koers") throw new Error("voorbeeld BM.STATUS GS-3 klopt niet");

  const tokens: Record<string, string> = {
    opgave: list(ledger.map((p) => p.due)),
    saldo: list(ledger.map((p) => p.balance)),
    achterstand: String(currentBacklog(ledger)),
    laatstePeriode: String(quotaRows[lastKnown].Periode).toLowerCase(),
    saldoVermeld: String(quotaRows[lastKnown].Saldo),
    achterstandVermeld: String(Math.max(0, -Number(quotaRows[lastKnown].Saldo))),
    planningH1: `${data.plan.blad}!${planSheetColumn}${h1First}:${planSheetColumn}${h1Last}`,
    geplandH1: String(plannedH1),
    tekort: String(Math.max(0, statedDueH1 - plannedH1)),
    opgaveH1Berekend: String(computedDueH1),
    tekortBerekend: String(Math.max(0, computedDueH1 - plannedH1)),
    voortgang: `${nl(progress, 2)} (${nl(progress * 100, 0)}%)`,
    verwacht: `${nl(expected * 100, 1)}%`,
    grens: `${nl(threshold * 100, 2)}%`,
  };
  const fill = (text: string): string =>
    text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
      if (!(key in tokens)) throw new Error(`onbekende plaatshouder {{${key}}} in functies.json`);
      return tokens[key];
    });

  ws.getCell("A1").value = f.titel;
  ws.getCell("A1").font = { bold: true, size: 14 };
  f.inleiding.forEach((line, i) => {
    ws.getCell(`A${2 + i}`).value = line;
  });
  const headerRow = 6;
  f.kolommen.forEach((name, c) => {
    const cell = ws.getCell(headerRow, c + 1);
    cell.value = name;
    cell.font = { bold: true };
    cell.border = { bottom: { style: "thin" } };
    ws.getColumn(c + 1).width = f.breedtes[c];
  });
  f.rijen.forEach((row, i) => {
    f.kolommen.forEach((name, c) => {
      const cell = ws.getCell(headerRow + 1 + i, c + 1);
      const text = fill(row[name] ?? "");
      // Always a text cell, even when it starts with "=": set the format first, then a plain string.
      cell.numFmt = "@";
      cell.value = text;
      cell.alignment = { wrapText: true, vertical: "top" };
      if (c === 0) cell.font = { bold: true };
    });
  });
}

export async function buildSampleWorkbook(data: SampleData = loadSampleData()): Promise<BuiltSample> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Beleidsmonitor";
  wb.lastModifiedBy = "Beleidsmonitor";
  wb.created = FIXED_TIMESTAMP;
  wb.modified = FIXED_TIMESTAMP;
  wb.title = "Voorbeeld activiteitenoverzicht Dronten";
  wb.subject = "Voorbeeldwerkmap voor Beleidsmonitor";
  wb.calcProperties.fullCalcOnLoad = false;

  const problems: PlantedProblem[] = [];
  const rowsByTable: Record<string, SampleRow[]> = {
    activities: data.activities.rijen,
    indicators: data.indicators.rijen,
    measurements: data.measurements.rijen,
    quota: data.quota.rijen,
    plan: planRows(data.plan),
    parties: data.parties.rijen,
    settings: data.settings.rijen,
  };

  const settingsOpening = data.settings.rijen.find((r) => r._naam === "Beginsaldo")?.Waarde;
  if (settingsOpening !== data.quota.beginsaldo.waarde) {
    throw new Error(`Beginsaldo in instellingen.json (${String(settingsOpening)}) en taakstelling.json (${data.quota.beginsaldo.waarde}) verschillen`);
  }
  const openingBalance = data.quota.beginsaldo.waarde;
  const ledger = computeLedger(
    data.quota.rijen.map((r) => ({ quota: numberOrNull(r.Taakstelling), housed: numberOrNull(r.Gehuisvest) })),
    openingBalance,
  );

  const marginRow = data.settings.rijen.find((r) => r.Instelling === MARGIN_SETTING);
  if (typeof marginRow?.Waarde !== "number") throw new Error(`${MARGIN_SETTING} ontbreekt of is geen getal in instellingen.json`);
  const indicators = indicatorBlock(data.indicators.rijen, data.measurements.rijen, marginRow.Waarde);
  const marginCell = settingAddress(data.settings.rijen, MARGIN_SETTING);

  for (const spec of SAMPLE_TABLES) {
    const ws = writeTable(wb, spec, rowsByTable[spec.key], problems);
    if (spec.key === "quota") writeComputedQuota(ws, ledger);
    if (spec.key === "indicators") writeIndicatorBlock(ws, indicators, marginCell);
    if (spec.key === "settings") {
      const valueColumn = columnLetter(spec.columns.findIndex((c) => c.key === "value"));
      rowsByTable.settings.forEach((row, i) => {
        if (row._naam) wb.definedNames.add(`${spec.sheet}!$${valueColumn}$${i + 2}`, row._naam);
      });
    }
  }
  writeFunctionsSheet(wb, data, ledger, rowsByTable.plan, columnLetter(PLAN.columns.findIndex((c) => c.key === "count")));

  const written = await asExcelSaves(Buffer.from(await wb.xlsx.writeBuffer()));
  return { buffer: normalizeZipTimestamps(written, FIXED_TIMESTAMP), problems, ledger, openingBalance, indicators };
}

async function main(): Promise<void> {
  const built = await buildSampleWorkbook();
  fs.mkdirSync(path.dirname(SAMPLE_WORKBOOK_PATH), { recursive: true });
  fs.writeFileSync(SAMPLE_WORKBOOK_PATH, built.buffer);
  const report = await verifySampleWorkbook(SAMPLE_WORKBOOK_PATH);
  console.log(`Geschreven: ${path.relative(process.cwd(), SAMPLE_WORKBOOK_PATH)} (${built.buffer.length} bytes)`);
  for (const t of report.tables) console.log(`  ${t.sheet}: tabel ${t.name} ${t.ref}, ${t.dataRows} rijen`);
  console.log("Bewust aangebrachte problemen:");
  for (const p of built.problems) console.log(`  ${p.sheet} rij ${p.row} (${p.id}): ${p.text}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
