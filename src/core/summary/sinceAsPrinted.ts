import { CHANGE_GROUP_IDS, type ChangeGroup } from "../compare/describeComparison";
import type { SinceLastMeeting } from "../compare/sinceLastMeeting";
import type { CheckReport } from "../engine/checkWorkbook";
import type { WorkbookModel } from "../model/workbookModel";
import { comparisonInScope, groupInScope } from "./comparisonInScope";
import { summaryContext, type SummaryOptions } from "./summaryContext";

/** *Sinds het vorige overleg* as the summary with this choice prints it: what the pane's *Wat is er veranderd* shows. */
export interface SinceAsPrinted {
  /** False when the chosen sections leave it out: the printed summary has no such section. */
  included: boolean;
  /** The comparison without what the choice leaves out (a removal stays: it has no theme or programme any more). */
  since: SinceLastMeeting;
  /** The groups the section shows: none for a section left out. */
  groups: ChangeGroup["id"][];
}

export function sinceAsPrinted(report: CheckReport, model: WorkbookModel, options: SummaryOptions & { since: SinceLastMeeting }): SinceAsPrinted {
  const ctx = summaryContext(report, model, options, []);
  const { since } = options;
  return {
    included: ctx.shows("since"),
    since: since.kind === "compared" ? { kind: "compared", comparison: comparisonInScope(since.comparison, ctx) } : since,
    groups: CHANGE_GROUP_IDS.filter((id) => groupInScope(ctx, id)),
  };
}
