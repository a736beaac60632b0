import { normalizeText } from "./normalizeText";

const NOT_ALPHANUMERIC = /[^\p{L}\p{N}]+/gu;

/** Normalised candidates of the last call: rules pass the same list for every row. */
let cachedCandidates: readonly string[] | null = null;
let cachedItems: string[] = [];
let cachedKeys: string[] = [];

/** Three rows of the edit-distance table, grown as needed and reused between calls. */
let rowA = new Int32Array(32);
let rowB = new Int32Array(32);
let rowC = new Int32Array(32);

/**
 * @name suggest
 * @summary The list value a user most likely meant, for "bedoelde u …?" messages.
 *
 * @description
 * Tries, in order: equality after {@link normalizeText} (case, spaces, accents); equality ignoring all
 * spaces and punctuation; then the smallest Damerau–Levenshtein distance (adjacent transpositions count
 * as one edit), allowed up to 0 edits for texts of 1–2 characters, 1 for 3–5 and 2 from 6 on (by the
 * shorter text). Returns the candidate as written in the list. Returns `null` when nothing is close
 * enough, or when two different candidates are equally close (a coin toss is not a suggestion).
 * A candidate equal to the input is returned as is.
 *
 * @param input - what the user typed
 * @param candidates - the allowed values (list entries, party names)
 * @returns the intended candidate, or `null`
 *
 * @example
 * suggest("OFW ", ["OFW", "HBV"]) //=> "OFW"
 * @example
 * suggest("In Uitvoering", ["Niet gestart", "In uitvoering"]) //=> "In uitvoering"
 * @example
 * suggest("Gerreed", ["Gereed", "Vertraagd"]) //=> "Gereed"
 * @example
 * suggest("xyz", ["Gereed", "Vertraagd"]) //=> null
 */
export function suggest(input: string, candidates: readonly string[]): string | null {
  if (typeof input !== "string" || !Array.isArray(candidates)) return null;
  const key = normalizeText(input);
  if (key === "") return null;
  const keys = candidateKeys(candidates);
  const items = cachedItems;

  for (let i = 0; i < keys.length; i++) if (keys[i] === key) return items[i];

  const squeezed = key.replace(NOT_ALPHANUMERIC, "");
  if (squeezed !== "") {
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] !== "" && keys[i].replace(NOT_ALPHANUMERIC, "") === squeezed) return items[i];
    }
  }

  let best = -1;
  let bestDistance = Infinity;
  let tied = false;
  for (let i = 0; i < keys.length; i++) {
    const other = keys[i];
    if (other === "") continue;
    const limit = allowedEdits(Math.min(key.length, other.length));
    if (Math.abs(key.length - other.length) > limit) continue;
    const distance = boundedDistance(key, other, limit);
    if (distance > limit) continue;
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
      tied = false;
    } else if (distance === bestDistance && other !== keys[best]) {
      tied = true;
    }
  }
  return best >= 0 && !tied ? items[best] : null;
}

function allowedEdits(length: number): number {
  if (length <= 2) return 0;
  return length <= 5 ? 1 : 2;
}

function candidateKeys(candidates: readonly string[]): string[] {
  if (candidates === cachedCandidates && candidates.length === cachedItems.length) {
    let same = true;
    for (let i = 0; i < candidates.length && same; i++) same = candidates[i] === cachedItems[i];
    if (same) return cachedKeys;
  }
  const items: string[] = [];
  const keys: string[] = [];
  for (const candidate of candidates) {
    items.push(candidate);
    keys.push(typeof candidate === "string" ? normalizeText(candidate) : "");
  }
  cachedCandidates = candidates;
  cachedItems = items;
  cachedKeys = keys;
  return keys;
}

/** Optimal-string-alignment distance, giving up (returning limit + 1) once every cell of a row exceeds limit. */
function boundedDistance(a: string, b: string, limit: number): number {
  const n = b.length;
  if (rowA.length <= n) {
    rowA = new Int32Array(n + 1);
    rowB = new Int32Array(n + 1);
    rowC = new Int32Array(n + 1);
  }
  let beforePrevious = rowA;
  let previous = rowB;
  let current = rowC;
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, beforePrevious[j - 2] + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    const recycled = beforePrevious;
    beforePrevious = previous;
    previous = current;
    current = recycled;
  }
  return previous[n];
}
