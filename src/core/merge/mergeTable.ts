import { cellAddress } from "../address";
import { cellText, isBlank, isCellError, type CellValue } from "../cell";
import { cellAt } from "../locate/sheetGrid";
import type { ParsedRow, ParsedTable } from "../model/parsedTable";
import type { Party } from "../model/parties";
import type { WorkbookModel } from "../model/workbookModel";
import { parseYear } from "../parse/parseYear";
import { columnRole, KEY_COLUMNS } from "../returns/columnRoles";
import { jsonValue, planValueOf } from "../returns/planValue";
import { includesParty, indicatorsById, leadParties, sourceParties } from "../returns/responsibility";
import type { PlanValue } from "../returns/sheetPlan";
import { formatOf, recordValue, type BundleState, type RowRef } from "./bundleState";
import { compareKey, matchText } from "./compareKey";
import type { ReadReturn } from "./readReturn";
import type { BundledTableName, ConflictReason, ConflictValue, NotReturnedDecision } from "./types";

export interface MergeContext {
  overview: WorkbookModel;
  returns: readonly ReadReturn[];
  state: BundleState;
  isFormula?: (sheet: string, row: number, column: number) => boolean;
}

interface Proposal {
  ref: RowRef;
  value: CellValue;
  compare: string;
}

/** The key a row is matched on (trimmed, case ignored); "" when a part is missing. */
export function rowKey(table: BundledTableName, row: ParsedRow): string {
  if (table === "activities") return matchText(row.get("id"));
  const indicator = matchText(row.get("indicator"));
  const year = row.get("year");
  if (indicator === "" || year === undefined) return "";
  const parsed = parseYear(year);
  const yearKey = parsed.ok ? String(parsed.value) : matchText(year);
  return yearKey === "" ? "" : `${indicator}|${yearKey}`;
}

/** The row's ID as written, for the decisions: `1.1a`, or `BZ-1|2024` for a measurement. */
export function rowId(table: BundledTableName, row: ParsedRow): string | null {
  if (rowKey(table, row) === "") return null;
  return table === "activities" ? row.text("id") : `${row.text("indicator")}|${row.text("year")}`;
}

function isFilledMeasurement(row: ParsedRow): boolean {
  return ["date", "value", "source", "note"].some((key) => !row.isBlank(key));
}

function proposalValue(p: Proposal, key: string): PlanValue {
  const column = p.ref.table.columnSpec(key);
  return planValueOf(p.value, column?.type, p.ref.row.format(key)) ?? { type: "text", value: cellText(p.value) };
}

function conflictValues(proposals: readonly Proposal[], key: string): ConflictValue[] {
  return proposals.map((p) => ({
    source: p.ref.ret.file,
    party: p.ref.ret.party.name,
    value: jsonValue(proposalValue(p, key)),
    sheet: p.ref.table.sheet,
    cell: cellAddress(p.ref.row.row, p.ref.table.columnIndex(key) ?? p.ref.table.located.left),
  }));
}

function distinctKeys(proposals: readonly Proposal[]): string[] {
  return [...new Set(proposals.map((p) => p.compare))];
}

/** The overview rows one return has answered; `next` walks a much repeated key in order. */
interface Answered {
  rows: Set<ParsedRow>;
  next: Map<string, number>;
}

/** Overview rows sharing a key that are compared cell by cell to find the one a return row answers. */
const MAX_SCORED = 16;

/** One table of the overview and every return's rows of it, merged by the policy of docs/bundelen.md. */
export class TableMerge {
  private readonly ov: ParsedTable | undefined;
  /** Overview rows by key; a key the overview repeats (a duplicate ID) has several. */
  private readonly index = new Map<string, ParsedRow[]>();
  private readonly indicators: Map<string, ParsedRow>;
  private readonly keys: ReadonlySet<string>;

  constructor(
    private readonly ctx: MergeContext,
    private readonly table: BundledTableName,
  ) {
    this.ov = ctx.overview.tables[table];
    for (const row of this.ov?.filledRows ?? []) {
      const key = rowKey(table, row);
      if (key === "") continue;
      const list = this.index.get(key);
      if (list) list.push(row);
      else this.index.set(key, [row]);
    }
    this.indicators = indicatorsById(ctx.overview);
    this.keys = new Set(KEY_COLUMNS[table]);
  }

  run(): NotReturnedDecision[] {
    const { state } = this.ctx;
    const matched = new Map<ParsedRow, RowRef[]>();
    const fresh = new Map<string, RowRef[]>();
    const groups: RowRef[][] = [];
    const returned = new Map<number, Set<string>>();
    for (const ret of this.ctx.returns) {
      const table = ret.tables[this.table];
      if (!table) continue;
      const seen = returned.get(ret.party.row) ?? new Set<string>();
      returned.set(ret.party.row, seen);
      const used: Answered = { rows: new Set(), next: new Map() };
      for (const row of table.filledRows) {
        const ref: RowRef = { ret, table, row };
        const key = rowKey(this.table, row);
        if (!this.ov) {
          state.listRow(ref, this.table, rowId(this.table, row), "no-table");
          continue;
        }
        if (key === "") {
          groups.push([ref]);
          continue;
        }
        seen.add(key);
        const target = this.match(ref, key, used);
        if (!target) {
          const group = fresh.get(key);
          if (group) group.push(ref);
          else {
            const created = [ref];
            fresh.set(key, created);
            groups.push(created);
          }
          continue;
        }
        const refs = matched.get(target);
        if (refs) refs.push(ref);
        else matched.set(target, [ref]);
        this.listUnusable(ref, rowId(this.table, target));
        state.mark(row, "unchanged");
      }
    }
    for (const [target, refs] of matched) this.decideRow(target, refs);
    this.add(groups);
    return this.table === "activities" ? this.notReturned(returned) : [];
  }

  /**
   * The overview row a return row answers. Where the overview repeats the key, the row whose other cells
   * agree most with the return's, preferring one this return has not answered yet (then the first).
   */
  private match(ref: RowRef, key: string, used: Answered): ParsedRow | undefined {
    const candidates = this.index.get(key);
    if (!candidates) return undefined;
    let best = candidates[0];
    if (candidates.length > MAX_SCORED) {
      // A key repeated this often is no ID any more: take the rows in order rather than score them all.
      const next = used.next.get(key) ?? 0;
      used.next.set(key, next + 1);
      best = candidates[Math.min(next, candidates.length - 1)];
    } else if (candidates.length > 1) {
      let bestScore = -1;
      for (const candidate of candidates) {
        let score = used.rows.has(candidate) ? 0 : 1000;
        for (const column of ref.table.located.columns.values()) {
          const type = ref.table.columnSpec(column.key)?.type;
          const mine = compareKey(ref.row.get(column.key), type);
          if (mine !== "" && mine === compareKey(candidate.get(column.key), type)) score++;
        }
        if (score > bestScore) {
          best = candidate;
          bestScore = score;
        }
      }
    }
    used.rows.add(best);
    return best;
  }

  /** Lists the cells of a return row bundling cannot use: error values, columns the overview lacks, own columns. */
  private listUnusable(ref: RowRef, id: string | null): void {
    const { state } = this.ctx;
    const ov = this.ov!;
    const { located } = ref.table;
    for (const column of located.columns.values()) {
      const value = ref.row.get(column.key);
      if (value === undefined || value === null) continue;
      const type = ref.table.columnSpec(column.key)?.type;
      if (isCellError(value)) state.list(ref, { table: this.table, id, column: column.header, value: { type: "text", value: value.error }, reason: "error-value" }, column.index);
      else if (!ov.has(column.key) && !isBlank(value)) state.list(ref, { table: this.table, id, column: column.header, value: recordValue(value, type, ref.row.format(column.key)), reason: "no-column" }, column.index);
    }
    for (const other of [...located.extra, ...located.duplicates]) {
      const value = ref.row.cells[other.index - located.left];
      if (value === undefined || isBlank(value)) continue;
      state.list(ref, { table: this.table, id, column: other.header, value: recordValue(value, undefined, formatOf(ref, other.index)), reason: "extra-column" }, other.index);
    }
  }

  /** The usable cells of a return row for `take`: filled, no error value, in a column the overview has. */
  private proposals(ref: RowRef, take: (key: string, proposal: Proposal) => void): void {
    const ov = this.ov!;
    for (const column of ref.table.located.columns.values()) {
      const value = ref.row.get(column.key);
      if (value === undefined || isBlank(value) || isCellError(value) || !ov.has(column.key)) continue;
      take(column.key, { ref, value, compare: compareKey(value, ov.columnSpec(column.key)?.type) });
    }
  }

  /** The parties whose answers a row takes: the activity's trekker, the indicator's Bron. */
  private responsible(row: ParsedRow): Party[] {
    if (this.table === "activities") return leadParties(this.ctx.overview, row);
    return sourceParties(this.ctx.overview, this.indicators.get(row.text("indicator").toLowerCase()));
  }

  /**
   * Every answered column of one overview row. A return that repeats the overview's value (the uitvraag fills
   * it in beforehand) proposes no change; the others are decided together.
   */
  private decideRow(target: ParsedRow, refs: readonly RowRef[]): void {
    const ov = this.ov!;
    for (const column of ov.spec.columns) {
      if (this.keys.has(column.key) || !ov.has(column.key)) continue;
      const current = target.get(column.key);
      let currentKey: string | undefined;
      let changing: Proposal[] | undefined;
      for (const ref of refs) {
        const value = ref.row.get(column.key);
        // Most cells come back as they went out: the same text or number needs no parsing.
        if (value === undefined || value === null || value === current || isBlank(value) || isCellError(value)) continue;
        currentKey ??= compareKey(current, column.type);
        const compare = compareKey(value, column.type);
        if (compare !== currentKey) (changing ??= []).push({ ref, value, compare });
      }
      if (changing) this.decide(target, column.key, changing, currentKey!);
    }
  }

  private decide(target: ParsedRow, key: string, changing: Proposal[], currentKey: string): void {
    const { state } = this.ctx;
    const ov = this.ov!;
    const spec = ov.columnSpec(key)!;
    const column = ov.columnIndex(key)!;
    const current = target.get(key);
    const conflict = (reason: ConflictReason) => {
      const kept = recordValue(current, spec.type, target.format(key));
      const decision = { table: this.table, id: rowId(this.table, target), column: ov.header(key), kept: jsonValue(kept), values: conflictValues(changing, key), reason, sheet: ov.sheet, cell: cellAddress(target.row, column) };
      state.addConflict(decision, kept, changing.map((p) => proposalValue(p, key)));
      for (const p of changing) state.mark(p.ref.row, "conflicts");
    };
    if (distinctKeys(changing).length > 1) return conflict("returns-disagree");
    let chosen = changing[0];
    let reason: "was-empty" | "from-lead" = "was-empty";
    if (currentKey !== "") {
      if (columnRole(this.table, key) === "agreement") return conflict("agreement-column");
      const responsible = this.responsible(target);
      const lead = changing.find((p) => includesParty(responsible, p.ref.ret.party));
      if (!lead) return conflict("not-trekker");
      chosen = lead;
      reason = "from-lead";
    }
    if (this.ctx.isFormula?.(ov.sheet, target.row, column)) return conflict("formula-cell");
    const value = proposalValue(chosen, key);
    const old = recordValue(current, spec.type, target.format(key));
    state.writes.push({ sheet: ov.sheet, row: target.row, column, cell: cellAddress(target.row, column), value, old });
    state.addTaken({
      table: this.table,
      id: rowId(this.table, target) ?? "",
      column: ov.header(key),
      from: jsonValue(old),
      to: jsonValue(value),
      reason,
      source: chosen.ref.ret.file,
      party: chosen.ref.ret.party.name,
      sheet: ov.sheet,
      cell: cellAddress(target.row, column),
      sourceSheet: chosen.ref.table.sheet,
      sourceCell: cellAddress(chosen.ref.row.row, chosen.ref.table.columnIndex(key) ?? chosen.ref.table.located.left),
    }, old, value);
    for (const p of changing) state.mark(p.ref.row, "taken");
  }

  /** Rows whose key the overview lacks (and rows without one) go below the table, if there is room. */
  private add(groups: RowRef[][]): void {
    const { state } = this.ctx;
    const ov = this.ov;
    if (!ov) return;
    const pending: { refs: RowRef[]; values: (PlanValue | null)[]; disagree: Map<number, Proposal[]> }[] = [];
    const left = ov.located.left;
    const width = ov.located.right - left + 1;
    for (const group of groups) {
      const refs: RowRef[] = [];
      for (const ref of group) {
        if (this.table === "measurements" && !isFilledMeasurement(ref.row)) this.notFilled(ref);
        else refs.push(ref);
      }
      if (refs.length === 0) continue;
      const byColumn = new Map<string, Proposal[]>();
      for (const ref of refs) {
        this.listUnusable(ref, rowId(this.table, ref.row));
        this.proposals(ref, (key, proposal) => {
          const list = byColumn.get(key);
          if (list) list.push(proposal);
          else byColumn.set(key, [proposal]);
        });
      }
      const values: (PlanValue | null)[] = new Array(width).fill(null);
      const disagree = new Map<number, Proposal[]>();
      for (const [key, proposals] of byColumn) {
        const offset = ov.columnIndex(key)! - left;
        // Key columns match after trimming and ignoring case: the first spelling stands for all.
        if (!KEY_COLUMNS[this.table].includes(key) && distinctKeys(proposals).length > 1) disagree.set(offset, proposals);
        else values[offset] = proposalValue(proposals[0], key);
      }
      pending.push({ refs, values, disagree });
    }
    if (pending.length === 0) return;
    const lastRow = ov.located.rows.length > 0 ? ov.located.rows[ov.located.rows.length - 1].row : ov.located.headerRow;
    const firstRow = lastRow + 1;
    const sheet = this.ctx.overview.snapshot.sheets.find((s) => s.name === ov.sheet)!;
    // A new row would have to go above the totals row: Excel's table does that, a file patch cannot.
    if (ov.located.totalsRow !== undefined) {
      for (const { refs } of pending) for (const ref of refs) state.listRow(ref, this.table, rowId(this.table, ref.row), "totals-row");
      return;
    }
    if (!this.hasRoom(sheet, firstRow, pending.length, left, ov.located.right)) {
      for (const { refs } of pending) for (const ref of refs) state.listRow(ref, this.table, rowId(this.table, ref.row), "no-room");
      return;
    }
    const headers = Array.from({ length: width }, (_, i) => cellText(cellAt(sheet, ov.located.headerRow, left + i)));
    state.appends.push({ table: ov.located.tableName, sheet: ov.sheet, firstRow, left, headers, rows: pending.map((p) => p.values) });
    pending.forEach(({ refs, disagree }, i) => {
      const row = firstRow + i;
      const first = refs[0];
      const id = rowId(this.table, first.row);
      state.added.push({ table: this.table, id, source: first.ret.file, party: first.ret.party.name, sheet: ov.sheet, row, sourceSheet: first.table.sheet, sourceRow: first.row.row });
      for (const [offset, proposals] of disagree) {
        const key = [...ov.located.columns.values()].find((c) => c.index === left + offset)!.key;
        const decision = { table: this.table, id, column: ov.header(key), kept: null, values: conflictValues(proposals, key), reason: "returns-disagree" as const, sheet: ov.sheet, cell: cellAddress(row, left + offset) };
        state.addConflict(decision, null, proposals.map((p) => proposalValue(p, key)), true);
      }
      for (const ref of refs) state.mark(ref.row, "added");
    });
  }

  /**
   * A measurement row without a value: the uitvraag asked it and nobody answered. A row holding only its
   * Indicator and Jaar is named by them; anything else in it is listed cell by cell.
   */
  private notFilled(ref: RowRef): void {
    const { state } = this.ctx;
    const id = rowId(this.table, ref.row);
    const keys = new Set(KEY_COLUMNS[this.table].map((key) => ref.table.columnIndex(key)));
    const onlyKeys = id !== null && ref.row.cells.every((value, offset) => isBlank(value) || keys.has(ref.table.located.left + offset));
    if (!onlyKeys) {
      state.listRow(ref, this.table, id, "not-filled");
      return;
    }
    const list = state.notFilled.get(ref.ret.party.name) ?? [];
    list.push(id);
    state.notFilled.set(ref.ret.party.name, list);
    state.mark(ref.row, "notFilled");
  }

  private hasRoom(sheet: WorkbookModel["snapshot"]["sheets"][number], firstRow: number, count: number, left: number, right: number): boolean {
    for (let row = firstRow; row < firstRow + count; row++) {
      for (let column = left; column <= right; column++) if (!isBlank(cellAt(sheet, row, column))) return false;
    }
    return true;
  }

  /** Activities of a trekker that sent a return but left them out. */
  private notReturned(returned: Map<number, Set<string>>): NotReturnedDecision[] {
    const senders: Party[] = [];
    for (const ret of this.ctx.returns) if (!senders.some((p) => p.row === ret.party.row)) senders.push(ret.party);
    const out: NotReturnedDecision[] = [];
    for (const party of senders) {
      const seen = returned.get(party.row) ?? new Set<string>();
      const ids: string[] = [];
      for (const [key, rows] of this.index) {
        if (seen.has(key)) continue;
        for (const row of rows) if (includesParty(leadParties(this.ctx.overview, row), party)) ids.push(row.text("id"));
      }
      if (ids.length > 0) out.push({ party: party.name, ids });
    }
    return out;
  }
}
