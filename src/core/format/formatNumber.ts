import type { Lang } from "../rules/lang";

/**
 * How a number is written:
 * - `number`: a count or amount, `1.234`, `7,9`, `-5` (up to three decimals);
 * - `plain`: a year or a row number, never grouped (`2028`, `rij 1048`);
 * - `percent`: a fraction as a percentage, `0,079` → `7,9%` (up to one decimal).
 */
export type NumberStyle = "number" | "plain" | "percent";

/** A number in message data, with the way it is to be written. */
export interface StyledNumber {
  number: number;
  style: NumberStyle;
}

const LOCALES: Record<Lang, string> = { nl: "nl-NL", en: "en-GB" };

// Intl formatters are expensive to create, and a check writes thousands of messages.
const FORMATTERS = {
  nl: make("nl"),
  en: make("en"),
};

function make(lang: Lang) {
  return {
    number: new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 3 }),
    plain: new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 3, useGrouping: false }),
    percent: new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 }),
  };
}

/**
 * A number as the reader writes it, the one path every message, report and sheet text goes through.
 *
 * @example
 * formatNumber(1234, "nl")            //=> "1.234"
 * formatNumber(7.9, "nl")             //=> "7,9"
 * formatNumber(0.72, "nl", "percent") //=> "72%"
 * formatNumber(2028, "nl", "plain")   //=> "2028"
 */
export function formatNumber(value: number, lang: Lang, style: NumberStyle = "number"): string {
  if (!Number.isFinite(value)) return String(value);
  const formatters = FORMATTERS[lang];
  if (style === "percent") return `${formatters.percent.format(roundTo(value * 100, 1))}%`;
  // -0 and rounding noise (0.1 + 0.2) never reach the reader.
  const clean = roundTo(value, 3);
  return (style === "plain" ? formatters.plain : formatters.number).format(clean === 0 ? 0 : clean);
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** A count for message data: `1.234`. */
export const count = (value: number): StyledNumber => ({ number: value, style: "number" });

/** A year or row number for message data: `2028`, never `2.028`. */
export const plain = (value: number): StyledNumber => ({ number: value, style: "plain" });

/** A fraction written as a percentage in message data: 0,72 → `72%`. */
export const percent = (value: number): StyledNumber => ({ number: value, style: "percent" });

/** The same number in both languages, for data that is built outside a message template. */
export function numberWords(value: number, style: NumberStyle = "number"): { nl: string; en: string } {
  return { nl: formatNumber(value, "nl", style), en: formatNumber(value, "en", style) };
}

export function isStyledNumber(value: unknown): value is StyledNumber {
  return typeof value === "object" && value !== null && typeof (value as StyledNumber).number === "number" && typeof (value as StyledNumber).style === "string";
}
