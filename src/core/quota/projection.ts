import type { ParsedTable } from "../model/parsedTable";
import { halfYearEnd, halfYearLabel, halfYearOfIso, nextHalfYear, type HalfYear } from "../parse/halfYear";
import type { IsoDate } from "../parse/isoDate";
import type { YearMonth } from "../parse/parseMonth";
import { monthKey, planMonths, type PlanMonth } from "./monthlyPlan";
import type { QuotaLedger, QuotaPeriod } from "./quotaTable";

/**
 * The expected shortfall at a peilmoment (1 July or 1 January): the due, minus what is housed or realised
 * so far, minus what is planned for the remaining months (`workbook-format.md`, *Projection*).
 */
export interface QuotaProjection {
  /** The half-year the peilmoment closes, `2025-H1`. */
  period: string;
  peilmoment: IsoDate;
  /** The half-year's quota; null while not in Taakstelling (the next half-year's is often not set yet). */
  quota: number | null;
  /** Due computed from the housed counts as entered (for the next half-year: from this projection); null when unknown. */
  due: number | null;
  /** Due as the table states it (for the next half-year: following the stated figures); the official one. */
  statedDue: number | null;
  /** Realised so far in the half-year: the months with `Gerealiseerd`, else Gehuisvest of a running half-year; null when none. */
  realised: number | null;
  /** `months`: from Gerealiseerd per month; `housed`: Gehuisvest of the running half-year, counted up to the reference month. */
  realisedSource: "months" | "housed" | null;
  /** The months whose realisation counts, `2025-01`. */
  realisedMonths: string[];
  /** Planned in the months still counted as planned, ranges at their minimum and maximum. */
  planned: number;
  plannedMax: number;
  plannedMonths: string[];
  /** Months already over at the reference date without a realisation: still counted as planned. */
  missingMonths: string[];
  /** Expected backlog at the peilmoment against the computed due, with the plan at its minimum, and at its maximum. */
  shortfall: number | null;
  shortfallAtMax: number | null;
  /** The same against the stated due (the official figure). */
  shortfallStated: number | null;
  shortfallStatedAtMax: number | null;
  /** The half-year's row in Taakstelling; null when the table has none yet. */
  row: number | null;
}

interface Outlook {
  realised: number | null;
  source: QuotaProjection["realisedSource"];
  realisedMonths: YearMonth[];
  planned: { min: number; max: number };
  plannedMonths: YearMonth[];
  missingMonths: YearMonth[];
}

function inHalfYear(month: YearMonth, half: HalfYear): boolean {
  return month.year === half.year && (half.half === 1 ? month.month <= 6 : month.month >= 7);
}

/** The month of a date, as a number that orders months. */
function monthIndex(m: YearMonth): number {
  return m.year * 12 + m.month;
}

/**
 * What a half-year will bring: realised months count as realised, the others as planned. Without any
 * realised month, a running half-year's Gehuisvest counts as housed up to the reference month.
 */
function outlook(months: readonly PlanMonth[], half: HalfYear, reference: YearMonth, housed: number | null): Outlook {
  const inHalf = months.filter((m) => inHalfYear(m.month, half));
  const byMonths = inHalf.some((m) => m.realised !== null) || housed === null;
  const result: Outlook = { realised: null, source: null, realisedMonths: [], planned: { min: 0, max: 0 }, plannedMonths: [], missingMonths: [] };
  if (!byMonths) {
    result.realised = housed;
    result.source = "housed";
  }
  for (const m of inHalf) {
    if (byMonths && m.realised !== null) {
      result.realised = (result.realised ?? 0) + m.realised;
      result.source = "months";
      result.realisedMonths.push(m.month);
      continue;
    }
    if (!byMonths && monthIndex(m.month) <= monthIndex(reference)) continue;
    result.planned.min += m.planned.min;
    result.planned.max += m.planned.max;
    result.plannedMonths.push(m.month);
    if (monthIndex(m.month) < monthIndex(reference)) result.missingMonths.push(m.month);
  }
  return result;
}

const minus = (due: number | null, housed: number) => (due === null ? null : Math.max(0, due - housed));

function projectionOf(half: HalfYear, row: QuotaPeriod | undefined, dues: { due: number | null; statedDue: number | null; dueAtMax: number | null; statedDueAtMax: number | null }, o: Outlook): QuotaProjection {
  const housedMin = (o.realised ?? 0) + o.planned.min;
  const housedMax = (o.realised ?? 0) + o.planned.max;
  return {
    period: halfYearLabel(half),
    peilmoment: halfYearEnd(half),
    quota: row?.quota ?? null,
    due: dues.due,
    statedDue: dues.statedDue,
    realised: o.realised,
    realisedSource: o.source,
    realisedMonths: o.realisedMonths.map(monthKey),
    planned: o.planned.min,
    plannedMax: o.planned.max,
    plannedMonths: o.plannedMonths.map(monthKey),
    missingMonths: o.missingMonths.map(monthKey),
    shortfall: minus(dues.due, housedMin),
    shortfallAtMax: minus(dues.dueAtMax, housedMax),
    shortfallStated: minus(dues.statedDue, housedMin),
    shortfallStatedAtMax: minus(dues.statedDueAtMax, housedMax),
    row: row?.row.row ?? null,
  };
}

/**
 * The projections to the next two peilmomenten: the end of the running half-year and the end of the one
 * after it (at a reference date in the first half: 1 July and 1 January). The second carries what the
 * first leaves: its due is its quota plus the projected backlog (or minus the projected surplus).
 * Empty without a monthly plan, or when the running half-year is not in Taakstelling.
 */
export function quotaProjections(ledger: QuotaLedger, plan: ParsedTable | undefined, referenceDate: IsoDate): QuotaProjection[] {
  const running = halfYearOfIso(referenceDate);
  if (!running || !plan) return [];
  const current = ledger.periods.find((p) => p.label === halfYearLabel(running));
  if (!current) return [];
  const reference = { year: Number(referenceDate.slice(0, 4)), month: Number(referenceDate.slice(5, 7)) };
  const months = planMonths(plan);
  const first = outlook(months, running, reference, current.housed);
  const firstProjection = projectionOf(running, current, { due: current.due, statedDue: current.statedDue, dueAtMax: current.due, statedDueAtMax: current.statedDue }, first);

  const next = nextHalfYear(running);
  const nextRow = ledger.periods.find((p) => p.label === halfYearLabel(next));
  const quota = nextRow?.quota ?? null;
  const housedMin = (first.realised ?? 0) + first.planned.min;
  const housedMax = (first.realised ?? 0) + first.planned.max;
  // Due of the next half-year: its quota minus the balance this projection leaves (a backlog raises it).
  const carry = (due: number | null, housed: number) => (quota === null || due === null ? null : quota - (housed - due));
  const stated = nextRow?.statedDue ?? null;
  const dues = {
    due: carry(current.due, housedMin),
    dueAtMax: carry(current.due, housedMax),
    statedDue: stated ?? carry(current.statedDue, housedMin),
    statedDueAtMax: stated ?? carry(current.statedDue, housedMax),
  };
  const second = outlook(months, next, reference, null);
  return [firstProjection, projectionOf(next, nextRow, dues, second)];
}

/** The projection to the end of the running half-year (the first of {@link quotaProjections}), or null. */
export function quotaProjection(ledger: QuotaLedger, plan: ParsedTable | undefined, referenceDate: IsoDate): QuotaProjection | null {
  return quotaProjections(ledger, plan, referenceDate)[0] ?? null;
}
