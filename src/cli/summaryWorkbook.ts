import type ExcelJS from "exceljs";
import { parseRangeAddress } from "../core/address";
import type { StateSheetWrite } from "../core/state/stateSheet";
import type { SummarySheet } from "../core/summary/summarySheet";
import { DAYS_1904_TO_1900 } from "../xlsx/worksheetPart";
import { CliError } from "./cliError";
import { copyLosses } from "./copyLosses";
import type { WorkbookSnapshot } from "../core/snapshot";
import type { Lang } from "../core/rules/types";
import { snapshotOfBytes } from "./readWorkbook";
import { activateSheet, writeSummarySheet } from "./writeSummary";
import { uniqueSheetName } from "../core/summary/uniqueSheetName";
import { StyleTable } from "../xlsx/newStyles";
import { writeNewWorkbook } from "../xlsx/newWorkbook";
import { nodeDeflatePiece } from "./nodeDeflate";
import type { NewSheet } from "../xlsx/sheetXml";
import { stateNewSheet, summaryNewSheet } from "./summaryXlsx";


/** The file library, loaded only by the commands that write a workbook (its `require` alone costs most of a check). */
async function loadExcelJS(): Promise<typeof ExcelJS> {
  const module = await import("exceljs");
  return (module as unknown as { default?: typeof ExcelJS }).default ?? (module as unknown as typeof ExcelJS);
}

function addSheets(workbook: ExcelJS.Workbook, sheets: readonly SummarySheet[]): string[] {
  const written = sheets.map((sheet) => writeSummarySheet(workbook, sheet));
  activateSheet(workbook, written[0]);
  return written.map((w) => w.name);
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * Records the summary's state on the very hidden sheet (docs/vastgelegde-stand.md): added at the end when the
 * workbook has none, the new row below every row there is. Text as text (`@`), numbers as numbers. An existing sheet
 * keeps its visibility: in a copy of the user's workbook the copy must show what the original showed.
 */
function addStateRows(workbook: ExcelJS.Workbook, plan: StateSheetWrite): void {
  const sheet = workbook.getWorksheet(plan.sheet) ?? workbook.addWorksheet(plan.sheet, { state: "veryHidden" });
  for (const write of plan.writes) {
    const origin = parseRangeAddress(write.address)!;
    write.values.forEach((line, r) =>
      line.forEach((value, c) => {
        if (value === null || value === "") return;
        const cell = sheet.getCell(origin.top + r, origin.left + c + 1);
        cell.numFmt = typeof value === "number" ? "General" : "@";
        cell.value = typeof value === "object" ? value.error : value;
      }),
    );
  }
}

/**
 * A new workbook holding only the summary sheets, and the state they show on a very hidden sheet (for a later
 * `--vorige` or `verschil`): nothing of the user's workbook can be lost. Written with the project's own writer,
 * a row at a time: at 100 000 activity rows the file library needed over 1 GB for what this writes in a few MB.
 */
export function summaryWorkbook(sheets: readonly SummarySheet[], creator: string, state?: StateSheetWrite, created = new Date()): { bytes: Uint8Array; names: string[] } {
  const styles = new StyleTable();
  const names: string[] = [];
  const written: NewSheet[] = sheets.map((sheet) => {
    const name = uniqueSheetName(names, sheet.name);
    names.push(name);
    return summaryNewSheet(sheet, name, styles);
  });
  if (state) written.push(stateNewSheet(state, styles));
  const bytes = writeNewWorkbook(written, { creator, created, active: 0, styles, deflate: nodeDeflatePiece });
  return { bytes, names };
}

/**
 * The same workbook written through the file library, as the command line wrote it before it had its own writer:
 * the reference the tests compare `summaryWorkbook` with.
 */
export async function summaryWorkbookViaExcelJS(sheets: readonly SummarySheet[], creator: string, state?: StateSheetWrite): Promise<{ bytes: Uint8Array; names: string[] }> {
  const ExcelJSModule = await loadExcelJS();
  const workbook = new ExcelJSModule.Workbook();
  workbook.creator = creator;
  const names = addSheets(workbook, sheets);
  if (state) addStateRows(workbook, state);
  return { bytes: await bytesOf(workbook), names };
}

/** Summary dates are 1900-system serials; a 1904 workbook stores the same day 1 462 lower. */
function toDateSystem(sheet: SummarySheet, dateSystem: 1900 | 1904): SummarySheet {
  if (dateSystem === 1900) return sheet;
  return { ...sheet, cells: sheet.cells.map((c) => (c.kind === "date" && typeof c.value === "number" ? { ...c, value: c.value - DAYS_1904_TO_1900 } : c)) };
}

/**
 * The user's workbook with the summary sheets added, written through the file library only when the copy
 * keeps everything: the copy is read back and compared with the original (every part, sheet, table, merged
 * area and cell value). When anything would be lost, nothing is written and the message names what.
 */
export async function summaryInCopy(
  original: { bytes: Uint8Array; snapshot: WorkbookSnapshot; file: string },
  sheets: readonly SummarySheet[],
  lang: Lang,
  state?: StateSheetWrite,
): Promise<{ bytes: Uint8Array; names: string[] }> {
  const ExcelJSModule = await loadExcelJS();
  const workbook = new ExcelJSModule.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(original.bytes.buffer, original.bytes.byteOffset, original.bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw refusal(original.file, [{ nl: "de hele werkmap (de bestandsbibliotheek kan haar niet openen)", en: "the whole workbook (the file library cannot open it)" }], lang);
  }
  const dateSystem = original.snapshot.package?.dateSystem ?? 1900;
  const names = addSheets(workbook, sheets.map((s) => toDateSystem(s, dateSystem)));
  if (state) addStateRows(workbook, state);
  const bytes = await bytesOf(workbook);
  const losses = copyLosses(original.snapshot, snapshotOfBytes(bytes, original.file));
  if (losses.length > 0) throw refusal(original.file, losses, lang);
  return { bytes, names };
}

function refusal(file: string, losses: { nl: string; en: string }[], _lang: Lang): CliError {
  const list = (k: "nl" | "en") => losses.map((l) => l[k]).join(", ");
  return new CliError(
    `Er is niets geschreven: een kopie van '${file}' met de samenvatting zou dit kwijtraken: ${list("nl")}. Laat --met-werkmap weg; dan komt de samenvatting in een eigen werkmap en blijft uw werkmap zoals hij is.`,
    `Nothing was written: a copy of '${file}' with the summary would lose: ${list("en")}. Leave out --met-werkmap to get the summary as a workbook of its own; yours stays as it is.`,
  );
}
