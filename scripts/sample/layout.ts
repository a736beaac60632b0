/** Where things are in the sample workbook; shared by the generator and its checks. */
import * as path from "path";
import { DUTCH } from "../../src/functions/translations";
import { ACTIVITIES, INDICATORS, MEASUREMENTS, PARTIES, PLAN, QUOTA, SETTINGS, TableSpec } from "../../src/core/schema/tables";

export const SAMPLE_WORKBOOK_PATH = path.resolve(__dirname, "../../assets/Voorbeeld-activiteitenoverzicht.xlsx");

/** Fixed creation/modification time (also used for the zip entries), so a rebuild gives the same bytes. */
export const FIXED_TIMESTAMP = new Date(Date.UTC(2025, 5, 15, 8, 0, 0));

export const FUNCTIONS_SHEET = "Functies";

/** Tables in sheet order; the Functies sheet follows them. */
export const SAMPLE_TABLES: readonly TableSpec[] = [ACTIVITIES, INDICATORS, MEASUREMENTS, QUOTA, PLAN, PARTIES, SETTINGS];
export const SHEET_ORDER: readonly string[] = [...SAMPLE_TABLES.map((t) => t.sheet), FUNCTIONS_SHEET];

/**
 * Excel stores a JavaScript custom function in the file as `_xldudf_<NAMESPACE>_<ID>`: the function's
 * stable `id` (not its localized name), with any dot turned into an underscore. Once the add-in has
 * registered its functions, Excel shows the localized name (`BM.SALDO` in Dutch, `BM.BALANCE` in
 * English); without the add-in the formula bar shows the stored name and the cell keeps its cached
 * result. The ids are looked up in the add-in's Dutch name table.
 */
export const CUSTOM_FUNCTION_NAMESPACE = "BM";
export type SampleFunction = "OPGAVE" | "SALDO" | "ACHTERSTAND" | "VOORTGANG" | "STATUS";
/** Kept for the quota block's callers. */
export type LedgerFunction = Extract<SampleFunction, "OPGAVE" | "SALDO" | "ACHTERSTAND">;

export function functionId(dutchName: SampleFunction): string {
  const entry = Object.entries(DUTCH).find(([, text]) => text.name === dutchName);
  if (!entry) throw new Error(`geen functie met de Nederlandse naam ${dutchName} in src/functions/translations.ts`);
  return entry[0];
}

export function storedFunctionName(dutchName: SampleFunction): string {
  return `_xldudf_${CUSTOM_FUNCTION_NAMESPACE}_${functionId(dutchName).replace(/\./g, "_")}`;
}

/** Arguments of the ledger functions as written in the file (en-US form: commas). */
export const LEDGER_ARGUMENTS = `${QUOTA.table}[Taakstelling],${QUOTA.table}[Gehuisvest],Beginsaldo`;

/** The block of computed quota figures to the right of `tblTaakstelling`. */
export const COMPUTED_BLOCK = {
  dueColumn: "H",
  balanceColumn: "I",
  dueHeader: "Opgave (berekend)",
  balanceHeader: "Saldo (berekend)",
  /** First row of the computed figures: the table's first data row. */
  firstRow: 2,
  backlogLabelCell: "H10",
  backlogLabel: "Achterstand (berekend)",
  backlogCell: "I10",
  noteCell: "H12",
} as const;

/** Workbook names defined on the Instellingen sheet. */
export const DEFINED_NAMES = ["Beginsaldo", "Peildatum"] as const;

/**
 * The block of computed indicator figures to the right of `tblIndicatoren` (column M stays empty):
 * the latest measurement and its year looked up in `tblMetingen` with Excel's own functions, and
 * progress and status with BM.VOORTGANG and BM.STATUS on the cells of the same row.
 */
export const INDICATOR_BLOCK = {
  gapColumn: "M",
  latestColumn: "N",
  yearColumn: "O",
  progressColumn: "P",
  statusColumn: "Q",
  latestHeader: "Laatste meting",
  yearHeader: "Meetjaar",
  progressHeader: "Voortgang",
  statusHeader: "Status",
  firstRow: 2,
  /** Rows below the last indicator before the note. */
  noteOffset: 2,
} as const;

/** The setting whose cell BM.STATUS takes as its margin. */
export const MARGIN_SETTING = "Marge op koers (%)";
