const NON_ASCII = /[^\x00-\x7f]/;
const COMBINING_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const WHITESPACE = /\s+/g;

/**
 * @name normalizeText
 * @summary The form in which two texts are compared: case, accents and spacing ignored.
 *
 * @description
 * Lower-cases, strips accents (NFD, combining marks removed), removes invisible characters
 * (zero-width and soft hyphens), collapses every run of whitespace — including non-breaking spaces,
 * tabs and line breaks inside a cell — to one space, and trims. Never throws; a non-string gives `""`.
 *
 * @param s - any text, e.g. a header or a cell
 * @returns the comparison key
 *
 * @example
 * normalizeText("  Vertraägd ") //=> "vertraagd"
 * @example
 * normalizeText("Streefwaarde\n2028") //=> "streefwaarde 2028"
 * @example
 * normalizeText("In\u00a0 Uitvoering") //=> "in uitvoering"
 */
export function normalizeText(s: string): string {
  if (typeof s !== "string") return "";
  // Workbooks repeat the same few texts (statuses, parties, headers) thousands of times.
  const hit = memo.get(s);
  if (hit !== undefined) return hit;
  let t = s.toLowerCase();
  if (NON_ASCII.test(t)) t = t.normalize("NFD").replace(COMBINING_MARKS, "").replace(INVISIBLE, "");
  t = t.replace(WHITESPACE, " ").trim();
  if (s.length <= MEMO_MAX_LENGTH) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(s, t);
  }
  return t;
}

const MEMO_SIZE = 4096;
const MEMO_MAX_LENGTH = 64;
const memo = new Map<string, string>();
