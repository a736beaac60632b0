import { parseRangeAddress, rangeAddress } from "../core/address";
import type { CellValue } from "../core/cell";
import { STATE_SHEET, type StateSheetWrite } from "../core/state/stateSheet";

/** One block of the state sheet as Office.js writes it: values with their number formats, and the request's weight. */
export interface StateBlock {
  address: string;
  values: (string | number | boolean)[][];
  formats: string[][];
  bytes: number;
}

/** Text as text (`@`, so Excel never takes `2025-06-26` for a date or `j:…` for anything else); numbers stay numbers. */
function cellFormat(value: CellValue): string {
  return typeof value === "number" ? "General" : "@";
}

function cellInput(value: CellValue): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  return value;
}

function weight(values: unknown[][], formats: string[][]): number {
  return JSON.stringify(values).length + JSON.stringify(formats).length;
}

/**
 * The planned state write in blocks of at most `maxBytes` of request each: a row of a large workbook's state (10 MB
 * at 100 000 activities) is cut into column blocks, because Excel on the web refuses a request over 5 MB.
 */
export function stateBlocks(plan: StateSheetWrite, maxBytes: number): StateBlock[] {
  const blocks: StateBlock[] = [];
  for (const write of plan.writes) {
    const origin = parseRangeAddress(write.address)!;
    write.values.forEach((line, r) => {
      const row = origin.top + r;
      let start = 0;
      while (start < line.length) {
        const values: (string | number | boolean)[] = [];
        const formats: string[] = [];
        let bytes = 0;
        for (let c = start; c < line.length; c++) {
          const cell = cellInput(line[c]);
          const size = JSON.stringify(cell).length + cellFormat(line[c]).length + 4;
          if (values.length > 0 && bytes + size > maxBytes) break;
          values.push(cell);
          formats.push(cellFormat(line[c]));
          bytes += size;
        }
        const left = origin.left + start;
        const box = { top: row, bottom: row, left, right: left + values.length - 1 };
        blocks.push({ address: rangeAddress(box), values: [values], formats: [formats], bytes: weight([values], [formats]) });
        start += values.length;
      }
    });
  }
  return blocks;
}

/** Groups blocks into round trips of at most `maxBytes` of request each. */
export function stateTrips(blocks: readonly StateBlock[], maxBytes: number): StateBlock[][] {
  const trips: StateBlock[][] = [];
  let current: StateBlock[] = [];
  let bytes = 0;
  for (const block of blocks) {
    if (current.length > 0 && bytes + block.bytes > maxBytes) {
      trips.push(current);
      current = [];
      bytes = 0;
    }
    current.push(block);
    bytes += block.bytes;
  }
  if (current.length) trips.push(current);
  return trips;
}

/** Queues the blocks: the number formats first, so every text lands as text. */
export function queueStateBlocks(context: Excel.RequestContext, blocks: readonly StateBlock[]): void {
  const sheet = context.workbook.worksheets.getItem(STATE_SHEET);
  for (const block of blocks) {
    const range = sheet.getRange(block.address);
    range.numberFormat = block.formats;
    range.values = block.values;
  }
}

/**
 * Adds the state sheet and makes it very hidden, or hides it again when someone made it visible. Setting
 * `Worksheet.visibility` cannot be undone on desktop Excel and clears the user's undo history from that call on
 * (excel/excel-add-ins-undo-capabilities.md); inside an undo group Excel refuses it (`UndoNotSupported`), and undoing
 * a group that added a very hidden sheet has crashed Excel (office-js#6001). So this runs before the group, on its own,
 * and only when something needs doing: an existing very hidden sheet is left alone. Never deleted (office-js#365).
 */
export function queueStateSheet(context: Excel.RequestContext, plan: StateSheetWrite, visibility: string | null): boolean {
  if (plan.create) {
    const sheet = context.workbook.worksheets.add(plan.sheet);
    sheet.visibility = plan.visibility as Excel.SheetVisibility;
    return true;
  }
  if (visibility !== plan.visibility) {
    context.workbook.worksheets.getItem(plan.sheet).visibility = plan.visibility as Excel.SheetVisibility;
    return true;
  }
  return false;
}
