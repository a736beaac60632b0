import type { Period } from "./types";
import { readDated } from "./readDated";
import { readMoments } from "./readMoments";
import { readRecurrence } from "./readRecurrence";

const TRAILING = /[\s.,;:!]/;
const TRAILING_PARENTHESES = /^(.*?)\s*\(([^()]*)\)$/;
const DIGIT = /\d/;
const INTENTION = /^(.*?),?\s*\b(met\s+(?:de\s+)?intentie\b.*)$/;
const CONTINUOUS = /^(?:doorlopend|continu|voortdurend|permanent)(?:\s+(.+))?$/;
const TRIGGER = /^(?:bij|zodra|telkens)\s+(?!voorkeur\b)\D+$/;
const LEADING_SEPARATORS = /^[\s,:]+/;
const TRAILING_COLON = /\s*:\s*$/;

/**
 * One fragment of a timing text (the parts between `;`) as a period, or `null` when it cannot be read
 * with confidence. `orig` and `key` are the same text, as built by `toMatchText`.
 *
 * A trailing `( … )` without digits is a note and is ignored (`Jaarlijks (bij het opstellen …)`);
 * one with digits must read as `label period` and becomes `sub`, or the fragment is unreadable.
 */
export function readFragment(orig: string, key: string): Period | null {
  let end = key.length;
  while (end > 0 && TRAILING.test(key[end - 1])) end--;
  let k = key.slice(0, end).trimStart();
  let o = orig.slice(end - k.length, end);

  let sub: Period["sub"];
  const parentheses = TRAILING_PARENTHESES.exec(k);
  if (parentheses) {
    const inner = parentheses[2];
    if (DIGIT.test(inner)) {
      const innerStart = k.length - 1 - inner.length;
      sub = readSub(o.slice(innerStart, innerStart + inner.length), inner);
      if (!sub) return null;
    }
    k = parentheses[1];
    o = o.slice(0, k.length);
  }

  let intention: string | undefined;
  const intent = INTENTION.exec(k);
  if (intent) {
    intention = o.slice(k.length - intent[2].length).trim();
    k = intent[1].trimEnd();
    o = o.slice(0, k.length);
  }

  const period = readCore(o, k);
  if (!period) return null;
  if (sub) period.sub = sub;
  if (intention) period.intention = intention;
  return period;
}

function readCore(orig: string, key: string): Period | null {
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
