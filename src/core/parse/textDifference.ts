import { normalizeText } from "./normalizeText";

/** How a typed text differs from the list value or name it already counts as. */
export type TextDifference = "leading-space" | "trailing-space" | "inner-space" | "case" | "accents";

const LEADING_SPACE = /^\s/;
const TRAILING_SPACE = /\s$/;
/** Two or more spaces in a row, or a space that is not a plain one (tab, non-breaking space, line break). */
const ODD_SPACE = /\s{2,}|[^\S ]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

function stripAccents(text: string): string {
  return text.normalize("NFD").replace(COMBINING_MARKS, "");
}

/**
 * @name textDifference
 * @summary What separates a typed text from the one it means, when only spacing, case or accents do.
 *
 * @description
 * For texts that are equal after {@link normalizeText}: a space (or non-breaking space, tab) at the
 * start or end, a run of spaces or an odd space inside, other capitals, other accents — in that order.
 * Returns `[]` when the texts are identical, `null` when they differ in more than these.
 *
 * @example
 * textDifference("OFW ", "OFW") //=> ["trailing-space"]
 * @example
 * textDifference("In Uitvoering", "In uitvoering") //=> ["case"]
 * @example
 * textDifference("Gerreed", "Gereed") //=> null
 */
export function textDifference(typed: string, intended: string): TextDifference[] | null {
  if (typed === intended) return [];
  if (normalizeText(typed) !== normalizeText(intended)) return null;
  const differences: TextDifference[] = [];
  if (LEADING_SPACE.test(typed) && !LEADING_SPACE.test(intended)) differences.push("leading-space");
  if (TRAILING_SPACE.test(typed) && !TRAILING_SPACE.test(intended)) differences.push("trailing-space");
  const core = typed.trim();
  if (ODD_SPACE.test(core)) differences.push("inner-space");
  const spaced = core.replace(/\s+/g, " ");
  const target = intended.trim().replace(/\s+/g, " ");
  if (stripAccents(spaced) !== stripAccents(target)) differences.push("case");
  if (spaced.toLowerCase() !== target.toLowerCase()) differences.push("accents");
  return differences;
}
