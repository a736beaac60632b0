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

/** A date for a message, in both languages. */
export function localizedDate(iso: IsoDate): { nl: string; en: string } {
  return { nl: formatDate(iso, "nl"), en: formatDate(iso, "en") };
}
