import { formatDate } from "../format/formatDate";
import type { Lang } from "../rules/types";
import { formatNumber } from "../format/formatNumber";

/** Excel format codes (en-US syntax; Excel shows them with the user's separators). */
export const FORMATS = {
  count: "#,##0",
  /** Zero shows as a dash, so tables of counts stay quiet. */
  countOrDash: '#,##0;-#,##0;"–"',
  decimal: "#,##0.0##",
  /** Years without a thousands separator. */
  year: "0",
  percent: "0.0%",
  progress: "0%",
  /** Month names in Excel's own language; use `longDateFormat(lang)` to fix the summary's language. */
  dateLong: "d mmmm yyyy",
  dateShort: "d-m-yyyy",
} as const;

/** Windows locale ids (nl-NL, en-GB): the `[$-413]` form is understood by every Excel version and by LibreOffice. */
const LCIDS: Record<Lang, string> = { nl: "413", en: "809" };

/** `1 juli 2025` whatever Excel's UI language: the locale tag makes Excel write the month in the summary's language. */
export function longDateFormat(lang: Lang): string {
  return `[$-${LCIDS[lang]}]${FORMATS.dateLong}`;
}

/** `1.234`, `-32`; `onbekend` for null. */
export function formatCount(value: number | null, lang: Lang, unknown: string): string {
  return value === null ? unknown : formatNumber(value, lang);
}

/** An indicator value as text: `7,9%` for percentages (stored as fractions), `295` otherwise. */
export function formatIndicatorValue(value: number, percent: boolean, lang: Lang): string {
  return formatNumber(value, lang, percent ? "percent" : "number");
}

/**
 * A caller's local timestamp as words; the time is shown as given, no time zone is applied.
 * @example
 * formatTimestamp("2025-06-20T14:03:12", "nl") //=> { date: "20 juni 2025", time: "14:03" }
 */
export function formatTimestamp(timestamp: string, lang: Lang): { date: string; time: string | null } {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(timestamp);
  if (!match) return { date: timestamp, time: null };
  return { date: formatDate(match[1], lang), time: match[2] ? `${match[2]}:${match[3]}` : null };
}

/** Excel page header/footer text: a literal `&` is written `&&`. */
export function headerText(text: string): string {
  return text.replace(/&/g, "&&");
}

/** The first part of a long agreement: its own title before the colon, or the opening words. */
export function shortAgreement(text: string, limit = 110): string {
  const colon = text.indexOf(":");
  if (colon > 0 && colon <= limit) return text.slice(0, colon);
  if (text.length <= limit) return text;
  const cut = text.lastIndexOf(" ", limit);
  return `${text.slice(0, cut > limit / 2 ? cut : limit)} …`;
}
