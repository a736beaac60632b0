import { formatDate } from "../format/formatDate";
import { countLabel, SEVERITIES } from "../i18n/labels";
import { PlanSheetBuilder, text, type PlanPart } from "../returns/planSheetBuilder";
import type { PlanValue, SheetPlan } from "../returns/sheetPlan";
import type { Severity } from "../rules/severity";
import { uniqueSheetName } from "../summary/uniqueSheetName";
import { BUNDLE_WORDS, PROBLEM_WORDS } from "./bundleWords";
import type { BundleDecisions, BundleProblem, BundleResult } from "./types";

const COLUMN_WIDTHS = [18, 13, 14, 18, 28, 28, 24, 26, 14, 20, 60];

interface Line {
  outcome: string;
  table: string;
  id: string | null;
  column: string | null;
  overview: PlanValue | null;
  fromReturn: PlanValue | null;
  source: string | null;
  party: string | null;
  cell: string | null;
  sourceCell: string | null;
  note: string;
}

const qualified = (sheet: string, cell: string) => `${sheet}!${cell}`;

/** One line per decision, conflicts first (they need the werkgroep), then what could not be taken, added, not returned, taken. */
function lines(result: BundleResult): Line[] {
  const { decisions, typed } = result;
  const w = BUNDLE_WORDS[result.lang];
  const out: Line[] = [];
  decisions.conflicts.forEach((conflict, i) => {
    conflict.values.forEach((value, j) => {
      out.push({
        outcome: w.outcome.conflict,
        table: w.tables[conflict.table],
        id: conflict.id,
        column: conflict.column,
        overview: typed.conflicts[i].kept,
        fromReturn: typed.conflicts[i].values[j],
        source: value.source,
        party: value.party,
        cell: qualified(conflict.sheet, conflict.cell),
        sourceCell: qualified(value.sheet, value.cell),
        note: typed.conflicts[i].onAddedRow ? w.conflictAdded : w.conflict[conflict.reason],
      });
    });
  });
  decisions.listed.forEach((listed, i) => {
    out.push({
      outcome: w.outcome.listed,
      table: listed.table ? w.tables[listed.table] : w.outside,
      id: listed.id,
      column: listed.column,
      overview: null,
      fromReturn: typed.listed[i],
      source: listed.source,
      party: listed.party,
      cell: null,
      sourceCell: qualified(listed.sourceSheet, listed.sourceCell),
      note: w.listed[listed.reason],
    });
  });
  for (const added of decisions.added) {
    out.push({
      outcome: w.outcome.added,
      table: w.tables[added.table],
      id: added.id,
      column: null,
      overview: null,
      fromReturn: null,
      source: added.source,
      party: added.party,
      cell: qualified(added.sheet, `${added.row}:${added.row}`),
      sourceCell: qualified(added.sourceSheet, `${added.sourceRow}:${added.sourceRow}`),
      note: added.id === null ? w.addedWithoutId(added.row) : w.added(added.row),
    });
  }
  for (const missing of decisions.notReturned) {
    for (const id of missing.ids) {
      out.push({ outcome: w.outcome.notReturned, table: w.tables.activities, id, column: null, overview: null, fromReturn: null, source: null, party: missing.party, cell: null, sourceCell: null, note: w.notReturned });
    }
  }
  for (const missing of decisions.notFilled) {
    for (const id of missing.ids) {
      out.push({ outcome: w.outcome.notFilled, table: w.tables.measurements, id, column: null, overview: null, fromReturn: null, source: null, party: missing.party, cell: null, sourceCell: null, note: w.notFilled });
    }
  }
  decisions.taken.forEach((taken, i) => {
    out.push({
      outcome: w.outcome.taken,
      table: w.tables[taken.table],
      id: taken.id,
      column: taken.column,
      overview: typed.taken[i].from,
      fromReturn: typed.taken[i].to,
      source: taken.source,
      party: taken.party,
      cell: qualified(taken.sheet, taken.cell),
      sourceCell: qualified(taken.sourceSheet, taken.sourceCell),
      note: w.taken[taken.reason],
    });
  });
  return out;
}

const maybe = (value: string | null): PlanValue | null => (value === null || value === "" ? null : text(value));

/**
 * The sheet `Bundeling <yyyy-mm-dd>`: every decision with its values (typed as in the workbooks), the returns
 * with their counts, and at the end the check's counts of the bundled overview. `existingSheets` are the
 * overview's sheet names: an existing sheet of the same name is never overwritten, the new one gets a suffix.
 */
export function bundelingSheet(result: BundleResult, check: Record<Severity, number>, existingSheets: readonly string[]): SheetPlan {
  const { decisions, lang } = result;
  const w = BUNDLE_WORDS[lang];
  const sheet = new PlanSheetBuilder(COLUMN_WIDTHS);
  sheet.banner(w.title(formatDate(result.date, lang)), "title", false);
  sheet.banner(w.subtitle(decisions.overview, decisions.returns.length), "subtitle", false);
  sheet.banner(w.policy, "note");
  sheet.skip();
  sheet.line(w.columns.map((header): PlanPart => ({ value: text(header), style: "tableHeader" })));
  const headerRow = sheet.row - 1;
  const all = lines(result);
  for (const line of all) {
    sheet.line([
      { value: text(line.outcome), style: "label" },
      { value: text(line.table) },
      { value: maybe(line.id) },
      { value: maybe(line.column) },
      { value: line.overview },
      { value: line.fromReturn },
      { value: maybe(line.source) },
      { value: maybe(line.party) },
      { value: maybe(line.cell) },
      { value: maybe(line.sourceCell) },
      { value: text(line.note), style: "note", wrap: true },
    ]);
  }
  if (all.length === 0) sheet.banner(w.none, "text");
  sheet.skip();
  sheet.banner(w.returnsHeading, "heading", false);
  for (const summary of decisions.returns) {
    sheet.line([{ value: text(w.returnLine(summary.file, summary.party, summary.partyFrom === "caller")), style: "label", span: 4 }, { value: text(w.returnCounts(summary)), span: 7 }]);
  }
  sheet.skip();
  sheet.banner(w.checkHeading, "heading", false);
  const open = SEVERITIES.filter((s) => check[s] > 0).map((s) => countLabel(check[s], s, lang));
  sheet.banner(check.error + check.warning === 0 ? w.checkClean : w.check(open.join(", ")), check.error > 0 ? "warning" : "text");
  return sheet.toSheet(uniqueSheetName(existingSheets, w.sheetName(result.date)), { frozenRows: headerRow });
}

/** The decisions as `--json` prints them, with the output file and the bundled overview's check counts. */
export function bundleJson(decisions: BundleDecisions, output: string | null, check: Record<Severity, number> | null): BundleDecisions {
  return { ...decisions, output, check };
}

/** A Dutch (or English) sentence naming the file and what to do. */
export function bundleProblemMessage(problem: BundleProblem, lang: "nl" | "en"): string {
  const w = PROBLEM_WORDS[lang];
  const known = (problem.known ?? []).join(", ");
  switch (problem.kind) {
    case "unknown-party":
    case "group-party":
      return w[problem.kind](problem.file, problem.party ?? "", known);
    case "party-mismatch":
      return w[problem.kind](problem.file, problem.party ?? "", problem.given ?? "");
    default:
      return w[problem.kind](problem.file);
  }
}
