import type { CellValue } from "../core/cell";
import { XlsxError } from "./errors";
import type { CellStyles } from "./stylesPart";
import { scanXml, unescapeXstring } from "./xml";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
/** Days between the 1904 and the 1900 date system: a 1904 serial plus this is the 1900 serial. */
export const DAYS_1904_TO_1900 = 1_462;

export interface WorksheetPart {
  /** Cells by 0-based row and column, sparse: only filled cells are set. */
  rows: CellValue[][];
  formats: string[][];
  merged: string[];
  /** Relationship ids of the sheet's tables. */
  tableIds: string[];
  /** Cells whose formula has no stored result. */
  formulasWithoutValue: string[];
  /** Every cell holding a formula, as A1 addresses; filled only when asked for. */
  formulaCells: string[];
}

interface CellState {
  row: number;
  column: number;
  type: string;
  style: number;
  formula: boolean;
  value: string | null;
  inline: string[] | null;
}

/** `AB12` → row 11, column 27 (0-based); null when the reference is not a cell. */
function parseCellRef(ref: string): { row: number; column: number } | null {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 32;
    if (c < 97 || c > 122) break;
    column = column * 26 + (c - 96);
  }
  if (i === 0 || i > 3) return null;
  const row = Number(ref.slice(i));
  if (!Number.isInteger(row) || row < 1) return null;
  return { row: row - 1, column: column - 1 };
}

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);

function isoToSerial(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(text);
  if (!match) return null;
  const [, y, m, d, hh = "0", mm = "0", ss = "0"] = match;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d), Number(hh), Number(mm), 0) + Number(ss) * 1000;
  const serial = (ms - EPOCH_1900) / MS_PER_DAY;
  // Excel counts a fictitious 29 February 1900: dates before 1 March 1900 are one lower.
  return serial < 61 ? serial - 1 : serial;
}

function columnName(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * Reads a worksheet's cells into sparse rows: holes for empty rows and cells, so a lone value at XFD1048576
 * costs one cell. Cells and rows without `r` follow the previous one. Serials in date-formatted cells of a
 * 1904 workbook are shifted to the 1900 system.
 */
export function parseWorksheetPart(xml: string, part: string, strings: readonly string[], styles: CellStyles, date1904: boolean, collectFormulas = false): WorksheetPart {
  const out: WorksheetPart = { rows: [], formats: [], merged: [], tableIds: [], formulasWithoutValue: [], formulaCells: [] };
  let inSheetData = false;
  let row = -1;
  let nextColumn = 0;
  let cell: CellState | null = null;
  let capture: "v" | "f" | "t" | null = null;
  let inInline = false;
  let phonetic = 0;
  // Number formats are gathered per row and equal rows share one frozen line: most rows of a table show the same
  // formats (a date column or two), and a sparse line of its own per row cost a 100 000-row sheet some 30 MB.
  const sharedFormats = new Map<string, string[]>();
  let formatRow = -1;
  let formatLine: string[] = [];
  let formatKey = "";
  const flushFormats = () => {
    if (formatRow < 0) return;
    let line = sharedFormats.get(formatKey);
    if (!line) sharedFormats.set(formatKey, (line = Object.freeze(formatLine) as string[]));
    out.formats[formatRow] = line;
    formatRow = -1;
  };
  const broken = (detail: string): never => {
    throw new XlsxError("broken", part, detail);
  };

  function store(c: CellState): void {
    let value: CellValue = null;
    const text = c.value;
    switch (c.type) {
      case "s": {
        if (text === null || text.trim() === "") break;
        const index = Number(text);
        if (!Number.isInteger(index) || index < 0 || index >= strings.length) broken(`shared string ${text} at ${columnName(c.column)}${c.row + 1}`);
        value = strings[index];
        break;
      }
      case "inlineStr":
        value = c.inline ? unescapeXstring(c.inline.join("")) : text === null ? null : unescapeXstring(text);
        break;
      case "str":
        value = text === null ? null : unescapeXstring(text);
        break;
      case "b":
        if (text !== null && text.trim() !== "") value = text.trim() === "1" || text.trim().toLowerCase() === "true";
        break;
      case "e":
        if (text !== null) value = { error: text.trim() };
        break;
      case "d":
        if (text !== null && text.trim() !== "") {
          const serial = isoToSerial(text.trim());
          value = serial === null ? text : serial;
        }
        break;
      default: {
        if (text === null || text.trim() === "") break;
        const n = Number(text);
        if (!Number.isFinite(n)) broken(`number '${text.slice(0, 20)}' at ${columnName(c.column)}${c.row + 1}`);
        value = date1904 && styles.isDate[c.style] ? n + DAYS_1904_TO_1900 : n;
      }
    }
    if (c.formula && collectFormulas) out.formulaCells.push(`${columnName(c.column)}${c.row + 1}`);
    if (c.formula && text === null && c.inline === null) out.formulasWithoutValue.push(`${columnName(c.column)}${c.row + 1}`);
    if (value === null || value === "") return;
    const line = (out.rows[c.row] ??= []);
    line[c.column] = value;
    const format = styles.formats[c.style];
    if (format !== undefined && format !== "General") {
      if (c.row !== formatRow) {
        flushFormats();
        formatRow = c.row;
        formatLine = [];
        formatKey = "";
      }
      formatLine[c.column] = format;
      formatKey += `${c.column}\u0000${format}\u0000`;
    }
  }

  scanXml(
    xml,
    {
      open(name, a, selfClosing) {
        if (name === "sheetData") {
          inSheetData = !selfClosing;
          return;
        }
        if (name === "mergeCell") {
          if (a.ref) out.merged.push(a.ref);
          return;
        }
        if (name === "tablePart") {
          if (a.id) out.tableIds.push(a.id);
          return;
        }
        if (!inSheetData) return;
        if (name === "row") {
          const r = a.r === undefined ? row + 1 : Number(a.r) - 1;
          if (!Number.isInteger(r) || r < 0 || r >= MAX_ROWS || r <= row) broken(`row ${a.r ?? r + 1}`);
          row = r;
          nextColumn = 0;
        } else if (name === "c") {
          let position = { row, column: nextColumn };
          if (a.r !== undefined) {
            const parsed = parseCellRef(a.r);
            if (!parsed) broken(`cell reference '${a.r}'`);
            position = parsed!;
            if (row >= 0 && position.row !== row) broken(`cell ${a.r} outside its row ${row + 1}`);
          }
          if (position.row < 0) broken("cell outside a row");
          if (position.column >= MAX_COLUMNS || position.column < nextColumn) broken(`cell ${a.r ?? columnName(position.column)}`);
          nextColumn = position.column + 1;
          cell = { row: position.row, column: position.column, type: a.t ?? "n", style: a.s === undefined ? 0 : Number(a.s), formula: false, value: null, inline: null };
          if (selfClosing) {
            store(cell);
            cell = null;
          }
        } else if (cell) {
          if (name === "v") {
            capture = selfClosing ? null : "v";
            if (cell.value === null) cell.value = "";
          } else if (name === "f") {
            cell.formula = true;
            capture = null;
          } else if (name === "is") {
            inInline = true;
            cell.inline ??= [];
          } else if (name === "rPh") phonetic += selfClosing ? 0 : 1;
          else if (name === "t" && inInline && phonetic === 0 && !selfClosing) capture = "t";
        }
      },
      close(name) {
        if (name === "sheetData") inSheetData = false;
        else if (name === "c" && cell) {
          store(cell);
          cell = null;
          capture = null;
        } else if (name === "v" || name === "t" || name === "f") capture = null;
        else if (name === "is") inInline = false;
        else if (name === "rPh") phonetic = Math.max(0, phonetic - 1);
      },
      text(text) {
        if (capture === "v" && cell) cell.value += text;
        else if (capture === "t" && cell && cell.inline) cell.inline.push(text);
      },
    },
    part,
  );
  flushFormats();
  return out;
}
