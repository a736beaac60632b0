import type { Period } from "./types";
import { readDated } from "./readDated";
import { readMoments } from "./readMoments";
import { readRecurrence } from "./readRecurrence";

const TRAILING = /[\s.,;:!]/;
const TRAILING_PARENTHESES = /^(.*?)\s*\(([^()]*)\)$/;
const DIGIT = /\d/;
const INTENTION = /^(.*?),?\s*\b(met\s+(?:de\s+)?intentie\b.*)$/;
const CONTINUOUS = /^(?:doorlopend|continu|voortdurend|permanent)(?:\s+(.+))?$/;
const TRIGGER = /^(?:bij|zodra|telkens|wanneer|na|afhankelijk\s+van)\s+(?!voorkeur\b)\D+$/;
const LEADING_SEPARATORS = /^[\s,:]+/;
const TRAILING_COLON = /\s*:\s*$/;

/** A fragment without its trimmings: a labelled sub-period, an intention, and a parenthetical that is neither. */
export interface FragmentParts {
  orig: string;
  key: string;
  sub?: Period["sub"];
  intention?: string;
  /** A trailing `( … )` with digits that is no labelled period (`(2027)`), as typed. */
  aside?: string;
}

/**
 * Takes the trimmings off a fragment: trailing punctuation, a trailing `( … )` — without digits a note that is
 * ignored (`Jaarlijks (bij het opstellen …)`), with digits a labelled `sub` period or else an `aside` — and an
 * intention (`…, met de intentie om …`). `orig` and `key` are the same text, as built by `toMatchText`.
 */
export function splitFragment(orig: string, key: string): FragmentParts {
  let end = key.length;
  while (end > 0 && TRAILING.test(key[end - 1])) end--;
  let k = key.slice(0, end).trimStart();
  let o = orig.slice(end - k.length, end);

  const parts: Omit<FragmentParts, "orig" | "key"> = {};
  const parentheses = TRAILING_PARENTHESES.exec(k);
  if (parentheses) {
    const inner = parentheses[2];
    if (DIGIT.test(inner)) {
      const innerStart = k.length - 1 - inner.length;
      const innerOrig = o.slice(innerStart, innerStart + inner.length);
      const sub = readSub(innerOrig, inner);
      if (sub) parts.sub = sub;
      else parts.aside = `(${innerOrig})`;
    }
    k = parentheses[1];
    o = o.slice(0, k.length);
  }

  const intent = INTENTION.exec(k);
  if (intent) {
    parts.intention = o.slice(k.length - intent[2].length).trim();
    k = intent[1].trimEnd();
    o = o.slice(0, k.length);
  }
  return { orig: o, key: k, ...parts };
}

/**
 * One fragment of a timing text (the parts between `;`) as a period, or `null` when it cannot be read
 * with confidence: a trailing `( … )` with digits must read as `label period` (see {@link splitFragment}).
 */
export function readFragment(orig: string, key: string): Period | null {
  const parts = splitFragment(orig, key);
  if (parts.aside !== undefined) return null;
  const period = readCore(parts.orig, parts.key);
  if (!period) return null;
  if (parts.sub) period.sub = parts.sub;
  if (parts.intention) period.intention = parts.intention;
  return period;
}

/** The fragment itself, trimmings off: a recurrence, `doorlopend`, an event, or dates. */
export function readCore(orig: string, key: string): Period | null {
  if (key === "") return null;
  const recurring = readRecurrence(key);
  if (recurring) {
    const { recurrence } = recurring;
    const kind = recurrence === "jaarlijks" ? "jaarlijks" : "terugkerend";
    const rest = recurring.rest.replace(LEADING_SEPARATORS, "");
    if (rest === "" || readMoments(rest)) return { kind, start: null, end: null, recurrence };
    const dated = readDated(rest);
    return dated && { kind, start: dated.start, end: dated.end, recurrence };
  }
  const continuous = CONTINUOUS.exec(key);
  if (continuous) {
    if (continuous[1] === undefined) return { kind: "doorlopend", start: null, end: null };
    const dated = readDated(continuous[1]);
    return dated && { kind: "doorlopend", start: dated.start, end: dated.end };
  }
  if (TRIGGER.test(key)) return { kind: "gebeurtenis", start: null, end: null, trigger: orig };
  return readDated(key);
}

/**
 * `uitbreiding Deest Zuid geldt: 2028 t/m 2032` → label and period, split at the leftmost word that works.
 * A bare period (`(vanaf 2030)`) has no label and is not a sub-period.
 */
function readSub(orig: string, key: string): Period["sub"] {
  if (readDated(key)) return undefined;
  for (let i = 1; i < key.length; i++) {
    if (key[i - 1] !== " " && key[i - 1] !== ":") continue;
    const dated = readDated(key.slice(i).trim());
    if (!dated || !dated.start || !dated.end) continue;
    const label = orig.slice(0, i).replace(TRAILING_COLON, "").trim();
    return label === "" ? undefined : { label, start: dated.start, end: dated.end };
  }
  return undefined;
}
