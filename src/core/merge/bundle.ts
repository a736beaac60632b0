import { buildModel } from "../model/workbookModel";
import { BundleState } from "./bundleState";
import { TableMerge } from "./mergeTable";
import { compareOtherTables, listOutsideCells } from "./otherValues";
import { readReturn, type ReadReturn } from "./readReturn";
import type { BundleDecisions, BundleInput, BundleOutcome, BundleProblem, ReturnSummary } from "./types";

function summaries(returns: readonly ReadReturn[], state: BundleState): ReturnSummary[] {
  return returns.map((ret) => {
    const summary: ReturnSummary = { file: ret.file, party: ret.party.name, partyFrom: ret.partyFrom, rows: 0, taken: 0, conflicts: 0, added: 0, unchanged: 0, notFilled: 0, listed: 0 };
    for (const table of [ret.tables.activities, ret.tables.measurements]) {
      for (const row of table?.filledRows ?? []) {
        summary.rows++;
        summary[state.outcome(row)]++;
      }
    }
    return summary;
  });
}

/**
 * Bundles the returns into the overview by the merge policy (docs/bundelen.md): what is taken, what
 * conflicts, what is added, what was not returned, and the values that could only be listed. Pure: the
 * caller writes `writes` and `appends` to a copy of the overview, checks it, and adds the Bundeling sheet.
 *
 * Nothing is bundled when the overview or any return cannot be read or placed: the problems say why.
 */
export function bundleReturns(input: BundleInput): BundleOutcome {
  const overview = buildModel(input.overview.snapshot);
  const problems: BundleProblem[] = [];
  if (!overview.tables.activities && !overview.tables.measurements) problems.push({ kind: "overview-no-tables", file: input.overview.file });
  const returns: ReadReturn[] = [];
  const files = new Set<string>([input.overview.file]);
  for (const item of input.returns) {
    if (files.has(item.file)) {
      problems.push({ kind: "duplicate-file", file: item.file });
      continue;
    }
    files.add(item.file);
    const read = readReturn(item, overview.parties);
    if ("kind" in read) problems.push(read);
    else returns.push(read);
  }
  if (problems.length > 0) return { ok: false, problems };

  const state = new BundleState();
  const ctx = { overview, returns, state, isFormula: input.isFormula };
  const notReturned = new TableMerge(ctx, "activities").run();
  new TableMerge(ctx, "measurements").run();
  for (const ret of returns) {
    compareOtherTables(overview, ret, state);
    listOutsideCells(ret, state);
  }
  const returnSummaries = summaries(returns, state);
  const notFilled = [...state.notFilled].map(([party, ids]) => ({ party, ids }));
  const decisions: BundleDecisions = {
    overview: input.overview.file,
    output: null,
    returns: returnSummaries,
    taken: state.taken,
    conflicts: state.conflicts,
    added: state.added,
    notReturned,
    notFilled,
    listed: state.listed,
    counts: {
      taken: state.taken.length,
      conflicts: state.conflicts.length,
      added: state.added.length,
      notReturned: notReturned.reduce((n, p) => n + p.ids.length, 0),
      notFilled: notFilled.reduce((n, p) => n + p.ids.length, 0),
      listed: state.listed.length,
      unchanged: returnSummaries.reduce((n, r) => n + r.unchanged, 0),
    },
    check: null,
  };
  return { ok: true, decisions, typed: state.typed, writes: state.writes, appends: state.appends, lang: input.lang ?? "nl", date: input.date };
}

/** The command line's exit code: 0 bundled without conflicts, 1 bundled with conflicts, 2 nothing bundled. */
export function bundleExitCode(outcome: BundleOutcome): 0 | 1 | 2 {
  if (!outcome.ok) return 2;
  return outcome.decisions.conflicts.length > 0 ? 1 : 0;
}
