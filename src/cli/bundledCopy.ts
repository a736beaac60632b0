import { cellAddress } from "../core/address";
import type { CellWrite, TableAppend } from "../core/merge/types";
import { isoToExcelSerial } from "../core/parse/isoDate";
import type { PlanStyle, PlanValue, SheetPlan } from "../core/returns/sheetPlan";
import type { WorkbookSnapshot } from "../core/snapshot";
import { openPatcher, PatchError, type CellPatch, type NewWorksheet, type PatchValue, type XlsxPatcher } from "../xlsx/patcher";
import { CliError } from "./cliError";
import { nodeDeflatePiece, nodeDeflateRaw } from "./nodeDeflate";
import { copyLossesBySheet } from "./copyLosses";
import { nodeInflateRaw, sheetsOfBytes } from "./readWorkbook";

/** What the patcher writes for a typed value: text as text, a date as a (1900-system) serial it converts. */
export function patchValue(value: PlanValue | null): PatchValue {
  if (value === null) return null;
  if (value.type === "date") return { date: isoToExcelSerial(value.value) };
  return value.value;
}

function cellPatch(write: CellWrite): CellPatch {
  const patch: CellPatch = { cell: cellAddress(write.row, write.column), value: patchValue(write.value) };
  if (write.value.type === "number" && write.value.numberFormat) patch.numberFormat = write.value.numberFormat;
  return patch;
}

const BOLD: ReadonlySet<PlanStyle> = new Set(["title", "heading", "tableHeader", "label", "warning"]);

/** A sheet plan as the patcher adds it: values, bold where the plan's look is bold, wrap, merges, widths, heights. */
export function newWorksheet(plan: SheetPlan): NewWorksheet {
  return {
    name: plan.name,
    rows: [],
    cells: plan.cells.map((cell) => ({ row: cell.row, column: cell.column, value: patchValue(cell.value), bold: BOLD.has(cell.style), wrap: cell.wrap })),
    widths: plan.columnWidths,
    frozenRows: plan.frozenRows,
    merges: plan.merges,
    rowHeights: plan.rowHeights,
  };
}

function refusal(file: string, nl: string, en: string): CliError {
  return new CliError(`Er is niets geschreven. ${file}: ${nl}`, `Nothing was written. ${file}: ${en}`);
}

/** The patcher's refusal in words the werkgroep can act on; the file is named. */
function patchRefusal(error: PatchError, file: string, append?: TableAppend): CliError {
  switch (error.code) {
    case "totals-row":
      return refusal(
        file,
        `De tabel ${append?.table ?? ""} op het werkblad ${append?.sheet ?? ""} toont een totaalrij; nieuwe rijen kunnen er niet boven worden gezet zonder de werkmap te herschikken. Zet de totaalrij uit (Tabelontwerp > Totaalrij), bundel opnieuw en zet hem daarna weer aan.`,
        `The table ${append?.table ?? ""} on the worksheet ${append?.sheet ?? ""} shows a totals row; new rows cannot be put above it without rearranging the workbook. Switch the totals row off (Table Design > Total Row), bundle again and switch it back on.`,
      );
    case "unsupported":
      if (/Strict/.test(error.message)) {
        return refusal(file, "Het overzicht is opgeslagen als 'Strict Open XML-werkmap'; daarin kan de Beleidsmonitor niet schrijven zonder iets te verliezen. Sla het in Excel op als 'Excel-werkmap (*.xlsx)' en bundel opnieuw.", "The overview is saved as a 'Strict Open XML Spreadsheet', which Beleidsmonitor cannot write to without losing something. Save it in Excel as 'Excel Workbook (*.xlsx)' and bundle again.");
      }
      if (/row number/.test(error.message)) {
        return refusal(file, `Het werkblad ${append?.sheet ?? ""} heeft rijen zonder rijnummer (het is gemaakt door een ander programma dan Excel), dus er kunnen niet veilig rijen bij. Open het overzicht in Excel, sla het op en bundel opnieuw.`, `The worksheet ${append?.sheet ?? ""} has rows without a row number (it was made by another program than Excel), so rows cannot be added safely. Open the overview in Excel, save it and bundle again.`);
      }
      break;
    case "not-empty":
      return refusal(file, `Onder de tabel op het werkblad ${append?.sheet ?? ""} staat al iets waar de nieuwe rijen moeten komen. Maak ruimte en bundel opnieuw.`, `Below the table on the worksheet ${append?.sheet ?? ""} something is already where the new rows must go. Make room and bundle again.`);
  }
  return refusal(file, `Het gebundelde overzicht kon niet zonder verlies worden geschreven (${error.message}).`, `The bundled overview could not be written without losses (${error.message}).`);
}

function appendRows(patcher: XlsxPatcher, append: TableAppend): void {
  const rows = append.rows.map((row) => row.map(patchValue));
  if (append.table === null) {
    patcher.appendRows(append.sheet, append.firstRow, append.left, rows);
    return;
  }
  const info = patcher.tableInfo(append.table);
  if (info.totalsRowCount > 0) throw new PatchError("totals-row", `table ${append.table} shows a totals row`);
  patcher.appendTableRows(append.table, rows, append.firstRow);
}

export interface BundledCopyInput {
  file: string;
  bytes: Uint8Array;
  /** The overview as it will be after bundling (`applyBundle`): what the copy is read back and compared with. */
  expected: WorkbookSnapshot;
  writes: readonly CellWrite[];
  appends: readonly TableAppend[];
  sheet: SheetPlan;
  /** Collects what the patcher let go before the copy is read back (`releaserFor`); nothing by default. */
  release?: () => void;
}

/** The patched package's bytes; the patcher, with the parts it rewrote, is let go when this returns. */
function patchedBytes(input: BundledCopyInput, release: () => void): Uint8Array {
  let patcher: XlsxPatcher;
  try {
    patcher = openPatcher(input.bytes, { inflateRaw: nodeInflateRaw, deflateRaw: nodeDeflateRaw, deflatePiece: nodeDeflatePiece });
  } catch (error) {
    if (error instanceof PatchError) throw patchRefusal(error, input.file);
    throw error;
  }
  const bySheet = new Map<string, CellPatch[]>();
  for (const write of input.writes) {
    const list = bySheet.get(write.sheet) ?? [];
    list.push(cellPatch(write));
    bySheet.set(write.sheet, list);
  }
  let current: TableAppend | undefined;
  try {
    for (const [sheet, cells] of bySheet) {
      patcher.setCells(sheet, cells);
      // Each rewritten sheet leaves its scan behind (a 100 000-row sheet's worth): collected before the next step.
      release();
    }
    for (const append of input.appends) {
      current = append;
      appendRows(patcher, append);
    }
    current = undefined;
    patcher.addWorksheet(newWorksheet(input.sheet));
  } catch (error) {
    if (error instanceof PatchError) throw patchRefusal(error, input.file, current);
    throw error;
  }
  // The edits' garbage (a 100 000-row sheet scanned and rewritten) is collected before the package is encoded.
  release();
  return patcher.toBytes();
}

/**
 * The bundled overview as a copy of the user's package, patched in place: every cell write in the workbook's
 * date system, rows appended to their tables, the Bundeling sheet added; every other part copied byte for byte.
 * The copy is read back and compared with what bundling promised, one sheet at a time (a 100 000-row overview
 * would otherwise be held twice): any difference and nothing is written.
 */
export function bundledCopy(input: BundledCopyInput): Uint8Array {
  const release = input.release ?? (() => undefined);
  const bytes = patchedBytes(input, release);
  release();
  const losses = copyLossesBySheet(input.expected, (onSheet) =>
    sheetsOfBytes(bytes, input.file, (sheet) => {
      onSheet(sheet);
      release();
    }),
  );
  if (losses.length > 0) {
    const list = (k: "nl" | "en") => losses.map((l) => l[k]).join(", ");
    throw new CliError(
      `Er is niets geschreven: de gebundelde kopie van '${input.file}' week af van wat het bundelen beloofde (${list("nl")}). Meld dit bij de beheerder van de Beleidsmonitor.`,
      `Nothing was written: the bundled copy of '${input.file}' differed from what bundling promised (${list("en")}). Please report this.`,
    );
  }
  return bytes;
}
