import { cellAddress, columnLetter, rangeAddress } from "../address";
import type { CellValue } from "../cell";
import { cellAt, formatAt, lastColumn, lastRow } from "../locate/sheetGrid";
import { TABLES, type ColumnSpec } from "../schema/tables";
import type { WorkbookSnapshot } from "../snapshot";
import { sentences } from "./describe";
import { dropDownLists, listSource, listsGrid, listsMatch, listsRows, LISTS_SHEET, type DropDownList } from "./listsSheet";
import { bodyRange, tableLayouts, type TableLayout } from "./tableLayout";
import { factKey, type PlannedChange, type StructureAction, type StructureFacts, type StructureOptions, type StructurePlan } from "./types";

class PlanBuilder implements StructurePlan {
  changes: PlannedChange[] = [];
  actions: StructureAction[] = [];

  change(change: PlannedChange, ...actions: StructureAction[]): void {
    this.changes.push(change);
    this.actions.push(...actions);
  }
}

type ListsFact = NonNullable<StructureFacts["lists"]>;

function listsFromSnapshot(snapshot: WorkbookSnapshot): ListsFact | null {
  const sheet = snapshot.sheets.find((s) => s.name === LISTS_SHEET);
  if (!sheet) return null;
  const values: CellValue[][] = [];
  for (let row = 1; row <= lastRow(sheet); row++) {
    const line: CellValue[] = [];
    for (let column = 0; column <= lastColumn(sheet); column++) line.push(cellAt(sheet, row, column));
    values.push(line);
  }
  return { visible: sheet.visible, values };
}

function planLists(plan: PlanBuilder, snapshot: WorkbookSnapshot, lists: DropDownList[], facts: StructureFacts | undefined): void {
  const wanted = listsGrid(lists, listsRows(lists));
  const current = facts?.lists !== undefined ? facts.lists : listsFromSnapshot(snapshot);
  const write = (rows: number): StructureAction => ({ type: "writeListsSheet", sheet: LISTS_SHEET, lists: lists.map(({ header, values }) => ({ header, values })), rows });
  const target = `A1:${columnLetter(lists.length - 1)}${wanted.length}`;
  if (current === null) {
    const hide: StructureAction = { type: "hideSheet", sheet: LISTS_SHEET };
    plan.change({ kind: "lists-sheet", sheet: LISTS_SHEET, target, description: sentences.listsSheet(true) }, { type: "addSheet", sheet: LISTS_SHEET }, write(wanted.length), hide);
    return;
  }
  const actions: StructureAction[] = [];
  if (!listsMatch(current.values, wanted)) actions.push(write(Math.max(current.values.length, wanted.length)));
  if (current.visible) actions.push({ type: "hideSheet", sheet: LISTS_SHEET });
  if (actions.length) plan.change({ kind: "lists-sheet", sheet: LISTS_SHEET, target, description: sentences.listsSheet(false) }, ...actions);
}

function planTable(plan: PlanBuilder, layout: TableLayout): void {
  const { spec, sheet, box } = layout;
  const address = rangeAddress(box);
  if (layout.status === "blocked") {
    const kind = layout.blocker?.reason === "no-header" ? "create-table" : "convert-range";
    plan.changes.push({ kind, sheet, target: address, description: sentences.blocked(spec.table, layout.blocker!, address), skipped: true });
    return;
  }
  const appendedHeaders = layout.appended.map((c) => c.header);
  const addColumns = () =>
    layout.appended.forEach((column, i) => {
      const cell = cellAddress(box.top, layout.appendAt + i);
      plan.changes.push({ kind: "add-column", sheet, target: cell, description: sentences.addColumn(column.header, cell) });
    });
  if (layout.status === "create") {
    const headers = spec.columns.map((c) => c.header);
    plan.change(
      { kind: "create-table", sheet, target: address, description: sentences.createTable(spec.table, address, headers.length) },
      { type: "writeHeaderCells", sheet, row: box.top, startColumn: box.left, headers },
      { type: "addTable", sheet, address, name: spec.table, hasHeaders: true },
    );
  } else if (layout.status === "convert") {
    if (appendedHeaders.length) plan.actions.push({ type: "writeHeaderCells", sheet, row: box.top, startColumn: layout.appendAt, headers: appendedHeaders });
    const rows = box.bottom - box.top;
    const extra = layout.extra.map((column) => column.header.trim());
    plan.change(
      { kind: "convert-range", sheet, target: address, description: sentences.convertRange(spec.table, address, rows, extra, layout.rewrittenHeaders) },
      { type: "addTable", sheet, address, name: spec.table, hasHeaders: true },
    );
    addColumns();
  } else {
    const current = layout.tableName ?? spec.table;
    if (current !== spec.table) {
      plan.change({ kind: "rename-table", sheet, target: current, description: sentences.renameTable(current, spec.table) }, { type: "renameTable", from: current, to: spec.table });
    }
    if (appendedHeaders.length) {
      plan.actions.push({ type: "addTableColumns", table: spec.table, sheet, headerRow: box.top, startColumn: layout.appendAt, headers: appendedHeaders });
      addColumns();
    }
  }
  for (const { spec: column, cell } of layout.notAppended) {
    plan.changes.push({ kind: "add-column", sheet, target: cell, description: sentences.columnNotAdded(column.header, cell), skipped: true });
  }
}

/** A column already carries a date format of its own (`dd-mm-yyyy`, `d mmm yyyy`): the user's choice is kept. */
function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]/g, "");
  return /y/i.test(bare) && /[dm]/i.test(bare) && !/[hs0#@]/i.test(bare);
}

function formatOk(current: string, target: string, column: ColumnSpec): boolean {
  return current === target || (column.type === "date" && isDateFormat(current));
}

function currentFormats(snapshot: WorkbookSnapshot, layout: TableLayout, column: number, facts: StructureFacts | undefined): string[] {
  const range = bodyRange(layout, column);
  const known = facts?.ranges[factKey(layout.sheet, range)]?.numberFormats;
  if (known) return known.map((line) => line[0]);
  const sheet = layout.sheetIsNew ? undefined : snapshot.sheets.find((s) => s.name === layout.sheet);
  const out: string[] = [];
  for (let row = layout.box.top + 1; row <= layout.box.bottom; row++) out.push((sheet && formatAt(sheet, row, column)) ?? "General");
  return out;
}

function planFormats(plan: PlanBuilder, snapshot: WorkbookSnapshot, layout: TableLayout, facts: StructureFacts | undefined): void {
  const text: string[] = [];
  const number: string[] = [];
  const actions: StructureAction[] = [];
  for (const { spec: column, index } of layout.columns) {
    const format = column.freeText ? "@" : column.numberFormat;
    if (!format) continue;
    if (currentFormats(snapshot, layout, index, facts).every((current) => formatOk(current, format, column))) continue;
    actions.push({ type: "setNumberFormat", sheet: layout.sheet, range: bodyRange(layout, index), format });
    (format === "@" ? text : number).push(column.header);
  }
  const target = rangeAddress({ ...layout.box, top: layout.box.top + 1 });
  if (text.length) plan.changes.push({ kind: "text-format", sheet: layout.sheet, target, description: sentences.textFormat(text) });
  if (number.length) plan.changes.push({ kind: "number-format", sheet: layout.sheet, target, description: sentences.numberFormat(number) });
  plan.actions.push(...actions);
}

function planValidations(plan: PlanBuilder, layout: TableLayout, lists: DropDownList[], facts: StructureFacts | undefined): void {
  const headers: string[] = [];
  for (const { spec: column, index } of layout.columns) {
    const listIndex = lists.findIndex((list) => list.usedBy.includes(`${layout.spec.key}.${column.key}`));
    if (listIndex < 0) continue;
    const range = bodyRange(layout, index);
    const source = listSource(lists, listIndex);
    const current = layout.sheetIsNew ? { type: "None", source: null } : facts?.ranges[factKey(layout.sheet, range)]?.validation;
    if (current?.type === "List" && current.source === source) continue;
    plan.actions.push({ type: "setListValidation", sheet: layout.sheet, range, source, strict: lists[listIndex].strict });
    headers.push(column.header);
  }
  if (headers.length) plan.changes.push({ kind: "list-validation", sheet: layout.sheet, target: rangeAddress({ ...layout.box, top: layout.box.top + 1 }), description: sentences.listValidation(headers) });
}

function planView(plan: PlanBuilder, layout: TableLayout, facts: StructureFacts | undefined): void {
  const frozen = layout.sheetIsNew ? { rows: 0, columns: 0 } : facts?.frozen[layout.sheet];
  const rows = layout.box.top;
  if (frozen?.rows !== rows) {
    plan.change(
      { kind: "freeze-header", sheet: layout.sheet, target: `${rows}:${rows}`, description: sentences.freeze(rows) },
      { type: "freezeRows", sheet: layout.sheet, rows, columns: frozen?.columns ?? 0 },
    );
  }
  const widened = layout.columns.filter((c) => c.created && c.spec.width);
  if (!widened.length) return;
  const target = widened.map((c) => columnLetter(c.index)).join(", ");
  plan.change(
    { kind: "column-width", sheet: layout.sheet, target, description: sentences.columnWidth(widened.map((c) => c.spec.header)) },
    ...widened.map((c): StructureAction => ({ type: "setColumnWidth", sheet: layout.sheet, column: c.index, widthChars: c.spec.width! })),
  );
}

/**
 * What *Inrichten* would do to bring the workbook to the standard format, as changes to preview and
 * actions to apply. Never deletes, moves or overwrites what a user wrote; run on its own result, it
 * plans nothing.
 */
export function planStructure(snapshot: WorkbookSnapshot, options: StructureOptions): StructurePlan {
  const plan = new PlanBuilder();
  const { facts } = options;
  const layouts = tableLayouts(snapshot, TABLES);
  for (const layout of layouts) {
    if (layout.sheetIsNew) plan.change({ kind: "create-sheet", sheet: layout.sheet, target: layout.sheet, description: sentences.createSheet(layout.sheet) }, { type: "addSheet", sheet: layout.sheet });
  }
  const lists = dropDownLists(snapshot);
  const validation = options.dataValidation !== false;
  if (validation) planLists(plan, snapshot, lists, facts);
  for (const layout of layouts) planTable(plan, layout);
  for (const layout of layouts) {
    if (layout.status === "blocked") continue;
    planFormats(plan, snapshot, layout, facts);
    if (validation) planValidations(plan, layout, lists, facts);
    planView(plan, layout, facts);
  }
  return { changes: plan.changes, actions: plan.actions };
}

/** The ranges whose current state the plan depends on, for an adapter to read before planning again. */
export function rangesToRead(plan: StructurePlan): { sheet: string; range: string; kind: "format" | "validation" }[] {
  const out: { sheet: string; range: string; kind: "format" | "validation" }[] = [];
  for (const action of plan.actions) {
    if (action.type === "setNumberFormat") out.push({ sheet: action.sheet, range: action.range, kind: "format" });
    if (action.type === "setListValidation") out.push({ sheet: action.sheet, range: action.range, kind: "validation" });
  }
  return out;
}
