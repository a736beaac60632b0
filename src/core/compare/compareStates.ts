import { normalizeText } from "../parse/normalizeText";
import { compareActivities } from "./compareActivities";
import { compareFindings } from "./compareFindings";
import { compareIndicators } from "./compareIndicators";
import { compareQuota } from "./compareQuota";
import type { ComparedSide, CompareInput, CompareOptions, Comparison, ComparisonWarning } from "./types";

function side(input: CompareInput): ComparedSide {
  const { state } = input;
  return {
    file: input.file ?? null,
    source: input.source,
    referenceDate: state.referenceDate,
    meetingDate: state.meetingDate,
    recordedAt: input.source === "recorded" ? state.recordedAt : null,
    municipality: state.municipality,
  };
}

/**
 * What changed between two states of the overview, in the meeting's terms: rows matched by ID (never by
 * position or guess), changes named by what they mean. Either side may be a recorded state or one built
 * from a workbook as it is now (`recordState`); `from` is the earlier one.
 *
 * @example
 * compareStates({ state: recorded, source: "recorded" }, { state: now, source: "workbook", file: "huidige.xlsx" })
 * //=> { from: {…}, to: {…}, activities: { added, removed, changed, … }, indicators, quota, findings, … }
 */
export function compareStates(from: CompareInput, to: CompareInput, options: CompareOptions = {}): Comparison {
  const earlier = from.state;
  const later = to.state;
  const warnings: ComparisonWarning[] = [];
  if (earlier.municipality && later.municipality && normalizeText(earlier.municipality) !== normalizeText(later.municipality)) warnings.push("other-municipality");
  if (earlier.referenceDate > later.referenceDate) warnings.push("reversed");
  return {
    from: side(from),
    to: side(to),
    warnings,
    activities: compareActivities(earlier.activities, later.activities, options),
    indicators: compareIndicators(earlier, later),
    quota: compareQuota(earlier.quota, later.quota, earlier.referenceDate),
    findings: compareFindings(earlier.findings, later.findings),
    minorIncluded: options.includeMinor === true,
  };
}
