import { columnIndex, columnLetter, parseRangeAddress } from "../core/address";
import type { CellValue } from "../core/cell";
import { LISTS_SHEET } from "../core/structure/listsSheet";
import { factKey, type StructureAction, type StructureFacts } from "../core/structure/types";

/** A range's data validation as read, enough to put it back. */
export interface ValidationState {
  type: string;
  rule: Excel.DataValidationRule;
  errorAlert: Excel.DataValidationErrorAlert;
  prompt: Excel.DataValidationPrompt;
  ignoreBlanks: boolean;
}

/** What *Terugdraaien* needs beyond the facts: the previous state of everything the plan may change. */
export interface StructureCapture {
  formats: Map<string, string[][]>;
  validations: Map<string, ValidationState>;
  frozen: Record<string, { rows: number; columns: number }>;
  /** By `Blad!<column index>`: the width in points, or "standard". */
  widths: Map<string, number | "standard">;
  lists: { visibility: string; address: string | null; formulas: unknown[][]; numberFormats: string[][] } | null;
}

export interface StructureProbe {
  facts: StructureFacts;
  capture: StructureCapture;
}

/** `Blad!1:3` → 3 rows; `Blad!A:B` → 2 columns; `Blad!A1:B3` → both. */
export function frozenPanes(address: string | null): { rows: number; columns: number } {
  if (!address) return { rows: 0, columns: 0 };
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const rows = /^(\d+):(\d+)$/.exec(local);
  if (rows) return { rows: Number(rows[2]), columns: 0 };
  const columns = /^([A-Z]+):([A-Z]+)$/i.exec(local);
  if (columns) return { rows: 0, columns: columnIndex(columns[2]) + 1 };
  const box = parseRangeAddress(local);
  return box ? { rows: box.bottom, columns: box.right + 1 } : { rows: 0, columns: 0 };
}

function toCellValue(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  return typeof value === "number" || typeof value === "boolean" ? value : String(value);
}

/** The lists sheet's cells from A1, as the planner compares them. */
function valuesFromA1(address: string, values: unknown[][]): CellValue[][] {
  const box = parseRangeAddress(address);
  if (!box) return [];
  const grid: CellValue[][] = Array.from({ length: box.bottom }, () => Array<CellValue>(box.right + 1).fill(null));
  values.forEach((line, r) => line.forEach((value, c) => (grid[box.top - 1 + r][box.left + c] = toCellValue(value))));
  return grid;
}

/**
 * A list source in the form the planner writes (`=Lijsten!$A$2:$A$6`) when it points at the lists sheet, however
 * Excel gives it back: Excel names a sheet as the workbook spells it and shows what it stores, not what was sent
 * (office-js#2128 for typed lists). Any other source is kept as read.
 */
export function plannerListSource(source: string): string {
  const match = /^=?'?([^'!]+)'?!\$?([A-Za-z]{1,3})\$?(\d+):\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(source.trim());
  if (!match || match[1].toLowerCase() !== LISTS_SHEET.toLowerCase()) return source;
  const [, , from, top, to, bottom] = match;
  return `=${LISTS_SHEET}!$${from.toUpperCase()}$${top}:$${to.toUpperCase()}$${bottom}`;
}

/**
 * Reads, in one round trip, the current state of every range, pane and column a draft plan
 * (planned without facts, so a superset of the real plan) would touch on sheets that exist.
 * `sheets` are the workbook's sheet names, so the lists sheet is asked for only when it is there:
 * a call on a null object is nothing to rely on.
 */
export async function readStructureFacts(context: Excel.RequestContext, draft: readonly StructureAction[], options: { widths: boolean; sheets: readonly string[] }): Promise<StructureProbe> {
  const newSheets = new Set(draft.filter((a) => a.type === "addSheet").map((a) => a.sheet));
  const sheets = context.workbook.worksheets;
  const formats = new Map<string, Excel.Range>();
  const validations = new Map<string, Excel.DataValidation>();
  const panes = new Map<string, Excel.Range>();
  const widths = new Map<string, Excel.RangeFormat>();
  for (const action of draft) {
    if (!("sheet" in action) || newSheets.has(action.sheet)) continue;
    const sheet = sheets.getItem(action.sheet);
    if (action.type === "setNumberFormat") formats.set(factKey(action.sheet, action.range), sheet.getRange(action.range).load("numberFormat"));
    if (action.type === "setListValidation") {
      validations.set(factKey(action.sheet, action.range), sheet.getRange(action.range).dataValidation.load("type,rule,errorAlert,prompt,ignoreBlanks"));
    }
    if (action.type === "freezeRows") panes.set(action.sheet, sheet.freezePanes.getLocationOrNullObject().load("address"));
    if (action.type === "setColumnWidth" && options.widths) {
      const letter = columnLetter(action.column);
      widths.set(`${action.sheet}!${action.column}`, sheet.getRange(`${letter}:${letter}`).format.load("columnWidth,useStandardWidth"));
    }
  }
  const listsName = options.sheets.find((name) => name.toLowerCase() === LISTS_SHEET.toLowerCase());
  const listsSheet = listsName === undefined ? null : sheets.getItem(listsName).load("visibility");
  const listsUsed = listsSheet?.getUsedRangeOrNullObject().load("address,values,formulas,numberFormat");
  await context.sync();

  const facts: StructureFacts = { ranges: {}, frozen: {}, lists: null };
  const capture: StructureCapture = { formats: new Map(), validations: new Map(), frozen: facts.frozen, widths: new Map(), lists: null };
  for (const [key, range] of formats) {
    facts.ranges[key] = { numberFormats: range.numberFormat as string[][] };
    capture.formats.set(key, range.numberFormat as string[][]);
  }
  for (const [key, validation] of validations) {
    const source = validation.type === "List" ? (validation.rule?.list?.source ?? null) : null;
    facts.ranges[key] = { ...facts.ranges[key], validation: { type: validation.type, source: typeof source === "string" ? plannerListSource(source) : null } };
    capture.validations.set(key, { type: validation.type, rule: ruleOfType(validation.type, validation.rule), errorAlert: validation.errorAlert, prompt: validation.prompt, ignoreBlanks: validation.ignoreBlanks });
  }
  for (const [sheet, location] of panes) facts.frozen[sheet] = frozenPanes(location.isNullObject ? null : location.address);
  for (const [key, format] of widths) capture.widths.set(key, format.useStandardWidth ? "standard" : format.columnWidth);
  if (listsSheet && listsUsed) {
    const used = listsUsed.isNullObject ? null : listsUsed;
    facts.lists = { visible: listsSheet.visibility === "Visible", values: used ? valuesFromA1(used.address, used.values) : [] };
    capture.lists = { visibility: listsSheet.visibility, address: used?.address ?? null, formulas: used?.formulas ?? [], numberFormats: (used?.numberFormat as string[][]) ?? [] };
  }
  return { facts, capture };
}

const RULE_KEYS: Partial<Record<string, keyof Excel.DataValidationRule>> = {
  List: "list",
  WholeNumber: "wholeNumber",
  Decimal: "decimal",
  Date: "date",
  Time: "time",
  TextLength: "textLength",
  Custom: "custom",
};

/**
 * A rule as Excel accepts it back: only the member that belongs to its type ("no more than one of these
 * properties may be present"); mixed or absent validation has no rule to restore.
 */
function ruleOfType(type: string, rule: Excel.DataValidationRule | null | undefined): Excel.DataValidationRule {
  const key = RULE_KEYS[type];
  const member = key ? rule?.[key] : undefined;
  if (key === "list" && member) return { list: { ...(member as Excel.ListDataValidation), source: sourceToWrite((member as Excel.ListDataValidation).source) } };
  return key && member ? ({ [key]: member } as Excel.DataValidationRule) : {};
}

/**
 * A typed list as Office.js must be given it: items split by commas, whatever the region. Desktop Excel shows (and
 * reads back) a typed list with the regional separator, ";" under Dutch settings (office-js#2128). An item that
 * itself holds a comma cannot be written back through Office.js at all.
 */
export function sourceToWrite(source: string | Excel.Range): string | Excel.Range {
  if (typeof source !== "string" || source.startsWith("=") || !source.includes(";")) return source;
  return source.split(";").join(",");
}
