/**
 * Custom functions (namespace BM). Ids and the JSDoc below are English and stable; Dutch names and
 * descriptions live in translations.ts. The build appends CustomFunctions.associate(...) for each function.
 * Every function is a thin wrapper: arguments.ts reads the input, src/core does the arithmetic.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- the metadata generator maps only any / any[][] to mixed cells */
import { indicatorProgress, expectedValue, type IndicatorStatus } from "../core/indicators/progress";
import { halfYearLabel, halfYearOfIso } from "../core/parse/halfYear";
import { parseDutchDate } from "../core/parse/parseDutchDate";
import { parseHalfYear } from "../core/parse/parseHalfYear";
import { parsePeriod } from "../core/parse/parsePeriod";
import { computeLedger, currentBacklog } from "../core/quota/ledger";
import { expectedShortfall } from "../core/quota/shortfall";
import {
  directionFromNumbers,
  isEmptyArgument,
  readDirection,
  readMarginPercent,
  readMeasure,
  readNumber,
  readPlanCount,
  readPlanned,
  readPlannedWithRealised,
  readQuotaPeriods,
  readRealised,
  readYear,
  required,
  single,
} from "./arguments";
import type { Lang } from "../core/rules/types";
import { workbookLanguage } from "../excel/workbookLanguage";
import { invalidValue, missing, notAvailable, progressUnavailable } from "./errors";

function ledgerOf(quotas: any[][], housed: any[][], openingBalance: any) {
  return computeLedger(readQuotaPeriods(quotas, housed), readNumber(single(openingBalance, "beginsaldo"), "beginsaldo") ?? 0);
}

/**
 * Due per half-year for housing permit holders: the quota plus the backlog carried in, minus a surplus carried in. Empty after a half-year whose number housed is not known.
 * @customfunction DUE
 * @param quotas Quota per half-year, as a column or row (the first half-year first).
 * @param housed Permit holders housed per half-year, same length; leave a cell empty while not yet known.
 * @param [openingBalance] Balance before the first half-year (negative is a backlog). Default 0.
 * @returns The due of each half-year, as a column.
 */
export function due(quotas: any[][], housed: any[][], openingBalance?: any): any[][] {
  return ledgerOf(quotas, housed, openingBalance).map((period) => [period.due ?? ""]);
}

/**
 * Balance of the quota for housing permit holders after each half-year: negative is a backlog, positive a surplus. Empty while the number housed is not known.
 * @customfunction BALANCE
 * @param quotas Quota per half-year, as a column or row (the first half-year first).
 * @param housed Permit holders housed per half-year, same length; leave a cell empty while not yet known.
 * @param [openingBalance] Balance before the first half-year (negative is a backlog). Default 0.
 * @returns The balance after each half-year, as a column.
 */
export function balance(quotas: any[][], housed: any[][], openingBalance?: any): any[][] {
  return ledgerOf(quotas, housed, openingBalance).map((period) => [period.balance ?? ""]);
}

/**
 * Backlog of the quota for housing permit holders after the last half-year with a number housed; 0 when ahead.
 * @customfunction BACKLOG
 * @param quotas Quota per half-year, as a column or row (the first half-year first).
 * @param housed Permit holders housed per half-year, same length; leave a cell empty while not yet known.
 * @param [openingBalance] Balance before the first half-year (negative is a backlog). Default 0.
 * @returns The backlog (0 or more).
 */
export function backlog(quotas: any[][], housed: any[][], openingBalance?: any): number {
  const result = currentBacklog(ledgerOf(quotas, housed, openingBalance));
  if (result === null) throw notAvailable("noHoused");
  return result;
}

/**
 * Shortfall expected at the end of the running half-year: due, minus realised so far, minus what is planned for its remaining months; 0 when the plan suffices.
 * @customfunction SHORTFALL
 * @param due What is due in the half-year, backlog included.
 * @param realised Housed so far in the half-year; empty is none yet.
 * @param planned Planned housings for the remaining months: numbers, "-" for none, ranges such as 10-20.
 * @param [count] "min" (default) counts a range such as 10-20 at its minimum, "max" at its maximum.
 * @param [realisedPerMonth] Realised per month beside planned, same size (the Gerealiseerd column of Planning): a filled cell replaces the planned count of its month.
 * @returns The expected shortfall (0 or more).
 */
export function shortfall(due: any, realised: any, planned: any[][], count?: any, realisedPerMonth?: any[][]): number {
  const dueNumber = required(readNumber(single(due, "opgave"), "opgave"), "opgave");
  // Left out, Excel passes nothing; one empty cell is the same as left out.
  const omitted = realisedPerMonth === undefined || realisedPerMonth === null || (Array.isArray(realisedPerMonth) && realisedPerMonth.flat().length === 1 && isEmptyArgument(realisedPerMonth.flat()[0]));
  const plan = omitted ? readPlanned(planned) : readPlannedWithRealised(planned, realisedPerMonth);
  return expectedShortfall(dueNumber, readRealised(realised), plan, readPlanCount(count)).shortfall;
}

/**
 * Progress of an indicator as a fraction: 0 at the baseline, 1 when the target is reached.
 * @customfunction PROGRESS
 * @param baseline Baseline value; a percentage may be typed as 7,9%.
 * @param target Target value.
 * @param actual Latest measured value.
 * @param [direction] Toename, Afname, Gelijk, Maximaal or Minimaal; default from the numbers (target above baseline is Toename).
 * @returns Progress as a fraction; show it with a percentage format.
 */
export function progress(baseline: any, target: any, actual: any, direction?: any): number {
  const b = required(readMeasure(baseline, "nulmeting"), "nulmeting");
  const t = required(readMeasure(target, "streefwaarde"), "streefwaarde");
  const m = readMeasure(actual, "actueel");
  // Without a direction the numbers decide; only when target equals baseline do they not, and the core says so.
  const d = readDirection(direction) ?? directionFromNumbers(b, t) ?? "Toename";
  const result = indicatorProgress({
    direction: d, baseline: b, baselineYear: null, target: t, targetYear: null, latest: m, latestYear: null, marginPercent: 0,
  });
  if (result.progress === null) throw progressUnavailable(d, result.reason);
  return result.progress;
}

/**
 * Expected value of an indicator in a year, on the straight line from the baseline to the target.
 * @customfunction EXPECTED
 * @param baseline Baseline value.
 * @param baselineYear Year of the baseline.
 * @param target Target value.
 * @param targetYear Year by which the target should be reached.
 * @param year Year to compute the expected value for.
 * @returns The expected value; the baseline before the baseline year, the target from the target year.
 */
export function expected(baseline: any, baselineYear: any, target: any, targetYear: any, year: any): number {
  const y0 = required(readYear(baselineYear, "nuljaar"), "nuljaar");
  const y1 = required(readYear(targetYear, "streefjaar"), "streefjaar");
  if (y1 <= y0) throw invalidValue("targetYearOrder", { from: y0, to: y1 });
  return expectedValue(
    required(readMeasure(baseline, "nulmeting"), "nulmeting"), y0,
    required(readMeasure(target, "streefwaarde"), "streefwaarde"), y1,
    required(readYear(year, "jaar"), "jaar"),
  );
}

/** The words BM.STATUS returns (also used for the stored results of the sample workbook). */
export const STATUS_WORDS: Record<Lang, Record<IndicatorStatus, string>> = {
  nl: { behaald: "Behaald", "op-koers": "Op koers", achter: "Achter", "niet-behaald": "Niet behaald", onbekend: "Onbekend" },
  en: { behaald: "Achieved", "op-koers": "On track", achter: "Behind", "niet-behaald": "Not achieved", onbekend: "Unknown" },
};

/**
 * The language of BM.STATUS's words: the workbook's `Taal` (Instellingen), not the user's Office, so that a
 * shared workbook gives every colleague the same values and COUNTIF(…;"Behaald") keeps counting. Dutch outside
 * Excel (tests, the bench) and when the setting cannot be read.
 */
export function statusLanguage(): Promise<Lang> {
  if (typeof Excel === "undefined" || typeof Excel.RequestContext !== "function") return Promise.resolve("nl");
  return workbookLanguage(() => new Excel.RequestContext()).catch((): Lang => "nl");
}

/** BM.STATUS's word in a given language; the function itself takes the language from the workbook. */
export function statusWord(
  lang: Lang, baseline: any, baselineYear: any, target: any, targetYear: any, actual: any, measurementYear: any, direction?: any, margin?: any,
): string {
  return STATUS_WORDS[lang][statusOf(baseline, baselineYear, target, targetYear, actual, measurementYear, direction, margin)];
}

function statusOf(
  baseline: any, baselineYear: any, target: any, targetYear: any, actual: any, measurementYear: any, direction?: any, margin?: any,
): IndicatorStatus {
  const b = readMeasure(baseline, "nulmeting");
  const t = readMeasure(target, "streefwaarde");
  const latestYear = readYear(measurementYear, "meetjaar");
  const result = indicatorProgress({
    direction: readDirection(direction) ?? directionFromNumbers(b, t),
    baseline: b,
    baselineYear: readYear(baselineYear, "nuljaar"),
    target: t,
    targetYear: readYear(targetYear, "streefjaar"),
    latest: readMeasure(actual, "actueel"),
    latestYear,
    marginPercent: readMarginPercent(margin),
  });
  // A status read off the straight line needs the year of the measurement; without it the status is unknown.
  const neededYear = latestYear === null && result.expected !== null && result.status !== "behaald";
  return neededYear ? "onbekend" : result.status;
}

/**
 * Status of an indicator: Behaald, Op koers, Achter, Niet behaald or Onbekend (in English when Taal in Instellingen is en).
 * @customfunction STATUS
 * @param baseline Baseline value.
 * @param baselineYear Year of the baseline.
 * @param target Target value; may be empty for Toename or Afname stated in words only.
 * @param targetYear Year by which the target should be reached.
 * @param actual Latest measured value.
 * @param measurementYear Year of the latest measurement.
 * @param [direction] Toename, Afname, Gelijk, Maximaal or Minimaal; default from the numbers.
 * @param [margin] Margin for "on track" as a percentage of the distance from baseline to target. Default 10.
 * @returns The status as a word, in the workbook's language.
 */
export async function status(
  baseline: any, baselineYear: any, target: any, targetYear: any, actual: any, measurementYear: any, direction?: any, margin?: any,
): Promise<string> {
  // The input is read first, so a wrong argument gives its error without waiting for the workbook.
  const key = statusOf(baseline, baselineYear, target, targetYear, actual, measurementYear, direction, margin);
  return STATUS_WORDS[await statusLanguage()][key];
}

/**
 * How a planning text is read: start year, end year and kind (jaar, bereik, open, jaarlijks, terugkerend, doorlopend, gebeurtenis, schema).
 * @customfunction PERIOD
 * @param text A planning text such as "2025 - 2028", "vanaf 2025" or "Jaarlijks".
 * @returns One row: start year, end year (empty when the text has none) and kind.
 */
export function period(text: any): any[][] {
  const value = single(text, "tekst");
  const parsed = parsePeriod(value);
  if (!parsed.ok && parsed.reason === "empty") throw missing("tekst");
  if (!parsed.ok && parsed.reason === "placeholder") throw notAvailable("notSchedule", { text: parsed.text });
  if (!parsed.ok) throw invalidValue("schedule", { text: parsed.text });
  const { start, end, kind } = parsed.value;
  return [[start?.year ?? "", end?.year ?? "", kind]];
}

/**
 * Half-year of a date or a half-year text, as 2025-H1.
 * @customfunction HALFYEAR
 * @param dateOrText A date, a Dutch date text such as "15-6-2025", or a half-year text such as "2e helft 2024" or "H2 2024".
 * @returns The half-year label, such as 2025-H1.
 */
export function halfYear(dateOrText: any): string {
  const value = single(dateOrText, "datum_of_tekst");
  const half = parseHalfYear(value);
  if (half.ok) return halfYearLabel(half.value);
  const date = parseDutchDate(value);
  const ofDate = date.ok ? halfYearOfIso(date.value) : null;
  if (ofDate) return halfYearLabel(ofDate);
  if (half.reason === "empty") throw missing("datum_of_tekst");
  throw invalidValue("notHalfYear", { text: half.text });
}
