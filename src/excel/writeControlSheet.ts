import { formatDate } from "../core/format/formatDate";
import { SEVERITY_LABELS } from "../core/i18n/labels";
import { excelSerialToIso } from "../core/parse/isoDate";
import { TABLES } from "../core/schema/tables";
import { rankFindings } from "../core/engine/rankFindings";
import type { Finding, Lang } from "../core/rules/types";
import type { ExcelRun } from "./gateway";
import { refuseProtectedSheets } from "./sheetProtection";
import { charsToPoints } from "./structureWrites";

export const CONTROL_SHEET = "Controle";
export const CONTROL_TABLE = "tblControle";
export const CONTROL_HEADERS = ["Ernst", "Regel", "Blad", "Cel", "Melding", "Waarde"];
const WIDTHS = [14, 24, 16, 8, 80, 30];

export interface ControlSheetWritten {
  sheetName: string;
  /** A sheet `Controle` of the user's own (without tblControle) was kept, so the findings went elsewhere. */
  keptUserSheet: boolean;
}

type ControlCell = string | number | boolean;

/** One row per finding, in the order of the task pane (rankFindings); only a number or yes/no in Waarde is written as itself, everything else as text. */
export function controlRows(findings: readonly Finding[], lang: Lang, ruleNames: Readonly<Record<string, string>> = {}): { values: ControlCell[][]; formats: string[][] } {
  const values: ControlCell[][] = [];
  const formats: string[][] = [];
  for (const f of rankFindings(findings)) {
    const value = f.value === null ? "" : shownValue(f, lang);
    values.push([SEVERITY_LABELS[lang][f.severity].one, ruleNames[f.rule] ?? f.rule, f.sheet, f.cell ?? "", f.message, value]);
    formats.push(["@", "@", "@", "@", "@", typeof value === "string" ? "@" : "General"]);
  }
  if (values.length === 0) {
    values.push(["", "", "", "", lang === "nl" ? "Geen bevindingen bij deze controle." : "No findings in this check.", ""]);
    formats.push(CONTROL_HEADERS.map(() => "@"));
  }
  return { values, formats };
}

/**
 * A date cell's value as Dutch date text (`1 juli 2025`): the snapshot holds dates in the 1900 system, so the serial
 * itself would show a wrong date in a 1904 workbook, and a bare number anywhere.
 */
function shownValue(f: Finding, lang: Lang): string | number | boolean {
  if (typeof f.value !== "number" || f.table === null || f.column === null) return f.value ?? "";
  const spec = TABLES.find((t) => t.key === f.table)?.columns.find((c) => c.key === f.column);
  if (spec?.type !== "date") return f.value;
  const iso = excelSerialToIso(f.value);
  return iso ? formatDate(iso, lang) : f.value;
}

/** Ours is the sheet holding tblControle; otherwise `Controle`, or `Controle 2`, … when a user's sheet has the name. */
export function controlSheetName(sheets: readonly string[], ours: string | null): string {
  if (ours) return ours;
  const taken = new Set(sheets.map((s) => s.toLowerCase()));
  if (!taken.has(CONTROL_SHEET.toLowerCase())) return CONTROL_SHEET;
  let n = 2;
  while (taken.has(`${CONTROL_SHEET} ${n}`.toLowerCase())) n++;
  return `${CONTROL_SHEET} ${n}`;
}

/**
 * Replaces the add-in's findings in two round trips; text is formatted as text before it is written. A protected
 * Controle sheet is refused before anything changes. An earlier
 * Controle sheet is emptied and written again where it is: deleting a sheet or setting its position would clear
 * the user's undo history on desktop Excel (excel/excel-add-ins-undo-capabilities.md).
 */
export function writeControlSheet(run: ExcelRun, findings: readonly Finding[], lang: Lang, ruleNames: Readonly<Record<string, string>> = {}): Promise<ControlSheetWritten> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name,items/protection/protected");
    // The table's sheet through the collection: a chained call on a null object is not something to rely on.
    const tables = context.workbook.tables.load("items/name,items/worksheet/name");
    await context.sync();

    const table = tables.items.find((t) => t.name.toLowerCase() === CONTROL_TABLE.toLowerCase());
    const ours = table ? table.worksheet.name : null;
    const names = sheets.items.map((s) => s.name);
    const name = controlSheetName(names, ours);
    // Emptying a protected Controle sheet fails the batch with a bare AccessDenied: refuse first, in words.
    refuseProtectedSheets(sheets.items.filter((s) => s.protection.protected).map((s) => s.name), ours ? [ours] : [], "control", lang);
    let sheet: Excel.Worksheet;
    if (ours && table) {
      table.delete();
      sheet = sheets.getItem(ours);
      sheet.getRange().clear("All");
    } else sheet = sheets.add(name);

    const { values, formats } = controlRows(findings, lang, ruleNames);
    const range = sheet.getRange(`A1:F${values.length + 1}`);
    range.numberFormat = [CONTROL_HEADERS.map(() => "@"), ...formats];
    range.values = [CONTROL_HEADERS, ...values];
    sheet.tables.add(`A1:F${values.length + 1}`, true).name = CONTROL_TABLE;
    WIDTHS.forEach((width, i) => {
      const letter = "ABCDEF"[i];
      sheet.getRange(`${letter}:${letter}`).format.columnWidth = charsToPoints(width);
    });
    sheet.freezePanes.freezeRows(1);
    await context.sync();
    return { sheetName: name, keptUserSheet: !ours && names.some((n) => n.toLowerCase() === CONTROL_SHEET.toLowerCase()) };
  });
}
