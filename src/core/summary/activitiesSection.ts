import { activityDueDate, activityStatus, isOverdue } from "../activities/activityTiming";
import { PartyDirectory } from "../model/parties";
import type { ParsedRow } from "../model/parsedTable";
import { daysBetween, isoToExcelSerial } from "../parse/isoDate";
import { periodStartDate, type Period } from "../parse/period";
import { STATUSES, type Status } from "../schema/lists";
import type { Part } from "./sheetBuilder";
import type { SummaryContext } from "./summaryContext";
import { FORMATS, shortAgreement } from "./summaryFormat";
import { STATUS_HEADERS } from "./summaryWords";

type StatusKey = Status | "Onbekend";

export interface AttentionItem {
  row: ParsedRow;
  delayed: boolean;
  cancelled: boolean;
  overdueDays: number | null;
}

const header = (value: string, span = 1): Part => ({ value, kind: "heading", style: "tableHeader", span, wrap: true });
const count = (value: number, style: "cell" | "total" = "cell"): Part => ({ value, style, numberFormat: FORMATS.countOrDash });

function statusKey(row: ParsedRow): StatusKey {
  return activityStatus(row) ?? "Onbekend";
}

/** Vertraagd, overdue or Vervallen: the rows the meeting should discuss, overdue and delayed first. */
export function attentionItems(ctx: SummaryContext): AttentionItem[] {
  const referenceDate = ctx.report.referenceDate;
  const items: AttentionItem[] = [];
  for (const row of ctx.activityRows) {
    const status = activityStatus(row);
    const overdue = isOverdue(row, referenceDate);
    const due = activityDueDate(row);
    const item = { row, delayed: status === "Vertraagd", cancelled: status === "Vervallen", overdueDays: overdue && due ? daysBetween(due, referenceDate) : null };
    if (item.delayed || item.cancelled || item.overdueDays !== null) items.push(item);
  }
  const rank = (i: AttentionItem) => (i.cancelled ? 2 : i.overdueDays !== null ? 0 : 1);
  return items.sort((a, b) => rank(a) - rank(b) || a.row.row - b.row.row);
}

/** The lead as the meeting knows it: a party's short name, a group name, or the text as written. */
function leadLabel(ctx: SummaryContext, row: ParsedRow): string {
  const text = row.text("lead");
  if (text === "") return ctx.words.activities.noLead;
  const match = ctx.model.parties.resolve(text);
  if (!match) return text;
  return match.kind === "party" ? PartyDirectory.label(match.party) : match.group;
}

/** Has the planned start passed? Unknown (no readable planning) counts as not yet. */
function startPassed(row: ParsedRow, referenceDate: string): boolean {
  const period = row.value<Period>("schedule");
  const start = period ? periodStartDate(period) : null;
  return start !== null && start <= referenceDate;
}

/** A count column: a status, with *Niet gestart* split into should-have-started and not yet due. */
function countColumns(ctx: SummaryContext, statuses: StatusKey[]): { header: string; matches: (row: ParsedRow) => boolean }[] {
  const { lang, words, report } = ctx;
  return statuses.flatMap((s) => {
    if (s !== "Niet gestart") return [{ header: STATUS_HEADERS[lang][s], matches: (r: ParsedRow) => statusKey(r) === s }];
    return [
      { header: words.activities.notStartedDue, matches: (r: ParsedRow) => statusKey(r) === s && startPassed(r, report.referenceDate) },
      { header: words.activities.notStartedLater, matches: (r: ParsedRow) => statusKey(r) === s && !startPassed(r, report.referenceDate) },
    ];
  });
}

function countTable(ctx: SummaryContext, firstHeader: string, groups: Map<string, ParsedRow[]>, statuses: StatusKey[]): void {
  const { sheet, words, report } = ctx;
  const overdue = (rows: ParsedRow[]) => rows.filter((r) => isOverdue(r, report.referenceDate)).length;
  const columns = countColumns(ctx, statuses);
  sheet.line([header(firstHeader, 2), ...columns.map((c) => header(c.header)), header(words.total), header(words.activities.overdue)]);
  const all: ParsedRow[] = [];
  for (const [name, rows] of groups) {
    for (const row of rows) all.push(row);
    sheet.line([{ value: name, span: 2, wrap: true }, ...columns.map((c) => count(rows.filter(c.matches).length)), count(rows.length), count(overdue(rows))]);
  }
  sheet.line([
    { value: words.total, style: "total", span: 2 },
    ...columns.map((c) => count(all.filter(c.matches).length, "total")),
    count(all.length, "total"),
    count(overdue(all), "total"),
  ]);
}

function groupRows(rows: readonly ParsedRow[], key: (row: ParsedRow) => string): Map<string, ParsedRow[]> {
  const groups = new Map<string, ParsedRow[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

function attentionTable(ctx: SummaryContext): void {
  const { sheet, words } = ctx;
  const w = words.activities;
  const items = attentionItems(ctx);
  sheet.line([{ value: w.attentionTitle, kind: "heading", style: "subheading", span: sheet.columnWidths.length }]);
  if (items.length === 0) {
    sheet.line([{ value: w.attentionNone, style: "note", span: sheet.columnWidths.length }]);
    return;
  }
  const [id, agreement, lead, planning, due, status, why, note] = w.columns;
  sheet.line([header(id), header(agreement), header(lead), header(planning, 2), header(due), header(status), header(why, 2), header(note, 3)]);
  for (const item of items) {
    const { row } = item;
    const reasons = [item.overdueDays !== null ? w.reasonOverdue(item.overdueDays) : "", item.delayed ? w.reasonDelayed : "", item.cancelled ? w.reasonCancelled : ""].filter(Boolean);
    const dueDate = activityDueDate(row);
    const noteText = row.text("note");
    sheet.line([
      { value: row.text("id") },
      { value: shortAgreement(row.text("agreement")), wrap: true },
      { value: leadLabel(ctx, row), wrap: true },
      { value: row.text("schedule"), span: 2, wrap: true },
      dueDate ? { value: isoToExcelSerial(dueDate), kind: "date", numberFormat: FORMATS.dateShort, align: "center" } : { value: null },
      { value: row.text("status"), wrap: true },
      { value: reasons.join(", "), span: 2, wrap: true },
      noteText ? { value: noteText, span: 3, wrap: true } : { value: w.noNote, style: "note", span: 3 },
    ]);
  }
}

export function activitiesSection(ctx: SummaryContext): void {
  const { sheet, words } = ctx;
  const w = words.activities;
  const title = ctx.numbered(w.section);
  sheet.startSection("activities", title);
  sheet.banner(title, "sectionHeading", { height: 22 });
  const rows = ctx.activityRows;
  if (rows.length === 0) {
    const none = (ctx.model.tables.activities?.filledRows.length ?? 0) > 0 ? w.noneChosen : w.none;
    sheet.line([{ value: none, style: "note", span: sheet.columnWidths.length }]);
    return;
  }
  const statuses: StatusKey[] = [...STATUSES, ...(rows.some((r) => activityStatus(r) === null) ? (["Onbekend"] as const) : [])];
  sheet.skip();
  sheet.line([{ value: w.byTheme, kind: "heading", style: "subheading", span: sheet.columnWidths.length }]);
  countTable(ctx, w.theme, groupRows(rows, (r) => r.text("theme") || w.noTheme), statuses);
  sheet.skip();
  attentionTable(ctx);
  sheet.skip();
  sheet.line([{ value: w.byLead, kind: "heading", style: "subheading", span: sheet.columnWidths.length }]);
  const byLead = groupRows(rows, (r) => leadLabel(ctx, r));
  // Every party of the table Partijen, also one that leads nothing: the meeting sees who carries no activity. A party
  // that leads through a group (`Gemeente`, `Corporaties`) or under another spelling is already in the table.
  const leading = new Set(rows.flatMap((r) => {
    const match = ctx.model.parties.resolve(r.text("lead"));
    return match === null ? [] : match.kind === "party" ? [match.party] : match.members;
  }));
  for (const party of ctx.model.parties.parties) {
    const label = PartyDirectory.label(party);
    if (!leading.has(party) && !byLead.has(label)) byLead.set(label, []);
  }
  const sorted = new Map([...byLead].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0])));
  countTable(ctx, w.lead, sorted, statuses);
}
