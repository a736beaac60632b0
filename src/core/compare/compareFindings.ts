import type { FindingChanges } from "./types";

function counts(keys: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const key of keys) map.set(key, (map.get(key) ?? 0) + 1);
  return map;
}

/**
 * Findings resolved and new, by what they are about (`findingKey`): a finding whose key is gone was resolved,
 * one whose key appears is new. Counting per key (not per rule) keeps a fixed and a fresh finding of the same
 * rule from cancelling out.
 */
export function compareFindings(earlier: Record<string, string[]>, later: Record<string, string[]>): FindingChanges {
  const rules = [...new Set([...Object.keys(earlier), ...Object.keys(later)])].sort();
  const byRule: FindingChanges["byRule"] = [];
  for (const rule of rules) {
    const before = counts(earlier[rule] ?? []);
    const after = counts(later[rule] ?? []);
    let resolved = 0;
    let added = 0;
    for (const [key, n] of before) resolved += Math.max(0, n - (after.get(key) ?? 0));
    for (const [key, n] of after) added += Math.max(0, n - (before.get(key) ?? 0));
    const from = earlier[rule]?.length ?? 0;
    const to = later[rule]?.length ?? 0;
    if (from > 0 || to > 0) byRule.push({ rule, from, to, resolved, new: added });
  }
  return { resolved: byRule.reduce((n, r) => n + r.resolved, 0), new: byRule.reduce((n, r) => n + r.new, 0), byRule };
}
