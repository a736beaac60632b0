import type { CellValue } from "../cell";
import { normalizeText } from "./normalizeText";

/** Placeholders compared without spaces and dots, so `n.t.b.`, `N.T.B` and `ntb` are one. */
const COMPACT_PLACEHOLDERS = new Set([
  "ntb", "nnb", "tbd", "tba", "pm", "onbekend", "onb", "nogniet", "nognietbekend", "nietbekend",
  "nadertebepalen", "nogtebepalen", "naderinvullen", "naderintevullen", "intevullen", "volgt", "volgtlater",
  "cijfersnognietbekend", "noggeencijfers", "geencijfers", "todo",
]);
/** Placeholders that may carry a comment: `volgt in 2025`, `geen cijfers over 2018, meting start vanaf 2019`. */
const PLACEHOLDER_PREFIX =
  /^(?:volgt\b|(?:nog )?geen cijfers\b|(?:cijfers )?nog niet bekend\b|nader te bepalen\b|nulmeting (?:in|volgt|vanaf)\b|meting (?:start|volgt)\b|wordt (?:nog )?uitgewerkt\b|(?:nog )?niet meetbaar\b|deze indicator is nog niet meetbaar\b)/;
const MARKS_ONLY = /^(?:\?+|x{2,}|\.{2,}|…+)$/;
const COMPACTABLE = /[\s.]+/g;
const TRAILING_PUNCTUATION = /[!:;,]+$/;
const MAX_LENGTH = 120;
const LONG_TEXT = 40;
/** The first letters of PLACEHOLDER_PREFIX's words: a cheap test before normalising a long text. */
const PREFIX_FIRST_LETTERS = /^\s*[vngcmwdVNGCMWD]/;
/**
 * Characters a placeholder's key can start with, after leading spaces and dots (which compacting drops):
 * the first letters of the words above, and the marks. Any other ASCII start rules a text out at once,
 * so the many unique texts of a workbook (IDs, amounts, names) are never normalised for this test.
 */
const FIRST_CHARACTERS = new Uint8Array(128);
for (const c of "cdgimnoptvwx?") FIRST_CHARACTERS[c.charCodeAt(0)] = FIRST_CHARACTERS[c.toUpperCase().charCodeAt(0)] = 1;

/** False when the text's first character after ASCII spaces and dots cannot start a placeholder. */
function mayBePlaceholder(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 46 || (code >= 9 && code <= 13)) continue;
    return code >= 128 || FIRST_CHARACTERS[code] === 1;
  }
  return true; // only spaces and dots: `...` is a placeholder, the full test decides
}

/**
 * @name isPlaceholder
 * @summary Whether a cell says "not known yet" rather than holding a value.
 *
 * @description
 * Recognises, ignoring case, accents, spaces and dots: `n.t.b.`, `n.n.b.`, `nog niet (bekend)`,
 * `onbekend`, `tbd`, `p.m.`, `nader te bepalen`, `volgt` (with anything after it, as in `volgt in 2025`),
 * `(nog) geen cijfers …`, `cijfers nog niet bekend`, `nulmeting in 2025`, `meting start vanaf 2019`,
 * `wordt uitgewerkt …`, `(nog) niet meetbaar`, `?`, `??`, `xx`, `xxx`, `...`.
 * Deliberately not placeholders: `-` (a zero in count columns) and `n.v.t.` (not applicable is an answer).
 * Only text can be a placeholder; numbers, booleans, errors and empty cells give `false`.
 *
 * @param value - the cell
 * @returns `true` for a placeholder text
 *
 * @example
 * isPlaceholder("N.t.b.") //=> true
 * @example
 * isPlaceholder("volgt in 2025") //=> true
 * @example
 * isPlaceholder("-") //=> false
 * @example
 * isPlaceholder("n.v.t.") //=> false
 */
export function isPlaceholder(value: CellValue): boolean {
  if (typeof value !== "string") return false;
  if (value.length > MAX_LENGTH || !mayBePlaceholder(value)) return false;
  // Long texts can only be a placeholder with a comment (`volgt in 2025, …`): test their start only.
  if (value.length > LONG_TEXT) return PREFIX_FIRST_LETTERS.test(value) && PLACEHOLDER_PREFIX.test(normalizeText(value.slice(0, LONG_TEXT)));
  const known = memo.get(value);
  if (known !== undefined) return known;
  const result = placeholderKey(normalizeText(value));
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(value, result);
  return result;
}

const MEMO_SIZE = 4096;
const memo = new Map<string, boolean>();

function placeholderKey(key: string): boolean {
  if (key === "") return false;
  if (MARKS_ONLY.test(key) || PLACEHOLDER_PREFIX.test(key)) return true;
  return COMPACT_PLACEHOLDERS.has(key.replace(TRAILING_PUNCTUATION, "").replace(COMPACTABLE, ""));
}
