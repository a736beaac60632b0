import { qualifiedAddress } from "../address";
import type { CellValue } from "../cell";
import type { Lang, Localized } from "../rules/types";

/** One change *Inrichten* will make, as the preview and the report show it. */
export interface PlannedChange {
  kind:
    | "create-sheet"
    | "create-table"
    | "convert-range"
    | "rename-table"
    | "add-column"
    | "list-validation"
    | "number-format"
    | "text-format"
    | "freeze-header"
    | "column-width"
    | "lists-sheet";
  sheet: string;
  /** A1 range or table name the change applies to. */
  target: string;
  description: Localized;
  /** The change cannot be made (merged cells, an occupied cell …); `description` says why and what to do. */
  skipped?: boolean;
}

/**
 * A write of *Inrichten*, serialisable, in the order it is applied. Rows are 1-based Excel rows,
 * columns 0-based; ranges are A1 addresses on `sheet`.
 */
export type StructureAction =
  | { type: "addSheet"; sheet: string }
  /** Only ever into cells the snapshot shows empty. */
  | { type: "writeHeaderCells"; sheet: string; row: number; startColumn: number; headers: string[] }
  | { type: "addTable"; sheet: string; address: string; name: string; hasHeaders: true }
  | { type: "renameTable"; from: string; to: string }
  /** Appends columns on the right of an existing table, into empty cells. */
  | { type: "addTableColumns"; table: string; sheet: string; headerRow: number; startColumn: number; headers: string[] }
  /** `strict: false` warns instead of refusing a value outside the list (Trekker may name several parties). */
  | { type: "setListValidation"; sheet: string; range: string; source: string; strict: boolean }
  | { type: "setNumberFormat"; sheet: string; range: string; format: string }
  /** Freezes the top `rows`, keeping `columns` frozen columns the user had. */
  | { type: "freezeRows"; sheet: string; rows: number; columns: number }
  | { type: "setColumnWidth"; sheet: string; column: number; widthChars: number }
  /** Column per list from A, header in row 1; `rows` covers old entries too so they are blanked. All text. */
  | { type: "writeListsSheet"; sheet: string; lists: { header: string; values: string[] }[]; rows: number }
  | { type: "hideSheet"; sheet: string };

export interface StructurePlan {
  changes: PlannedChange[];
  actions: StructureAction[];
}

/** What the snapshot does not hold but the plan depends on, read by the adapter from the plan's own ranges. */
export interface StructureFacts {
  /** By `Blad!A1:B2` (see `factKey`): what a range the plan formats or validates holds now. */
  ranges: Record<string, RangeFacts>;
  /** Frozen panes by sheet name. */
  frozen: Record<string, { rows: number; columns: number }>;
  /** The lists sheet from A1, or null when it does not exist; absent means "not read". */
  lists?: { visible: boolean; values: CellValue[][] } | null;
}

export interface RangeFacts {
  numberFormats?: string[][];
  /** The list source (`=Lijsten!$A$2:$A$6`) of a uniform list validation; null when there is none or it differs per cell. */
  validation?: { type: string; source: string | null };
}

export interface StructureOptions {
  lang: Lang;
  facts?: StructureFacts;
  /** Data validation can be set (ExcelApi 1.8); without it no lists are planned. */
  dataValidation?: boolean;
}

/** The key of a range in `StructureFacts.ranges`: the sheet-qualified A1 address. */
export function factKey(sheet: string, range: string): string {
  return qualifiedAddress(sheet, range);
}
