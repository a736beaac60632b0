import { normalizeText } from "../normalizeText";

const DASHES = /[\u2010-\u2015\u2212]/g;
const QUOTES = /[\u2018\u2019\u201b\u00b4`]/g;

/** The text a parser matches against: {@link normalizeText} plus typographic dashes and quotes made ASCII. */
export function parseKey(text: string): string {
  return normalizeText(text).replace(DASHES, "-").replace(QUOTES, "'");
}
