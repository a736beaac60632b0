/** Reads and writes on a rectangle of one sheet, with Excel's conversions. Used by the proxies and by seeding. */

import { interpretInput, type CellContent } from "./cellInput";
import { displayText, type HostLocale } from "./displayText";
import { columnCount, contains, intersect, isEntireColumns, rowCount, subtract, type RangeBox } from "./boxes";
import { officeError } from "./errors";
import { cellKey, DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, type Cell, type SheetState, type StyleKey, type ValidationSettings } from "./state";

function readGrid<T>(sheet: SheetState, box: RangeBox, read: (cell: Cell | undefined, row: number, column: number) => T): T[][] {
  const grid: T[][] = [];
  for (let row = box.top; row <= box.bottom; row++) {
    const line: T[] = [];
    const rowKey = cellKey(row, 0);
    for (let column = box.left; column <= box.right; column++) line.push(read(sheet.cells.get(rowKey + column), row, column));
    grid.push(line);
  }
  return grid;
}

export function readValues(sheet: SheetState, box: RangeBox): unknown[][] {
  return readGrid(sheet, box, (cell) => cell?.value ?? "");
}

export function readFormulas(sheet: SheetState, box: RangeBox): unknown[][] {
  return readGrid(sheet, box, (cell) => cell?.formula ?? cell?.value ?? "");
}

export function valueType(cell: Cell | undefined): string {
  if (!cell || cell.value === null) return "Empty";
  if (cell.error) return "Error";
  if (typeof cell.value === "number") return "Double";
  if (typeof cell.value === "boolean") return "Boolean";
  return "String";
}

export function readValueTypes(sheet: SheetState, box: RangeBox): string[][] {
  return readGrid(sheet, box, valueType);
}

export function cellText(sheet: SheetState, row: number, column: number, locale: HostLocale, date1904 = false): string {
  const cell = sheet.cell(row, column);
  return displayText(cell?.value ?? null, cell?.error === true, sheet.style(row, column, "numberFormat"), locale, date1904);
}

export function readText(sheet: SheetState, box: RangeBox, locale: HostLocale, date1904 = false): string[][] {
  return readGrid(sheet, box, (cell, _row, column) => {
    if (!cell || cell.value === null) return "";
    const format = cell.style?.numberFormat ?? sheet.columnStyle(column, "numberFormat");
    return displayText(cell.value, cell.error === true, format, locale, date1904);
  });
}

export function readNumberFormats(sheet: SheetState, box: RangeBox): string[][] {
  return readGrid(sheet, box, (_cell, row, column) => sheet.style(row, column, "numberFormat"));
}

/** A 2-D input must match the box exactly; anything else is broadcast to every cell. */
function inputAt(input: unknown, box: RangeBox, location: string): (rowOffset: number, columnOffset: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const shapeOk =
    input.length === rowCount(box) && input.every((line) => Array.isArray(line) && line.length === columnCount(box));
  if (!shapeOk) throw officeError("InvalidArgument", location, "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
  return (rowOffset, columnOffset) => (input as unknown[][])[rowOffset][columnOffset];
}

export function applyContent(sheet: SheetState, row: number, column: number, content: CellContent): void {
  const cell = sheet.ensureCell(row, column);
  cell.value = content.value;
  if (content.formula !== undefined) cell.formula = content.formula;
  else delete cell.formula;
  if (content.error) cell.error = true;
  else delete cell.error;
  if (content.numberFormat && sheet.style(row, column, "numberFormat") === "General") {
    cell.style = { ...cell.style, numberFormat: content.numberFormat };
  }
  sheet.prune(row, column);
}

/** `Range.values = …` and `Range.formulas = …` (en-US formulas are stored as written). */
export function writeContent(sheet: SheetState, box: RangeBox, input: unknown, location: string, date1904 = false): void {
  const at = inputAt(input, box, location);
  for (let row = box.top; row <= box.bottom; row++) {
    for (let column = box.left; column <= box.right; column++) {
      let content: CellContent | undefined;
      try {
        content = interpretInput(at(row - box.top, column - box.left), sheet.style(row, column, "numberFormat"), date1904);
      } catch {
        throw officeError("InvalidArgument", location);
      }
      if (content) applyContent(sheet, row, column, content);
    }
  }
}

export function writeNumberFormat(sheet: SheetState, box: RangeBox, input: unknown, location: string): void {
  if (!Array.isArray(input)) {
    if (typeof input !== "string") throw officeError("InvalidArgument", location);
    setStyle(sheet, box, "numberFormat", input);
    return;
  }
  const at = inputAt(input, box, location);
  for (let row = box.top; row <= box.bottom; row++) {
    for (let column = box.left; column <= box.right; column++) {
      const format = at(row - box.top, column - box.left);
      if (format === null || format === undefined) continue;
      if (typeof format !== "string") throw officeError("InvalidArgument", location);
      setStyle(sheet, { top: row, bottom: row, left: column, right: column }, "numberFormat", format);
    }
  }
}

/** `undefined` removes the setting. Whole columns keep one column-level entry instead of a million cells. */
export function setStyle(sheet: SheetState, box: RangeBox, key: StyleKey, value: string | number | boolean | undefined): void {
  if (isEntireColumns(box)) {
    for (let column = box.left; column <= box.right; column++) {
      const style = { ...sheet.columnStyles.get(column), [key]: value };
      if (value === undefined) delete style[key];
      if (Object.keys(style).length > 0) sheet.columnStyles.set(column, style);
      else sheet.columnStyles.delete(column);
    }
    for (const [row, column, cell] of sheet.cellsIn(box)) {
      if (cell.style) delete cell.style[key];
      sheet.prune(row, column);
    }
    return;
  }
  if (value === undefined) {
    for (const [row, column, cell] of sheet.cellsIn(box)) {
      if (cell.style) delete cell.style[key];
      sheet.prune(row, column);
    }
    return;
  }
  // A cell number format equal to what the cell inherits is indistinguishable from none in Excel
  // (setting "General" back leaves no trace), so it is not stored.
  const inherited = (column: number) => key === "numberFormat" && value === sheet.columnStyle(column, key);
  for (let row = box.top; row <= box.bottom; row++) {
    for (let column = box.left; column <= box.right; column++) {
      if (inherited(column)) {
        const cell = sheet.cell(row, column);
        if (cell?.style) delete cell.style[key];
        sheet.prune(row, column);
        continue;
      }
      const cell = sheet.ensureCell(row, column);
      cell.style = { ...cell.style, [key]: value };
    }
  }
}

/** The common value over the box, or `null` when cells differ (as Excel reports mixed formats). */
export function uniformStyle(sheet: SheetState, box: RangeBox, key: StyleKey): unknown {
  const seen = new Set<unknown>();
  const storedPerColumn = new Map<number, number>();
  for (const [, column, cell] of sheet.cellsIn(box)) {
    seen.add(cell.style?.[key] ?? sheet.columnStyle(column, key));
    storedPerColumn.set(column, (storedPerColumn.get(column) ?? 0) + 1);
    if (seen.size > 1) return null;
  }
  for (let column = box.left; column <= box.right; column++) {
    if ((storedPerColumn.get(column) ?? 0) < rowCount(box)) seen.add(sheet.columnStyle(column, key));
    if (seen.size > 1) return null;
  }
  return [...seen][0];
}

export function clearRange(sheet: SheetState, box: RangeBox, applyTo: string, location: string): void {
  if (!["All", "Contents", "Formats"].includes(applyTo)) throw officeError("InvalidArgument", location);
  const contents = applyTo !== "Formats";
  const formats = applyTo !== "Contents";
  for (const [row, column, cell] of sheet.cellsIn(box)) {
    if (contents) {
      cell.value = null;
      delete cell.formula;
      delete cell.error;
    }
    if (formats) delete cell.style;
    sheet.prune(row, column);
  }
  if (formats) {
    if (isEntireColumns(box)) for (let column = box.left; column <= box.right; column++) sheet.columnStyles.delete(column);
    sheet.merges.removeOverlapping(box);
  }
}

export function mergeRange(sheet: SheetState, box: RangeBox, across: boolean): void {
  const areas = across ? Array.from({ length: rowCount(box) }, (_, i) => ({ ...box, top: box.top + i, bottom: box.top + i })) : [box];
  for (const area of areas) {
    if (rowCount(area) === 1 && columnCount(area) === 1) continue;
    sheet.merges.removeOverlapping(area);
    sheet.merges.push(area);
    // Excel keeps only the top-left value of a merged area.
    for (const [row, column, cell] of sheet.cellsIn(area)) {
      if (row === area.top && column === area.left) continue;
      cell.value = null;
      delete cell.formula;
      delete cell.error;
      sheet.prune(row, column);
    }
  }
}

export function unmergeRange(sheet: SheetState, box: RangeBox): void {
  sheet.merges.removeOverlapping(box);
}

const RULE_TYPES: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  list: "List",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
});

/** Setting one property on part of an existing validation keeps that area's other settings. */
export function setValidation(sheet: SheetState, box: RangeBox, key: keyof ValidationSettings, value: unknown, location: string): void {
  if (key === "rule") {
    const kinds = value && typeof value === "object" ? Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] != null) : [];
    if (kinds.length !== 1 || !RULE_TYPES[kinds[0]]) throw officeError("InvalidArgument", location);
  }
  const covering = sheet.validations.filter((area) => intersect(area.box, box));
  const base: ValidationSettings = covering.length === 1 && contains(covering[0].box, box) ? { ...covering[0].settings } : {};
  (base as Record<string, unknown>)[key] = structuredCopy(value);
  clearValidation(sheet, box);
  sheet.validations.push({ box, settings: base });
}

export function clearValidation(sheet: SheetState, box: RangeBox): void {
  sheet.validations = sheet.validations.flatMap((area) => subtract(area.box, box).map((piece) => ({ box: piece, settings: area.settings })));
}

export function readValidation(sheet: SheetState, box: RangeBox): { type: string; settings: ValidationSettings } {
  const covering = sheet.validations.filter((area) => intersect(area.box, box));
  if (covering.length === 0) return { type: "None", settings: {} };
  if (covering.length > 1 || !contains(covering[0].box, box)) return { type: "Inconsistent", settings: {} };
  const settings = structuredCopy(covering[0].settings);
  const kind = settings.rule ? Object.keys(settings.rule)[0] : undefined;
  return { type: kind ? RULE_TYPES[kind] : "None", settings };
}

export function readColumnWidth(sheet: SheetState, box: RangeBox): number | null {
  const widths = new Set<number>();
  for (let column = box.left; column <= box.right && widths.size < 2; column++) widths.add(sheet.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH);
  return widths.size === 1 ? [...widths][0] : null;
}

export function readRowHeight(sheet: SheetState, box: RangeBox): number | null {
  const heights = new Set<number>();
  for (let row = box.top; row <= box.bottom && heights.size < 2; row++) heights.add(sheet.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT);
  return heights.size === 1 ? [...heights][0] : null;
}

/** An estimate, not font metrics: about 5.6 points per character plus padding, never below the default. */
export function autofitColumns(sheet: SheetState, box: RangeBox, locale: HostLocale): void {
  const longest = new Map<number, number>();
  for (const [row, column] of sheet.cellsIn(box)) {
    const lines = cellText(sheet, row, column, locale).split("\n");
    const length = Math.max(...lines.map((line) => line.length));
    longest.set(column, Math.max(longest.get(column) ?? 0, length));
  }
  for (let column = box.left; column <= box.right; column++) {
    const length = longest.get(column) ?? 0;
    sheet.columnWidths.set(column, Math.max(DEFAULT_COLUMN_WIDTH, Math.round(length * 5.6 + 7)));
  }
}

/** Row height follows the number of lines in wrapped or multi-line cells. */
export function autofitRows(sheet: SheetState, box: RangeBox, locale: HostLocale): void {
  const lines = new Map<number, number>();
  for (const [row, column] of sheet.cellsIn(box)) {
    const count = cellText(sheet, row, column, locale).split("\n").length;
    lines.set(row, Math.max(lines.get(row) ?? 1, count));
  }
  for (let row = box.top; row <= box.bottom; row++) {
    const count = lines.get(row) ?? 1;
    if (count > 1) sheet.rowHeights.set(row, count * DEFAULT_ROW_HEIGHT);
    else sheet.rowHeights.delete(row);
  }
}

export function structuredCopy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
