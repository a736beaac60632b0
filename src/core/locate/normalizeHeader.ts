import { normalizeText } from "../parse/normalizeText";

export interface NormalizedHeader {
  /** Lower-case, accent-free, single-spaced header without a trailing year. */
  key: string;
  /** A trailing year such as the 2028 of `Streefwaarde 2028`. */
  year?: number;
}

const TRAILING_YEAR = /^(.*\S)\s+((?:19|20)\d\d)$/;

/**
 * Header matching as the workbook contract describes it: case, surrounding and double spaces,
 * accents, line breaks and a trailing year are ignored.
 *
 * @example
 * normalizeHeader(" Streefwaarde\n2028 ") //=> { key: "streefwaarde", year: 2028 }
 */
export function normalizeHeader(header: string): NormalizedHeader {
  const text = normalizeText(header);
  const match = TRAILING_YEAR.exec(text);
  return match ? { key: match[1], year: Number(match[2]) } : { key: text };
}
