import type { CellValue } from "../cell";
import type { WorkbookModel } from "../model/workbookModel";
import type { ParsedTable } from "../model/parsedTable";
import type { ColumnSpec } from "../schema/tables";
import type { CellKind, CellVisit, Rule, RuleContext } from "../rules/types";

const KINDS: readonly CellKind[] = ["blank", "text", "number", "boolean", "error"];
const BLANK = 0;
const TEXT = 1;
const NUMBER = 2;
const BOOLEAN = 3;
const ERROR = 4;

/** Index in KINDS of a cell's kind; the same notion of blank as `isBlank`, without trimming ordinary text. */
function kindIndex(value: CellValue | undefined): number {
  if (value === null || value === undefined) return BLANK;
  switch (typeof value) {
    case "string": {
      if (value.length === 0) return BLANK;
      const first = value.charCodeAt(0);
      // Text starting with a visible ASCII character is never blank: no need to trim it.
      if (first > 32 && first < 127) return TEXT;
      return value.trim() === "" ? BLANK : TEXT;
    }
    case "number":
      return NUMBER;
    case "boolean":
      return BOOLEAN;
    default:
      return ERROR;
  }
}

/** The kind of a cell as a {@link CellSelector} sees it. */
export function cellKind(value: CellValue | undefined): CellKind {
  return KINDS[kindIndex(value)];
}

/** An entry as the pass calls it: its context counts the reports, so the pass knows when a value was let through. */
interface Taker<E> {
  entry: E;
  context: RuleContext;
}

/** Distinct values per column and kind remembered as silent; beyond this the column holds mostly unique values. */
const MAX_SILENT = 256;

interface ColumnPlan<E> {
  column: ColumnSpec;
  offset: number;
  /** The entries to call, by kind index. */
  byKind: Taker<E>[][];
  /**
   * By kind index, when every taker of that kind judges by value alone: the values that made none of
   * them report, so the same value further down the column is not judged again. Null otherwise.
   */
  silent: (Set<CellValue> | null)[];
  /**
   * Silent values lately met, by `recentSlot`: a column repeats a few values, and comparing a cell with the one
   * value in its slot is cheaper than hashing it for `silent`.
   */
  recent: (CellValue | undefined)[];
}

const RECENT_SLOTS = 64;

/** Where `recent` keeps a value: by a text's length and first character, or a number's integer part; -1 for others. */
function recentSlot(value: CellValue | undefined): number {
  if (typeof value === "string") return (value.length * 7 + value.charCodeAt(0)) & (RECENT_SLOTS - 1);
  if (typeof value === "number") return (value | 0) & (RECENT_SLOTS - 1);
  return -1;
}

function planColumns<E extends CellEntry>(table: ParsedTable, entries: readonly Taker<E>[]): ColumnPlan<E>[] {
  const plans: ColumnPlan<E>[] = [];
  for (const column of table.spec.columns) {
    const offset = table.offsetOf(column.key);
    if (offset === undefined) continue;
    const takers = entries.filter(({ entry: { rule } }) => rule.checkCell && (rule.cells?.columns?.(table, column) ?? true));
    const byKind = KINDS.map((kind) => takers.filter(({ entry: { rule } }) => rule.cells?.kinds?.includes(kind) ?? true));
    const silent = byKind.map((list) => (list.length > 0 && list.every(({ entry }) => entry.rule.cells?.byValue) ? new Set<CellValue>() : null));
    if (byKind.some((list) => list.length > 0)) plans.push({ column, offset, byKind, silent, recent: new Array(RECENT_SLOTS).fill(undefined) });
  }
  return plans;
}

/** Values worth remembering: text and numbers other than zero (the parsers tell -0 from 0, a Set does not). */
function rememberable(value: CellValue | undefined): boolean {
  return typeof value === "string" || (typeof value === "number" && value !== 0) || typeof value === "boolean";
}

/** A cell rule as the pass calls it: the rule, its context, and whether it has failed (then it is called no more). */
export interface CellEntry {
  rule: Rule;
  context: RuleContext;
  failed?: boolean;
}

/**
 * One pass over every cell of every filled row of every located table, each cell handed only to the
 * cell rules whose selector takes it (decided per column and kind before the pass, not per cell).
 * A rule that throws is marked failed, reported once through `onError` and called no more.
 * Rules whose selector says `byValue` are called once per distinct value of a column as long as they
 * stay silent on it: a value that made them report is judged again in every cell.
 * The visit object is reused between calls: a rule must not keep it.
 */
export function visitCells<E extends CellEntry>(model: WorkbookModel, entries: readonly E[], onError: (entry: E, error: unknown) => void): void {
  const counter = { reports: 0 };
  const counted = entries.map((entry): Taker<E> => {
    const { report } = entry.context;
    return { entry, context: { ...entry.context, report: (r) => (counter.reports++, report(r)) } };
  });
  for (const table of Object.values(model.tables)) {
    const plans = planColumns(table, counted);
    if (plans.length > 0) visitTable(model, table, plans, counter, onError);
  }
}

/** The pass over one table, kept apart from the planning so the hot loop is optimised on its own. */
function visitTable<E extends CellEntry>(model: WorkbookModel, table: ParsedTable, plans: ColumnPlan<E>[], counter: { reports: number }, onError: (entry: E, error: unknown) => void): void {
  const visit: CellVisit = { model, table, row: table.filledRows[0], column: plans[0].column, value: null };
  // Indexed loops: they allocate nothing even before the pass is optimised (a command-line check runs it once).
  const rows = table.filledRows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const cells = row.cells;
    visit.row = row;
    for (let p = 0; p < plans.length; p++) {
      const plan = plans[p];
      const value = cells[plan.offset];
      const kind = kindIndex(value);
      const takers = plan.byKind[kind];
      if (takers.length === 0) continue;
      const silent = plan.silent[kind];
      const slot = silent === null ? -1 : recentSlot(value);
      if (slot >= 0 && plan.recent[slot] === value) continue;
      if (silent !== null && silent.has(value!)) {
        if (slot >= 0) plan.recent[slot] = value;
        continue;
      }
      const before = counter.reports;
      let failed = false;
      visit.column = plan.column;
      visit.value = value === undefined ? null : value;
      for (let t = 0; t < takers.length; t++) {
        const { entry, context } = takers[t];
        if (entry.failed) continue;
        try {
          entry.rule.checkCell!(visit, context);
        } catch (error) {
          entry.failed = failed = true;
          onError(entry, error);
        }
      }
      if (silent !== null && counter.reports === before && !failed && rememberable(value)) {
        if (slot >= 0) plan.recent[slot] = value;
        if (silent.size < MAX_SILENT) silent.add(value!);
        else plan.silent[kind] = null;
      }
    }
  }
}
