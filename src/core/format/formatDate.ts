import type { Lang } from "../rules/types";
import type { IsoDate } from "../parse/isoDate";

const MONTHS: Record<Lang, readonly string[]> = {
  nl: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

/**
 * @example
 * formatDate("2025-07-01", "nl") //=> "1 juli 2025"
 */
export function formatDate(iso: IsoDate, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  return `${Number(day)} ${MONTHS[lang][Number(month) - 1]} ${year}`;
}

/** A date for a message, in both languages; the result is shared between calls and never changed. */
export function localizedDate(iso: IsoDate): { readonly nl: string; readonly en: string } {
  // A check names the same few dates in thousands of messages.
  let dates = LOCALIZED.get(iso);
  if (!dates) {
    dates = Object.freeze({ nl: formatDate(iso, "nl"), en: formatDate(iso, "en") });
    if (LOCALIZED.size >= 4096) LOCALIZED.clear();
    LOCALIZED.set(iso, dates);
  }
  return dates;
}

const LOCALIZED = new Map<IsoDate, { readonly nl: string; readonly en: string }>();
