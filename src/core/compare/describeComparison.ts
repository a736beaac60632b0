import { formatDate } from "../format/formatDate";
import type { Lang } from "../rules/types";
import type { StateValue } from "../state/types";
import { COMPARE_WORDS, type CompareWords } from "./compareWords";
import type { ActivityChange, Comparison, ComparedSide } from "./types";

/** `alert`: history was edited or the sides do not fit; `attention`: the meeting should discuss it. */
export type ChangeTone = "alert" | "attention" | "plain";

/** One change as every front-end shows it: a tag, what it is about, what changed, and where to look. */
export interface ChangeLine {
  /** `Afgerond`, `Nieuwe meting`, `Afgesloten halfjaar gewijzigd`. */
  tag: string;
  /** `1.1a Groei sociale huur`, `BZ-2 % huurders tevreden`, `1e helft 2024`. */
  subject: string;
  /** `Status: In uitvoering → Gereed`. */
  change: string;
  /** A second sentence: the Toelichting of a delayed activity, why a figure is a red flag. */
  detail: string | null;
  tone: ChangeTone;
  /** The cell in the newer workbook, for the pane to select; null when the thing is gone. */
  sheet: string | null;
  cell: string | null;
}

/** The groups of a described comparison, in the order they are shown. */
export const CHANGE_GROUP_IDS = ["alerts", "activities", "indicators", "quota", "findings"] as const;

export interface ChangeGroup {
  id: (typeof CHANGE_GROUP_IDS)[number];
  title: string;
  /** One line with the counts, e.g. `2 afgerond · 1 vertraagd · 1 nieuw`. */
  counts: string;
  lines: ChangeLine[];
}

/** A comparison in words: the same groups and lines for the command line, the summary and the pane. */
export interface DescribedComparison {
  heading: string;
  intro: string[];
  groups: ChangeGroup[];
  nothingChanged: boolean;
}

const LOCALES: Record<Lang, string> = { nl: "nl-NL", en: "en-GB" };
const SHORT_TEXT = 80;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

function shorten(text: string, limit = SHORT_TEXT): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= limit) return flat;
  const cut = flat.lastIndexOf(" ", limit);
  return `${flat.slice(0, cut > limit / 2 ? cut : limit)} …`;
}

function number(value: number, lang: Lang): string {
  return value.toLocaleString(LOCALES[lang], { maximumFractionDigits: 2 });
}

function percent(value: number, lang: Lang): string {
  return `${(value * 100).toLocaleString(LOCALES[lang], { maximumFractionDigits: 1 })}%`;
}

/** A recorded value as a reader writes it: `1 juli 2026`, `1.234`, `7,9%`, `leeg`. */
function shown(value: StateValue, lang: Lang, words: CompareWords, asPercent = false): string {
  if (value === null || value === "") return words.empty;
  if (typeof value === "number") return asPercent ? percent(value, lang) : number(value, lang);
  if (typeof value === "boolean") return lang === "nl" ? (value ? "WAAR" : "ONWAAR") : value ? "TRUE" : "FALSE";
  return ISO.test(value) ? formatDate(value, lang) : shorten(value);
}

function fromTo(column: string, from: StateValue, to: StateValue, lang: Lang, words: CompareWords, asPercent = false): string {
  return `${column}: ${shown(from, lang, words, asPercent)} ${words.arrow} ${shown(to, lang, words, asPercent)}`;
}

function halfYear(period: string, words: CompareWords): string {
  const match = /^(\d{4})-H([12])$/.exec(period);
  return match ? words.half(Number(match[1]), Number(match[2]) as 1 | 2) : period;
}

const subjectOf = (id: string, label: string) => (label ? `${id} ${label}` : id);

function activityLine(change: ActivityChange, lang: Lang, words: CompareWords): ChangeLine {
  const tag = change.kind === "status" ? words.tags[change.statusChange ?? "gewijzigd"] : words.tags[change.kind];
  const delayed = change.statusChange === "vertraagd" || change.statusChange === "vervallen";
  return {
    tag,
    subject: subjectOf(change.id, change.label),
    change: fromTo(change.column, change.from, change.to, lang, words),
    detail: delayed ? words.statusNote(change.note ? shorten(String(change.note), 160) : words.noNote) : null,
    tone: delayed || change.kind === "agreement" ? "attention" : "plain",
    sheet: change.sheet,
    cell: change.cell,
  };
}

const STATUS_ORDER = ["afgerond", "vertraagd", "vervallen", "gestart", "hervat", "heropend", "gewijzigd"];
const KIND_ORDER = ["status", "agreement", "realisation", "note", "updated"];

function activitiesGroup(c: Comparison, lang: Lang, words: CompareWords): ChangeGroup {
  const a = c.activities;
  const rank = (x: ActivityChange) => KIND_ORDER.indexOf(x.kind) * 10 + (x.statusChange ? STATUS_ORDER.indexOf(x.statusChange) : 0);
  const lines: ChangeLine[] = [...a.changed].sort((x, y) => rank(x) - rank(y)).map((x) => activityLine(x, lang, words));
  for (const r of a.added)
    lines.push({ tag: words.tags.added, subject: subjectOf(r.id, r.label), change: words.addedStatus(shown(r.status, lang, words)), detail: r.sameAgreementAs ? words.sameAgreementAs(r.sameAgreementAs) : null, tone: "plain", sheet: r.sheet, cell: r.cell });
  for (const r of a.removed) lines.push({ tag: words.tags.removed, subject: subjectOf(r.id, r.label), change: words.removedStatus(shown(r.status, lang, words)), detail: null, tone: "attention", sheet: null, cell: null });
  for (const d of a.duplicates) lines.push({ tag: words.tags.duplicate, subject: d.id, change: words.duplicateRows(d.fromRows, d.toRows), detail: null, tone: "attention", sheet: d.cell ? d.sheet : null, cell: d.cell });
  for (const r of a.withoutId) lines.push({ tag: words.tags.withoutId, subject: r.label || words.row(r.row), change: words.row(r.row), detail: words.withoutId, tone: "attention", sheet: r.sheet, cell: r.cell });
  const byStatus = (s: string) => a.changed.filter((x) => x.statusChange === s).length;
  const other = a.changed.filter((x) => (x.kind === "status" && !["afgerond", "vertraagd", "vervallen"].includes(x.statusChange!)) || x.kind === "note" || x.kind === "updated").length;
  const counts = [
    [byStatus("afgerond"), words.counts.afgerond],
    [byStatus("vertraagd"), words.counts.vertraagd],
    [byStatus("vervallen"), words.counts.vervallen],
    [a.changed.filter((x) => x.kind === "agreement").length, words.counts.agreement],
    [a.changed.filter((x) => x.kind === "realisation").length, words.counts.realisation],
    [a.added.length, words.counts.added],
    [a.removed.length, words.counts.removed],
    [other + a.duplicates.length + a.withoutId.length, words.counts.other],
  ] as const;
  return { id: "activities", title: words.groups.activities, counts: countLine(counts, words), lines };
}

function countLine(counts: readonly (readonly [number, (n: number) => string])[], words: CompareWords): string {
  const parts = counts.filter(([n]) => n > 0).map(([n, say]) => say(n));
  return parts.length > 0 ? parts.join(" · ") : words.counts.none;
}

function indicatorsGroup(c: Comparison, lang: Lang, words: CompareWords): ChangeGroup {
  const i = c.indicators;
  const lines: ChangeLine[] = [];
  const value = (v: number | null, pct: boolean) => shown(v, lang, words, pct);
  for (const s of i.statusChanged) {
    const progress = s.progressFrom !== null && s.progressTo !== null ? words.progress(percent(s.progressFrom, lang), percent(s.progressTo, lang)) : null;
    const better = STATUS_RANK[s.to] > STATUS_RANK[s.from];
    lines.push({ tag: words.tags.indicatorStatus, subject: subjectOf(s.id, s.name), change: `${words.indicatorStatus[s.from]} ${words.arrow} ${words.indicatorStatus[s.to]}`, detail: progress, tone: better ? "plain" : "attention", sheet: s.sheet, cell: s.cell });
  }
  for (const m of i.measurements) {
    const tag = m.kind === "new" ? words.tags.measurementNew : m.kind === "corrected" ? words.tags.measurementCorrected : words.tags.measurementRemoved;
    const change = m.kind === "new" ? `${m.year}: ${value(m.to, m.percent)}` : `${m.year}: ${value(m.from, m.percent)} ${words.arrow} ${value(m.to, m.percent)}`;
    lines.push({ tag, subject: subjectOf(m.id, m.name), change, detail: null, tone: m.kind === "new" ? "plain" : "attention", sheet: m.sheet, cell: m.cell });
  }
  for (const x of i.changed) lines.push({ tag: words.tags.indicatorChanged, subject: subjectOf(x.id, x.name), change: fromTo(x.column, x.from, x.to, lang, words, x.percent), detail: null, tone: "attention", sheet: x.sheet, cell: x.cell });
  for (const r of i.added) lines.push({ tag: words.tags.indicatorAdded, subject: subjectOf(r.id, r.name), change: words.row(r.row), detail: null, tone: "plain", sheet: r.sheet, cell: r.cell });
  for (const r of i.removed) lines.push({ tag: words.tags.indicatorRemoved, subject: subjectOf(r.id, r.name), change: words.wasRow(r.row), detail: null, tone: "attention", sheet: null, cell: null });
  for (const d of i.duplicates) lines.push({ tag: words.tags.duplicate, subject: d.id, change: words.duplicateRows(d.fromRows, d.toRows), detail: null, tone: "attention", sheet: d.cell ? d.sheet : null, cell: d.cell });
  const counts = [
    [i.measurements.length, words.counts.measurements],
    [i.statusChanged.length, words.counts.statuses],
    [i.added.length, words.counts.added],
    [i.removed.length, words.counts.removed],
    [i.changed.length + i.duplicates.length, words.counts.other],
  ] as const;
  return { id: "indicators", title: words.groups.indicators, counts: countLine(counts, words), lines };
}

/** Worse to better, for the tone of an indicator's status change. */
const STATUS_RANK = { "niet-behaald": 0, achter: 1, onbekend: 2, "op-koers": 3, behaald: 4 } as const;

function quotaGroups(c: Comparison, lang: Lang, words: CompareWords): { quota: ChangeGroup; alerts: ChangeLine[] } {
  const q = c.quota;
  const lines: ChangeLine[] = [];
  const alerts: ChangeLine[] = [];
  for (const x of q.changed) {
    const line: ChangeLine = { tag: words.tags.quotaChanged, subject: halfYear(x.period, words), change: fromTo(x.column, x.from, x.to, lang, words), detail: null, tone: "plain", sheet: x.sheet, cell: x.cell };
    if (x.kind === "closed-period-edited") alerts.push({ ...line, tag: words.tags.closedEdited, detail: words.closedEdited, tone: "alert" });
    else lines.push(x.kind === "newly-known" ? { ...line, tag: words.tags.newlyKnown } : line);
  }
  for (const p of q.added) lines.push({ tag: words.tags.periodAdded, subject: halfYear(p.period, words), change: words.row(p.row), detail: null, tone: "plain", sheet: p.sheet, cell: p.cell });
  for (const p of q.removed) {
    const line: ChangeLine = { tag: words.tags.periodRemoved, subject: halfYear(p.period, words), change: words.wasRow(p.row), detail: null, tone: "attention", sheet: null, cell: null };
    if (p.closed) alerts.push({ ...line, detail: words.periodRemovedClosed, tone: "alert" });
    else lines.push(line);
  }
  for (const period of q.duplicates) lines.push({ tag: words.tags.periodDuplicate, subject: halfYear(period, words), change: words.repeated, detail: null, tone: "attention", sheet: null, cell: null });
  if (q.openingBalance) {
    alerts.push({ tag: words.tags.openingBalance, subject: "Instellingen", change: `${number(q.openingBalance.from, lang)} ${words.arrow} ${number(q.openingBalance.to, lang)}`, detail: words.openingBalance, tone: "alert", sheet: "Instellingen", cell: null });
  }
  const b = q.backlog;
  const count = (v: number | null) => (v === null ? words.empty : number(v, lang));
  const stated = b.statedFrom !== null || b.statedTo !== null ? ` (${words.backlogStated(count(b.statedFrom), count(b.statedTo))})` : "";
  const counts = b.from === null && b.to === null && b.statedFrom === null && b.statedTo === null ? words.counts.none : `${words.backlog(count(b.from), count(b.to))}${stated}`;
  return { quota: { id: "quota", title: words.groups.quota, counts, lines }, alerts };
}

function sideName(side: ComparedSide, words: CompareWords): string {
  return side.file ?? words.thisWorkbook;
}

function heading(c: Comparison, lang: Lang, words: CompareWords): string {
  const { from } = c;
  // A workbook made for an earlier meeting (its Datum bestuurlijk overleg) stands for that meeting; the file is named
  // on the next line. Without dates that show it was earlier, the file's name is the heading.
  const earlierMeeting = from.meetingDate !== null && c.to.meetingDate !== null && from.meetingDate < c.to.meetingDate;
  if (from.source === "recorded" || earlierMeeting) return words.sinceMeeting(formatDate(from.meetingDate ?? from.referenceDate, lang));
  return words.sinceFile(sideName(from, words), formatDate(from.referenceDate, lang));
}

function intro(c: Comparison, lang: Lang, words: CompareWords): string[] {
  const { from, to } = c;
  const recordedOn = from.recordedAt ? formatDate(from.recordedAt.slice(0, 10), lang) : formatDate(from.referenceDate, lang);
  const first = from.source === "recorded" ? words.comparedRecorded(recordedOn, formatDate(from.referenceDate, lang)) : words.comparedWorkbook(sideName(from, words), formatDate(from.referenceDate, lang));
  return [first, words.now(sideName(to, words), formatDate(to.referenceDate, lang))];
}

/**
 * The comparison in the meeting's words, grouped: first what needs care before anything else (edited history,
 * mismatched sides), then activities, indicators, quota and the check. Dutch or English.
 */
export function describeComparison(c: Comparison, lang: Lang = "nl"): DescribedComparison {
  const words = COMPARE_WORDS[lang];
  const warnings: ChangeLine[] = c.warnings.map((w) => ({
    tag: words.groups.alerts,
    subject: "",
    change: w === "other-municipality" ? words.warnings[w](c.from.municipality ?? "?", c.to.municipality ?? "?") : words.warnings[w],
    detail: null,
    tone: "alert",
    sheet: null,
    cell: null,
  }));
  const { quota, alerts } = quotaGroups(c, lang, words);
  const activities = activitiesGroup(c, lang, words);
  const indicators = indicatorsGroup(c, lang, words);
  const findings: ChangeGroup = { id: "findings", title: words.groups.findings, counts: words.findings(c.findings.resolved, c.findings.new), lines: [] };
  const alertLines = [...warnings, ...alerts];
  const groups: ChangeGroup[] = [
    ...(alertLines.length > 0 ? [{ id: "alerts" as const, title: words.groups.alerts, counts: "", lines: alertLines }] : []),
    activities,
    indicators,
    quota,
    findings,
  ];
  const nothingChanged =
    alertLines.length === 0 &&
    activities.lines.length === 0 &&
    indicators.lines.length === 0 &&
    quota.lines.length === 0 &&
    c.quota.backlog.from === c.quota.backlog.to &&
    c.quota.backlog.statedFrom === c.quota.backlog.statedTo &&
    c.findings.resolved === 0 &&
    c.findings.new === 0;
  return { heading: heading(c, lang, words), intro: intro(c, lang, words), groups, nothingChanged };
}
