/** Regex sources shared by the number and count parsers (matched against a {@link parseKey} text). */

/** Words and signs that make a number approximate: `ca.`, `circa`, `±`, `+/-`, `ongeveer`. */
export const APPROX_SOURCE = "(?:ca\\.?|c\\.a\\.|circa|ongeveer|ong\\.|plusminus|zo'n|±|\\+\\/-|\\+-|~|≈)";

/**
 * An unsigned number as Dutch people type it: `1.234,5` (dot thousands, comma decimals), `7,9`, `,5`,
 * or `1.5` (a dot not followed by groups of exactly three digits is a decimal point).
 */
export const UNSIGNED_NUMBER_SOURCE = "(?:[1-9]\\d{0,2}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?|\\d+\\.\\d+|,\\d+)";

/**
 * Up to three unit words after a number, after a space, without digits: ` won.`, ` woningen`,
 * ` sociale huurwoningen`, ` euro`. Glued letters (`2e`, `140won`) are not a unit.
 */
export const UNIT_WORDS_SOURCE = "\\s+\\p{L}[\\p{L}\\p{M}.'-]*(?:\\s+\\p{L}[\\p{L}\\p{M}.'-]*){0,2}";

const DUTCH_THOUSANDS = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
const DOTS = /\./g;

/** A matched {@link UNSIGNED_NUMBER_SOURCE} as a JavaScript number literal (`1.234,5` → `1234.5`). */
export function plainNumberString(digits: string): string {
  let s = digits;
  if (s.includes(",")) s = s.replace(DOTS, "").replace(",", ".");
  else if (DUTCH_THOUSANDS.test(s)) s = s.replace(DOTS, "");
  return s.startsWith(".") ? "0" + s : s;
}
