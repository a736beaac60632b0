import { COMPARE_WORDS } from "../compare/compareWords";
import { describeComparison, type ChangeLine } from "../compare/describeComparison";
import type { SinceLastMeeting } from "../compare/sinceLastMeeting";
import { stateProblemText } from "../state/stateProblemText";
import { comparisonInScope, groupInScope } from "./comparisonInScope";
import type { Part } from "./sheetBuilder";
import type { SummaryContext } from "./summaryContext";
import type { SummaryStyleKey } from "./summarySheet";

/** Lines per group on paper; the pane and the command line show them all. */
export const MAX_LINES_PER_GROUP = 25;

const TAG_STYLE: Record<ChangeLine["tone"], SummaryStyleKey> = { alert: "trafficLight-red", attention: "trafficLight-orange", plain: "cell" };

const MORE = {
  nl: (n: number) => `En nog ${n} ${n === 1 ? "wijziging" : "wijzigingen"}: de volledige lijst staat in het taakvenster onder Wat is er veranderd.`,
  en: (n: number) => `And ${n} more ${n === 1 ? "change" : "changes"}: the full list is in the task pane under What has changed.`,
};
const COLUMNS = { nl: ["Wat", "Waarover", "Wijziging", "Opmerking"], en: ["What", "About", "Change", "Remark"] };

function fullWidth(ctx: SummaryContext, value: string, style: SummaryStyleKey): void {
  ctx.sheet.line([{ value, style, span: ctx.sheet.columnWidths.length, wrap: true }]);
}

const header = (value: string, span: number): Part => ({ value, kind: "heading", style: "tableHeader", span, wrap: true });

/** Twelve summary columns: subject over A–B, the tag over C–D, the change over E–I, the detail over J–L. */
function changeRow(line: ChangeLine): Part[] {
  return [
    { value: line.subject, span: 2, wrap: true },
    { value: line.tag, style: TAG_STYLE[line.tone], span: 2, wrap: true },
    { value: line.change, span: 5, wrap: true },
    line.detail ? { value: line.detail, span: 3, wrap: true } : { value: null, span: 3 },
  ];
}

/**
 * *Sinds het vorige overleg (<datum>)*: what changed since the state recorded with the previous summary, in
 * the meeting's terms, on its own printed page right after the header and key figures; only what the summary's
 * choice of sections, themes and programmes takes in. Without an earlier
 * state (or with one that cannot be used) page 1 says so in one plain sentence.
 */
export function sinceLastMeetingSection(ctx: SummaryContext, since: SinceLastMeeting): void {
  const { sheet, lang } = ctx;
  const words = COMPARE_WORDS[lang];
  if (since.kind !== "compared") {
    // One sentence does not need a printed page of its own: it stays on page 1, below the key figures.
    const title = lang === "nl" ? "Sinds het vorige overleg" : "Since the previous meeting";
    sheet.skip();
    sheet.line([{ value: title, kind: "heading", style: "subheading", span: sheet.columnWidths.length }]);
    fullWidth(ctx, since.kind === "none" ? words.noEarlier : stateProblemText(since.problem, since.meetingDate, lang), "note");
    return;
  }
  const described = describeComparison(comparisonInScope(since.comparison, ctx), lang);
  sheet.startSection("since", described.heading);
  sheet.banner(described.heading, "sectionHeading", { height: 22 });
  for (const text of described.intro) fullWidth(ctx, text, "note");
  sheet.skip();
  if (described.nothingChanged) {
    fullWidth(ctx, words.nothingChanged, "okBanner");
    return;
  }
  for (const group of described.groups.filter((g) => groupInScope(ctx, g.id))) {
    if (group.counts) sheet.line([{ value: group.title, style: "label", span: 2 }, { value: group.counts, span: sheet.columnWidths.length - 2, wrap: true }]);
    else sheet.line([{ value: group.title, kind: "heading", style: "subheading", span: sheet.columnWidths.length }]);
    if (group.lines.length === 0) continue;
    sheet.line([header(COLUMNS[lang][1], 2), header(COLUMNS[lang][0], 2), header(COLUMNS[lang][2], 5), header(COLUMNS[lang][3], 3)]);
    for (const line of group.lines.slice(0, MAX_LINES_PER_GROUP)) sheet.line(changeRow(line));
    if (group.lines.length > MAX_LINES_PER_GROUP) fullWidth(ctx, MORE[lang](group.lines.length - MAX_LINES_PER_GROUP), "note");
    sheet.skip();
  }
}
