import { normalizeText } from "../parse/normalizeText";
import type { StateValue } from "../state/types";

const EPSILON = 1e-9;

/**
 * Whether two recorded values mean the same to a reader: numbers within rounding noise, texts equal after
 * ignoring case, accents and spacing, a number and the same number typed as text alike.
 *
 * @example
 * sameValue("In Uitvoering ", "In uitvoering") //=> true
 * @example
 * sameValue(0.1 + 0.2, 0.3) //=> true
 * @example
 * sameValue(97, "97") //=> true
 */
export function sameValue(a: StateValue, b: StateValue): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
  return normalizeText(String(a)) === normalizeText(String(b));
}

/** Numbers that may be empty. */
export function sameNumber(a: number | null, b: number | null): boolean {
  return sameValue(a, b);
}
