import { columnLetter, parseRangeAddress, rangeAddress } from "../core/address";
import type { Lang } from "../core/rules/types";
import type { StructureAction } from "../core/structure/types";

/** Excel's column width in characters of the default font, in the points the API uses (7 px per character + 5 px padding). */
export function charsToPoints(chars: number): number {
  return Math.round((Math.trunc(chars * 7 + 5) * 3) / 4 * 100) / 100;
}

/** A grid of `rows × columns` holding one value, for properties Office.js sets cell by cell. */
export function filled<T>(rows: number, columns: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array<T>(columns).fill(value));
}

function size(range: string): { rows: number; columns: number } {
  const box = parseRangeAddress(range);
  if (!box) throw new Error(`Ongeldig bereik ${range}`);
  return { rows: box.bottom - box.top + 1, columns: box.right - box.left + 1 };
}

const ALERT: Record<Lang, { title: string; strict: string; loose: string }> = {
  nl: { title: "Beleidsmonitor", strict: "Kies een waarde uit de lijst.", loose: "Deze waarde staat niet in de lijst. Toch gebruiken?" },
  en: { title: "Beleidsmonitor", strict: "Choose a value from the list.", loose: "This value is not in the list. Use it anyway?" },
};

/** Queues one action on the context; nothing is sent until the caller's single `sync`. */
function queueAction(context: Excel.RequestContext, action: StructureAction, lang: Lang): void {
  const workbook = context.workbook;
  const sheet = (name: string) => workbook.worksheets.getItem(name);
  switch (action.type) {
    case "addSheet":
      workbook.worksheets.add(action.sheet);
      return;
    case "writeHeaderCells": {
      const address = rangeAddress({ top: action.row, bottom: action.row, left: action.startColumn, right: action.startColumn + action.headers.length - 1 });
      sheet(action.sheet).getRange(address).values = [action.headers];
      return;
    }
    case "addTable":
      sheet(action.sheet).tables.add(action.address, action.hasHeaders).name = action.name;
      return;
    case "renameTable":
      workbook.tables.getItem(action.from).name = action.to;
      return;
    case "addTableColumns": {
      const table = workbook.tables.getItem(action.table);
      for (const header of action.headers) table.columns.add(undefined, undefined, header);
      return;
    }
    case "setListValidation": {
      const validation = sheet(action.sheet).getRange(action.range).dataValidation;
      // A rule cannot be set over an existing one: clear first.
      validation.clear();
      validation.rule = { list: { inCellDropDown: true, source: action.source } };
      const { strict } = action;
      validation.errorAlert = { showAlert: true, style: strict ? "Stop" : "Warning", title: ALERT[lang].title, message: strict ? ALERT[lang].strict : ALERT[lang].loose };
      return;
    }
    case "setNumberFormat": {
      const { rows, columns } = size(action.range);
      sheet(action.sheet).getRange(action.range).numberFormat = filled(rows, columns, action.format);
      return;
    }
    case "freezeRows": {
      const panes = sheet(action.sheet).freezePanes;
      if (action.columns > 0) panes.freezeAt(sheet(action.sheet).getRange(`A1:${columnLetter(action.columns - 1)}${action.rows}`));
      else panes.freezeRows(action.rows);
      return;
    }
    case "setColumnWidth": {
      const letter = columnLetter(action.column);
      sheet(action.sheet).getRange(`${letter}:${letter}`).format.columnWidth = charsToPoints(action.widthChars);
      return;
    }
    case "writeListsSheet": {
      const range = sheet(action.sheet).getRange(`A1:${columnLetter(action.lists.length - 1)}${action.rows}`);
      // Text format before the values, in the same batch: a party named "-Wonen" stays text.
      range.numberFormat = filled(action.rows, action.lists.length, "@");
      range.values = Array.from({ length: action.rows }, (_, r) => action.lists.map((list) => (r === 0 ? list.header : (list.values[r - 1] ?? ""))));
      return;
    }
    case "hideSheet":
      sheet(action.sheet).visibility = "Hidden";
      return;
  }
}

export function queueStructureActions(context: Excel.RequestContext, actions: readonly StructureAction[], lang: Lang): void {
  for (const action of actions) queueAction(context, action, lang);
}
