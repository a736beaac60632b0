/**
 * A workbook or sheet the core wants written, described without any spreadsheet library: the return
 * workbook of the uitvraag and the `Bundeling` sheet are both plans. An adapter (ExcelJS, Office.js, the
 * package patcher) only translates; it decides nothing.
 *
 * Positions: rows are 1-based Excel rows, columns 0-based; ranges are A1 addresses on the plan's sheet.
 */
import type { IsoDate } from "../parse/isoDate";

/**
 * A typed cell value. `text` is always written as literal text: `=HYPERLINK(…)`, `+31 6…` or `-5 woningen`
 * must land in the cell as that text, never as a formula or a number. `date` is a calendar date that the
 * adapter writes as a date (a serial in the workbook's own date system, with a date format when the cell
 * has none). `numberFormat` on a number is a hint (e.g. a percentage format), in Excel's en-US syntax.
 */
export type PlanValue =
  | { type: "text"; value: string }
  | { type: "number"; value: number; numberFormat?: string }
  | { type: "date"; value: IsoDate }
  | { type: "boolean"; value: boolean };

/** Named looks; `PLAN_STYLES` says what each means, so every adapter draws them alike. */
export type PlanStyle =
  | "title"
  | "subtitle"
  | "heading"
  | "label"
  | "text"
  | "note"
  | "warning"
  | "tableHeader"
  /** A cell of the agreement: shaded, not to be changed by the party. */
  | "agreement"
  /** A cell the party answers: white, open. */
  | "answer";

export interface PlanCell {
  row: number;
  column: number;
  value: PlanValue;
  style: PlanStyle;
  /** Text wraps inside the cell. */
  wrap?: boolean;
}

export type ColumnRole = "agreement" | "answer";

export interface PlanColumn {
  /** Header exactly as the workbook contract writes it. */
  header: string;
  /** Contract key of the column (`status`, `value`, …). */
  key: string;
  /** Its data cells are drawn with the style of the same name: `agreement` shaded, `answer` open. */
  role: ColumnRole;
  /** Width in characters. */
  width: number;
  /** Format for the column's data cells (`@` for text, `d-m-yyyy` for dates …), en-US syntax. */
  numberFormat?: string;
  /** Locked under sheet protection. Only meaningful when the sheet has `protection`. */
  locked: boolean;
  /** Long text wraps inside the cells. */
  wrap: boolean;
}

/** An Excel table (ListObject): header row (style `tableHeader`, text) plus data rows, from `ref`'s top-left cell. */
export interface PlanTable {
  /** The contract's table name, e.g. `tblActiviteiten`. */
  name: string;
  /** Full range including the header row, e.g. `A3:O12`. */
  ref: string;
  headerRow: number;
  /** 0-based first column. */
  left: number;
  columns: PlanColumn[];
  /** Data rows in column order; null is an empty cell. Never empty: an empty table holds one blank row. */
  rows: (PlanValue | null)[][];
}

/** A drop-down list on a range. The values contain no commas, so an inline list source works everywhere. */
export interface ListValidation {
  range: string;
  values: string[];
  /** Refuse a value outside the list (otherwise only warn). */
  strict: boolean;
}

/** Sheet protection without a password: locked cells cannot be edited, the rest stays usable. */
export interface SheetProtection {
  password: null;
  allowSelectLockedCells: true;
  allowFormatColumns: true;
  allowSort: boolean;
  allowAutoFilter: boolean;
}

export interface SheetPlan {
  name: string;
  /** Widths of the columns from A, in characters. */
  columnWidths: number[];
  /** Rows kept in view while scrolling (0: none). */
  frozenRows: number;
  /** Cells outside the tables. */
  cells: PlanCell[];
  /** Merged A1 ranges (only ever over cells outside the tables). */
  merges: string[];
  /** Heights in points of rows that need more than one line. */
  rowHeights: Record<number, number>;
  tables: PlanTable[];
  validations: ListValidation[];
  protection: SheetProtection | null;
}

/** What a style key looks like: colours as `#RRGGBB`, sizes in points. */
export interface PlanLook {
  size: number;
  color: string;
  bold?: boolean;
  italic?: boolean;
  fill?: string;
  borderBottom?: string;
}

const NAVY = "#1F3A5F";
const SLATE = "#44546A";

export const PLAN_STYLES: Record<PlanStyle, PlanLook> = {
  title: { size: 16, bold: true, color: NAVY },
  subtitle: { size: 11, color: SLATE },
  heading: { size: 12, bold: true, color: NAVY, borderBottom: NAVY },
  label: { size: 10, bold: true, color: SLATE },
  text: { size: 10, color: "#222222" },
  note: { size: 9, italic: true, color: "#595959" },
  warning: { size: 10, bold: true, color: "#7A1F1F", fill: "#F9DADA" },
  tableHeader: { size: 10, bold: true, color: NAVY, fill: "#E3E9F1", borderBottom: "#8EA2BC" },
  agreement: { size: 10, color: "#3A3A3A", fill: "#E7E6E6" },
  answer: { size: 10, color: "#222222" },
};

/** Sheet protection that keeps sorting and filtering usable. */
export const OPEN_PROTECTION: SheetProtection = {
  password: null,
  allowSelectLockedCells: true,
  allowFormatColumns: true,
  allowSort: true,
  allowAutoFilter: true,
};
