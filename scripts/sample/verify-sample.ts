/**
 * Reads the sample workbook back with ExcelJS and checks what the generator promises: every table of
 * the contract with its exact headers, the cached results of the custom-function formulas equal to
 * the quota ledger and to the indicators' progress and status, the examples on the Functies sheet
 * stored as text, the workbook names.
 *
 * How ExcelJS 4.4 exposes a table after `readFile`: `worksheet.tables` is an object keyed by table
 * name; `worksheet.getTables()` returns the same Table objects as an array (its TypeScript type
 * `[Table, void][]` is wrong). The table's data sit in `table.table` (also `table.model`):
 * `name`, `displayName`, `tableRef` (e.g. `"A1:O39"`, there is no `ref` after reading),
 * `headerRow`, `totalsRow`, `columns[].name`, `autoFilterRef` and `style`. The rows are not in the
 * model after reading: read them from the worksheet cells inside `tableRef`.
 */
import ExcelJS from "exceljs";
import { columnIndex } from "../../src/core/address";
import { computeLedger, currentBacklog } from "../../src/core/quota/ledger";
import { INDICATORS, MEASUREMENTS, QUOTA, SETTINGS, TableSpec } from "../../src/core/schema/tables";
import type { SampleRow } from "./data";
import { indicatorBlock } from "./indicators";
import {
  COMPUTED_BLOCK,
  DEFINED_NAMES,
  FUNCTIONS_SHEET,
  INDICATOR_BLOCK,
  MARGIN_SETTING,
  SAMPLE_TABLES,
  SHEET_ORDER,
  storedFunctionName,
} from "./layout";

/** The part of an ExcelJS table model that exists after reading a file. */
export interface ReadTableModel {
  name: string;
  displayName?: string;
  tableRef: string;
  headerRow: boolean;
  totalsRow: boolean;
  columns: { name: string }[];
}

export interface VerifiedTable {
  sheet: string;
  name: string;
  ref: string;
  dataRows: number;
}

export interface VerificationReport {
  tables: VerifiedTable[];
  sheets: string[];
}

/** The tables of a worksheet as ExcelJS holds them after reading a file. */
export function readTables(ws: ExcelJS.Worksheet): ReadTableModel[] {
  const tables = (ws as unknown as { tables?: Record<string, { table?: ReadTableModel; model?: ReadTableModel }> }).tables ?? {};
  return Object.values(tables).map((t) => (t.table ?? t.model) as ReadTableModel);
}

function decodeRange(ref: string): { top: number; left: number; bottom: number; right: number } {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`geen bereik: ${ref}`);
  return { left: columnIndex(m[1]) + 1, top: Number(m[2]), right: columnIndex(m[3]) + 1, bottom: Number(m[4]) };
}

function plain(value: ExcelJS.CellValue): unknown {
  if (value && typeof value === "object" && "formula" in value) return (value as ExcelJS.CellFormulaValue).result;
  return value;
}

/** The data rows of a placed table as header → value, the way the data files hold them. */
function tableRows(ws: ExcelJS.Worksheet, spec: TableSpec, top: number, bottom: number): SampleRow[] {
  const rows: SampleRow[] = [];
  for (let r = top + 1; r <= bottom; r++) {
    const row: SampleRow = {};
    spec.columns.forEach((column, c) => {
      row[column.header] = ws.getCell(r, c + 1).value ?? null;
    });
    rows.push(row);
  }
  return rows;
}

function numberOrNull(value: unknown): number | null {
  return typeof value === "number" ? value : null;
}

export async function verifySampleWorkbook(source: string | Buffer): Promise<VerificationReport> {
  const wb = new ExcelJS.Workbook();
  if (typeof source === "string") await wb.xlsx.readFile(source);
  else await wb.xlsx.load(source as unknown as ArrayBuffer);
  const problems: string[] = [];
  const fail = (text: string): void => {
    problems.push(text);
  };

  const sheets = wb.worksheets.map((w) => w.name);
  if (sheets.join("|") !== SHEET_ORDER.join("|")) fail(`bladvolgorde ${sheets.join(", ")} in plaats van ${SHEET_ORDER.join(", ")}`);

  const tables: VerifiedTable[] = [];
  const checkTable = (spec: TableSpec): { ws: ExcelJS.Worksheet; top: number; bottom: number } | null => {
    const ws = wb.getWorksheet(spec.sheet);
    if (!ws) {
      fail(`blad ${spec.sheet} ontbreekt`);
      return null;
    }
    const model = readTables(ws).find((t) => t.name === spec.table);
    if (!model) {
      fail(`tabel ${spec.table} ontbreekt op blad ${spec.sheet}`);
      return null;
    }
    const headers = spec.columns.map((c) => c.header);
    const names = model.columns.map((c) => c.name);
    if (names.join("|") !== headers.join("|")) fail(`${spec.table}: kolommen ${names.join(", ")} in plaats van ${headers.join(", ")}`);
    if (new Set(names.map((n) => n.toLowerCase())).size !== names.length) fail(`${spec.table}: dubbele kolomnaam`);
    const range = decodeRange(model.tableRef);
    if (range.top !== 1 || range.left !== 1) fail(`${spec.table}: begint niet in A1 (${model.tableRef})`);
    if (range.right - range.left + 1 !== headers.length) fail(`${spec.table}: bereik ${model.tableRef} past niet bij ${headers.length} kolommen`);
    headers.forEach((h, c) => {
      const cell = ws.getCell(range.top, range.left + c);
      if (cell.value !== h) fail(`${spec.sheet}!${cell.address}: kop '${String(cell.value)}' in plaats van '${h}'`);
    });
    if (!model.headerRow || model.totalsRow) fail(`${spec.table}: verwacht een kopregel en geen totaalregel`);
    tables.push({ sheet: spec.sheet, name: model.name, ref: model.tableRef, dataRows: range.bottom - range.top });
    return { ws, top: range.top, bottom: range.bottom };
  };
  const placed = new Map(SAMPLE_TABLES.map((spec) => [spec.key, checkTable(spec)]));

  // Workbook names.
  const nameModel = wb.definedNames.model as { name: string; ranges: string[] }[];
  for (const name of DEFINED_NAMES) {
    if (!nameModel.some((n) => n.name === name && n.ranges.length === 1)) fail(`werkmapnaam ${name} ontbreekt`);
  }
  const nameValue = (name: string): ExcelJS.CellValue => {
    const range = nameModel.find((n) => n.name === name)?.ranges[0] ?? "";
    const [sheet, address] = range.split("!");
    return wb.getWorksheet(sheet.replace(/^'|'$/g, ""))?.getCell(address.replace(/\$/g, "")).value ?? null;
  };
  const opening = nameValue("Beginsaldo");
  if (typeof opening !== "number") fail("Beginsaldo is geen getal");
  if (!(nameValue("Peildatum") instanceof Date)) fail("Peildatum is geen datum");

  // Quota: the cached results of the custom-function formulas equal the ledger of the table.
  const quota = placed.get("quota");
  if (quota && typeof opening === "number") {
    const col = (key: string): number => QUOTA.columns.findIndex((c) => c.key === key) + 1;
    const periods: { quota: number | null; housed: number | null }[] = [];
    for (let r = quota.top + 1; r <= quota.bottom; r++) {
      periods.push({ quota: numberOrNull(quota.ws.getCell(r, col("quota")).value), housed: numberOrNull(quota.ws.getCell(r, col("housed")).value) });
    }
    const ledger = computeLedger(periods, opening);
    const b = COMPUTED_BLOCK;
    ledger.forEach((period, i) => {
      const row = b.firstRow + i;
      const pairs: [string, "OPGAVE" | "SALDO", number | null][] = [
        [`${b.dueColumn}${row}`, "OPGAVE", period.due],
        [`${b.balanceColumn}${row}`, "SALDO", period.balance],
      ];
      for (const [address, fn, expected] of pairs) {
        const cell = quota.ws.getCell(address);
        if (cell.type !== ExcelJS.ValueType.Formula || !String(cell.formula).includes(storedFunctionName(fn))) {
          fail(`${QUOTA.sheet}!${address}: geen formule met ${fn}`);
          continue;
        }
        const cached = plain(cell.value);
        const actual = cached === undefined || cached === "" ? null : cached;
        if (actual !== expected) fail(`${QUOTA.sheet}!${address}: opgeslagen uitkomst ${String(actual)}, berekend ${String(expected)}`);
      }
    });
    const backlogCell = quota.ws.getCell(b.backlogCell);
    if (plain(backlogCell.value) !== currentBacklog(ledger)) fail(`${QUOTA.sheet}!${b.backlogCell}: achterstand ${String(plain(backlogCell.value))}`);
  }

  // Indicators: the block's cached results are the latest measurement and what BM.VOORTGANG and BM.STATUS give.
  const indicators = placed.get("indicators");
  const measurements = placed.get("measurements");
  const settings = placed.get("settings");
  if (indicators && measurements && settings) {
    const b = INDICATOR_BLOCK;
    const settingRows = tableRows(settings.ws, SETTINGS, settings.top, settings.bottom);
    const margin = settingRows.find((row) => row.Instelling === MARGIN_SETTING)?.Waarde;
    if (typeof margin !== "number") fail(`${MARGIN_SETTING} ontbreekt`);
    const expected = indicatorBlock(
      tableRows(indicators.ws, INDICATORS, indicators.top, indicators.bottom),
      tableRows(measurements.ws, MEASUREMENTS, measurements.top, measurements.bottom),
      typeof margin === "number" ? margin : 10,
    );
    const headers: [string, string][] = [
      [b.latestColumn, b.latestHeader],
      [b.yearColumn, b.yearHeader],
      [b.progressColumn, b.progressHeader],
      [b.statusColumn, b.statusHeader],
    ];
    for (const [column, header] of headers) {
      if (indicators.ws.getCell(`${column}1`).value !== header) fail(`${INDICATORS.sheet}!${column}1: kop '${header}' ontbreekt`);
    }
    expected.forEach((row, i) => {
      const r = b.firstRow + i;
      const cells: [string, unknown, string | null][] = [
        [b.latestColumn, row.latest ?? "", null],
        [b.yearColumn, row.latestYear ?? "", null],
        [b.progressColumn, row.progress, storedFunctionName("VOORTGANG")],
        [b.statusColumn, row.status, storedFunctionName("STATUS")],
      ];
      for (const [column, value, fn] of cells) {
        const cell = indicators.ws.getCell(`${column}${r}`);
        if (cell.type !== ExcelJS.ValueType.Formula || (fn && !String(cell.formula).includes(fn))) {
          fail(`${INDICATORS.sheet}!${column}${r}: geen formule${fn ? ` met ${fn}` : ""}`);
          continue;
        }
        const cached = plain(cell.value) ?? "";
        if (JSON.stringify(cached) !== JSON.stringify(value)) {
          fail(`${INDICATORS.sheet}!${column}${r} (${row.id}): opgeslagen uitkomst ${JSON.stringify(cached)}, berekend ${JSON.stringify(value)}`);
        }
      }
    });
  }

  // Formulas only in the computed block; the Functies examples are text.
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        const column = cell.address.replace(/\d+$/, "");
        const b = INDICATOR_BLOCK;
        const inBlock =
          (ws.name === QUOTA.sheet && ([COMPUTED_BLOCK.dueColumn, COMPUTED_BLOCK.balanceColumn] as string[]).includes(column)) ||
          (ws.name === INDICATORS.sheet && ([b.latestColumn, b.yearColumn, b.progressColumn, b.statusColumn] as string[]).includes(column));
        if (!inBlock) fail(`${ws.name}!${cell.address}: onverwachte formule`);
      }),
    );
  }
  const functions = wb.getWorksheet(FUNCTIONS_SHEET);
  if (!functions) fail(`blad ${FUNCTIONS_SHEET} ontbreekt`);
  else {
    let examples = 0;
    functions.getColumn(4).eachCell((cell) => {
      if (typeof cell.value === "string" && cell.value.startsWith("=")) {
        examples++;
        if (cell.type !== ExcelJS.ValueType.String) fail(`${FUNCTIONS_SHEET}!${cell.address}: voorbeeld is geen tekst`);
      }
    });
    if (examples < 9) fail(`${FUNCTIONS_SHEET}: ${examples} voorbeelden, verwacht 9`);
  }

  if (problems.length) throw new Error(`Voorbeeldwerkmap klopt niet:\n- ${problems.join("\n- ")}`);
  return { tables, sheets };
}
