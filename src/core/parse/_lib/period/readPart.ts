import type { PartOfYear } from "./types";
import { monthFromName } from "../monthNames";

const ARTICLE = /^(?:aan\s+)?(?:het|de)\s+/;
const HALF = /^(eerste|1e|1ste|tweede|2e|2de)\s+(?:helft|halfjaar|half\s+jaar)$/;
const QUARTER = /^(?:(eerste|tweede|derde|vierde|[1-4]e|[1-4]de|[1-4]ste)\s+kwartaal|kwartaal\s+([1-4])|q([1-4]))$/;
const QUARTERS = ["Q1", "Q2", "Q3", "Q4"] as const;
const ORDINALS = new Map([["eerste", 1], ["tweede", 2], ["derde", 3], ["vierde", 4]]);
const NAMED = new Map<string, PartOfYear>([
  ["begin", "begin"], ["start", "begin"], ["aanvang", "begin"], ["primo", "begin"],
  ["eind", "eind"], ["einde", "eind"], ["ultimo", "eind"],
  ["medio", "medio"], ["half", "medio"], ["halverwege", "medio"], ["midden", "medio"],
  ["voorjaar", "voorjaar"], ["lente", "voorjaar"], ["najaar", "najaar"], ["herfst", "najaar"],
  ["zomer", "zomer"], ["zomerperiode", "zomer"], ["zomervakantie", "zomer"],
  ["h1", "eerste-helft"], ["h2", "tweede-helft"],
]);

/** The part of the year a matched `PART_SOURCE` text names, or `null`. */
export function readPart(text: string): PartOfYear | null {
  const bare = text.replace(ARTICLE, "");
  const named = NAMED.get(bare);
  if (named !== undefined) return named;
  const half = HALF.exec(bare);
  if (half) return half[1] === "eerste" || half[1].startsWith("1") ? "eerste-helft" : "tweede-helft";
  const quarter = QUARTER.exec(bare);
  if (quarter) {
    const word = quarter[1];
    const n = word ? ORDINALS.get(word) ?? +word.charAt(0) : +(quarter[2] ?? quarter[3]);
    return QUARTERS[n - 1] ?? null;
  }
  const month = monthFromName(bare);
  return month > 0 ? { month } : null;
}
