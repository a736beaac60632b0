/** A text to match with regexes (`key`) and the same text to cut user wording from (`orig`). */
export interface MatchText {
  /** NFC, invisible characters removed, whitespace collapsed to single spaces, trimmed. */
  orig: string;
  /** `orig` lower-cased and accent-folded character by character: index i of both is the same character. */
  key: string;
}

const NON_ASCII = /[^\x00-\x7f]/;
const WHITESPACE = /\s+/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const DASH = /[\u2010-\u2015\u2212]/;
const QUOTE = /[\u2018\u2019\u201b\u00b4]/;
const FOLD_CACHE_LIMIT = 2000;
const foldCache = new Map<string, string>();

/** Builds a {@link MatchText}; unlike `normalizeText` it keeps one key character per original character. */
export function toMatchText(text: string): MatchText {
  const composed = NON_ASCII.test(text) ? text.normalize("NFC").replace(INVISIBLE, "") : text;
  const orig = composed.replace(WHITESPACE, " ").trim();
  if (!NON_ASCII.test(orig)) return { orig, key: orig.toLowerCase() };
  let key = "";
  for (let i = 0; i < orig.length; i++) {
    const ch = orig[i];
    key += ch.charCodeAt(0) < 128 ? ch.toLowerCase() : foldChar(ch);
  }
  return { orig, key };
}

function foldChar(ch: string): string {
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  const lower = ch.toLowerCase();
  const single = lower.length === 1 ? lower : ch;
  let folded = single;
  if (DASH.test(single)) folded = "-";
  else if (QUOTE.test(single)) folded = "'";
  else {
    const base = single.normalize("NFD").charAt(0);
    if (base.charCodeAt(0) < 128) folded = base;
  }
  if (foldCache.size < FOLD_CACHE_LIMIT) foldCache.set(ch, folded);
  return folded;
}
