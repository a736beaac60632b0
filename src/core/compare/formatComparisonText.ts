import { qualifiedAddress } from "../address";
import type { Lang } from "../rules/types";
import { COMPARE_WORDS } from "./compareWords";
import { describeComparison, type ChangeLine } from "./describeComparison";
import type { Comparison } from "./types";

function line(item: ChangeLine, tagWidth: number): string {
  const mark = item.tone === "alert" ? "! " : "  ";
  const subject = item.subject ? `${item.subject} — ` : "";
  const detail = item.detail ? ` — ${item.detail}` : "";
  const where = item.sheet && item.cell ? `  [${qualifiedAddress(item.sheet, item.cell)}]` : "";
  return `${mark}${item.tag.padEnd(tagWidth)}  ${subject}${item.change}${detail}${where}`;
}

/**
 * The comparison as plain text for the command line (`beleidsmonitor verschil`): a heading, what was compared,
 * then per group its counts and one line per change with the cell to look at.
 *
 * @example
 * formatComparisonText(comparison, "nl")
 * //=> "Sinds het vorige overleg (26 juni 2025)\n…\nActiviteiten: 1 afgerond\n  Afgerond  1.1a Groei sociale huur — Status: In uitvoering → Gereed  [Activiteiten!I2]\n…"
 */
export function formatComparisonText(comparison: Comparison, lang: Lang = "nl"): string {
  const described = describeComparison(comparison, lang);
  const out = [described.heading, ...described.intro, ""];
  if (described.nothingChanged) {
    out.push(COMPARE_WORDS[lang].nothingChanged);
    return `${out.join("\n")}\n`;
  }
  for (const group of described.groups) {
    out.push(group.counts ? `${group.title}: ${group.counts}` : group.title);
    const width = Math.max(0, ...group.lines.map((l) => l.tag.length));
    for (const item of group.lines) out.push(line(item, width));
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}
