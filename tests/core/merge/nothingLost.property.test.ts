import fc from "fast-check";
import { cellAddress } from "../../../src/core/address";
import { isBlank, type CellValue } from "../../../src/core/cell";
import { checkWorkbook } from "../../../src/core/engine/checkWorkbook";
import { applyBundle } from "../../../src/core/merge/applyBundle";
import { bundelingSheet } from "../../../src/core/merge/bundelingSheet";
import { compareKey } from "../../../src/core/merge/compareKey";
import { rowId, rowKey } from "../../../src/core/merge/mergeTable";
import { readReturnTables } from "../../../src/core/merge/readReturn";
import { recordValue } from "../../../src/core/merge/bundleState";
import { KEY_COLUMNS } from "../../../src/core/returns/columnRoles";
import type { BundleResult } from "../../../src/core/merge/types";
import type { ParsedTable } from "../../../src/core/model/parsedTable";
import { buildModel } from "../../../src/core/model/workbookModel";
import { jsonValue, planValueOf } from "../../../src/core/returns/planValue";
import type { SheetPlan } from "../../../src/core/returns/sheetPlan";
import type { FragmentRow } from "../../../src/core/rules/fragment";
import type { WorkbookSnapshot } from "../../../src/core/snapshot";
import { storedValue } from "../../../src/core/merge/applyBundle";
import { bundle, overviewSnapshot, returnSnapshot } from "./helpers";

const text = fc.constantFrom<CellValue>(null, "Loopt", " loopt ", '=HYPERLINK("https://x.example")', "+31 6 1234", "-5 woningen", "n.t.b.");
const numberish = fc.constantFrom<CellValue>(null, 0, 12, "12", 12.5, "7,9%", 0.079, { error: "#N/A" });
const dateish = fc.constantFrom<CellValue>(null, 45778, "2025-05-01", "1 mei 2025", 45800);

const activityRow: fc.Arbitrary<FragmentRow> = fc.record({
  ID: fc.constantFrom<CellValue>("1.1a", " 1.1A", "1.2", "2.1", "3", null),
  Thema: fc.constantFrom<CellValue>("Wonen", "wonen", null),
  Afspraak: text,
  Trekker: fc.constantFrom<CellValue>("OFW", "HBV", "Gemeente", "Corporaties", "Onbekend", null),
  Planning: fc.constantFrom<CellValue>("2026", "2027", 2026, null),
  Status: fc.constantFrom<CellValue>(null, "Niet gestart", "In uitvoering", "gereed", "Gereed"),
  Toelichting: text,
  Realisatie: numberish,
  "Laatst bijgewerkt": dateish,
});

const measurementRow: fc.Arbitrary<FragmentRow> = fc.record({
  Indicator: fc.constantFrom<CellValue>("BZ-1", "WON-1", "won-1 ", null),
  Jaar: fc.constantFrom<CellValue>(2023, 2024, "2024", null),
  Waarde: numberish,
  Bron: text,
});

const returnArb = fc.record({
  party: fc.constantFrom("OFW", "HBV", "Gemeente Dronten"),
  /** `plain`: the partner's own layout, without Excel tables, a title row above each range, activities on `Blad1`. */
  layout: fc.constantFrom("tables", "plain"),
  activities: fc.array(fc.tuple(activityRow, fc.option(text, { nil: undefined })), { maxLength: 5 }),
  measurements: fc.array(measurementRow, { maxLength: 4 }),
});

const scenario = fc.record({
  /** A note directly below the overview's Activiteiten table leaves no room to add rows. */
  noteBelow: fc.boolean(),
  activities: fc.array(activityRow, { maxLength: 5 }),
  measurements: fc.array(measurementRow, { maxLength: 4 }),
  returns: fc.array(returnArb, { minLength: 1, maxLength: 3 }),
});

/** The Bundeling sheet as lines: source cell (`Blad!A1`), the return's value, outcome and ID. */
function sheetLines(sheet: SheetPlan) {
  const rows = new Map<number, Map<number, CellValue>>();
  for (const cell of sheet.cells) {
    const row = rows.get(cell.row) ?? new Map<number, CellValue>();
    row.set(cell.column, storedValue(cell.value));
    rows.set(cell.row, row);
  }
  return [...rows.values()].map((r) => ({ outcome: r.get(0), id: r.get(2), column: r.get(3), overview: r.get(4) ?? null, value: r.get(5) ?? null, party: r.get(7), sourceCell: r.get(9) }));
}

function same(a: CellValue, b: CellValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Problems found in one scenario; empty when nothing was lost. */
function lostValues(overview: WorkbookSnapshot, returns: { file: string; snapshot: WorkbookSnapshot; party: string }[], result: BundleResult): string[] {
  const problems: string[] = [];
  const bundled = applyBundle(overview, result.writes, result.appends);
  const report = checkWorkbook(bundled, { today: "2025-06-20" });
  const lines = sheetLines(bundelingSheet(result, report.counts, overview.sheets.map((s) => s.name)));
  const model = buildModel(bundled);

  // 1. Every value of every return is in the bundled overview or on the Bundeling sheet.
  for (const ret of returns) {
    const tables = readReturnTables(ret.snapshot);
    for (const key of ["activities", "measurements"] as const) {
      const table: ParsedTable | undefined = tables[key];
      const target = model.tables[key];
      for (const row of table?.filledRows ?? []) {
        const k = rowKey(key, row);
        const id = rowId(key, row);
        row.cells.forEach((value, offset) => {
          if (isBlank(value)) return;
          const index = table!.located.left + offset;
          const where = `${table!.sheet}!${cellAddress(row.row, index)}`;
          const column = [...table!.located.columns.values()].find((c) => c.index === index);
          const stored = storedValue(planValueOf(value, column ? table!.columnSpec(column.key)?.type : undefined));
          const onSheet = lines.some((l) => l.sourceCell === where && (same(l.value, stored) || same(l.value, storedValue({ type: "text", value: String((value as { error?: string }).error ?? value) }))));
          const notFilled = lines.some((l) => l.outcome === "Niet ingevuld" && l.id === id && l.party === result.decisions.returns.find((r) => r.file === ret.file)!.party);
          let inOutput = false;
          if (column && target && target.has(column.key)) {
            const type = target.columnSpec(column.key)?.type;
            // Key columns are matched after trimming and ignoring case: `1.1A ` is the row `1.1a`.
            const keyColumn = KEY_COLUMNS[key].includes(column.key);
            const form = (v: CellValue | undefined) => (keyColumn ? compareKey(v, type).toLowerCase() : compareKey(v, type));
            const wanted = form(value);
            inOutput = target.filledRows.some((candidate) => (k === "" || rowKey(key, candidate) === k) && form(candidate.get(column.key)) === wanted);
          }
          // A return that repeats the overview's value while another (the trekker's) changes it: the value is on the
          // sheet as the old value of what was taken.
          const asOld =
            column !== undefined &&
            lines.some((l) => l.outcome === "Overgenomen" && String(l.id).toLowerCase() === id?.toLowerCase() && l.column === target?.header(column.key) && compareKey(l.overview, table!.columnSpec(column.key)?.type) === compareKey(value, table!.columnSpec(column.key)?.type));
          if (!onSheet && !inOutput && !notFilled && !asOld) problems.push(`${ret.file} ${where} ${JSON.stringify(value)} is lost`);
        });
      }
    }
  }

  // 1b. Every filled cell outside the return's tables (title rows, notes) is on the Bundeling sheet.
  for (const ret of returns) {
    const boxes = Object.values(readReturnTables(ret.snapshot)).map((t) => ({
      sheet: t.sheet,
      top: t.located.headerRow,
      bottom: Math.max(t.located.headerRow, ...t.located.rows.map((r) => r.row)),
      left: t.located.left,
      right: t.located.right,
    }));
    for (const sheet of ret.snapshot.sheets) {
      sheet.values.forEach((line, r) =>
        line.forEach((value, c) => {
          const row = sheet.origin.row + r;
          const column = sheet.origin.column + c;
          if (isBlank(value) || boxes.some((b) => b.sheet === sheet.name && row >= b.top && row <= b.bottom && column >= b.left && column <= b.right)) return;
          const where = `${sheet.name}!${cellAddress(row, column)}`;
          if (!lines.some((l) => l.sourceCell === where && same(l.value, value))) problems.push(`${ret.file} ${where} ${JSON.stringify(value)} outside the tables is lost`);
        }),
      );
    }
  }

  // 2. Every overview value that changed is listed with its old and new value, source and cell.
  const original = buildModel(overview);
  for (const write of result.writes) {
    const taken = result.decisions.taken.find((t) => t.sheet === write.sheet && t.cell === write.cell);
    if (!taken) problems.push(`write ${write.cell} is not listed`);
    const table = Object.values(original.tables).find((t) => t.sheet === write.sheet)!;
    const row = table.rows.find((r) => r.row === write.row)!;
    const key = [...table.located.columns.values()].find((c) => c.index === write.column)!.key;
    const before = recordValue(row.get(key), table.columnSpec(key)?.type, row.format(key));
    if (taken && !same(taken.from, jsonValue(before)) && !(before === null && taken.from === null)) problems.push(`write ${write.cell}: old value ${JSON.stringify(taken.from)} is not ${JSON.stringify(jsonValue(before))}`);
    if (before !== null && taken?.reason !== "from-lead") problems.push(`write ${write.cell} overwrites ${JSON.stringify(jsonValue(before))} without an answer of the trekker`);
  }
  const changed = diffCells(overview, bundled);
  const allowed = new Set([...result.writes.map((w) => `${w.sheet}!${w.cell}`)]);
  for (const append of result.appends) {
    for (let r = 0; r < append.rows.length; r++) for (let c = 0; c < append.headers.length; c++) allowed.add(`${append.sheet}!${cellAddress(append.firstRow + r, append.left + c)}`);
  }
  for (const cell of changed) if (!allowed.has(cell)) problems.push(`${cell} changed without a decision`);
  for (const append of result.appends) {
    for (let r = 0; r < append.rows.length; r++) {
      if (!result.decisions.added.some((a) => a.sheet === append.sheet && a.row === append.firstRow + r)) problems.push(`appended row ${append.firstRow + r} is not listed`);
    }
  }
  return problems;
}

/** The same return as a partner's own workbook: no Excel tables, a title row and an empty row above each range. */
function plainLayout(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return {
    tables: [],
    sheets: snapshot.sheets.map((sheet) => ({
      ...sheet,
      name: sheet.name === "Activiteiten" ? "Blad1" : sheet.name,
      values: [[`Overzicht ${sheet.name}`], [], ...sheet.values],
      numberFormats: sheet.numberFormats ? [["General"], [], ...sheet.numberFormats] : undefined,
    })),
  };
}

function diffCells(a: WorkbookSnapshot, b: WorkbookSnapshot): string[] {
  const out: string[] = [];
  for (const sheet of b.sheets) {
    const old = a.sheets.find((s) => s.name === sheet.name)!;
    const rows = Math.max(sheet.values.length + sheet.origin.row, old.values.length + old.origin.row);
    for (let row = 1; row <= rows; row++) {
      const width = Math.max(sheet.values[row - sheet.origin.row]?.length ?? 0, old.values[row - old.origin.row]?.length ?? 0) + 1;
      for (let column = 0; column < width; column++) {
        const x = old.values[row - old.origin.row]?.[column - old.origin.column] ?? null;
        const y = sheet.values[row - sheet.origin.row]?.[column - sheet.origin.column] ?? null;
        if (!same(x, y)) out.push(`${sheet.name}!${cellAddress(row, column)}`);
      }
    }
  }
  return out;
}

describe("nothing is lost (property)", () => {
  it("every return value ends in the output or on the Bundeling sheet; every changed overview value is listed", () => {
    // The last failure recorded is the shrunk counterexample's: it says what was lost.
    let lastFailure: string[] = [];
    fc.assert(
      fc.property(scenario, (s) => {
        const overview = overviewSnapshot({ activities: s.activities, measurements: s.measurements });
        if (s.noteBelow) {
          const sheet = overview.sheets.find((x) => x.name === "Activiteiten")!;
          sheet.values[sheet.values.length] = ["Opmerking onder de tabel"];
        }
        const returns = s.returns.map((r, i) => {
          const activities = r.activities.map(([row, own]) => (own === undefined ? row : { ...row, "Eigen notitie": own }));
          const snapshot = returnSnapshot(r.party, { activities, measurements: r.measurements });
          return { file: `retour-${i + 1}.xlsx`, party: r.party, snapshot: r.layout === "plain" ? plainLayout(snapshot) : snapshot };
        });
        const result = bundle(overview, returns);
        const problems = lostValues(overview, returns, result);
        if (problems.length > 0) lastFailure = problems;
        return problems.length === 0;
      }),
      { numRuns: 120, reporter: (run) => expect({ failed: run.failed, lastFailure, counterexample: run.counterexample }).toEqual({ failed: false, lastFailure: [], counterexample: null }) },
    );
  });
});
