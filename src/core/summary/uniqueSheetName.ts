const MAX_LENGTH = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;

/**
 * A sheet name Excel accepts that no existing sheet has (compared case-insensitively, as Excel does):
 * `wanted` itself, else `wanted (2)`, `wanted (3)`, … shortened to keep within 31 characters.
 *
 * @example
 * uniqueSheetName(["BO 2025-06-26"], "BO 2025-06-26") //=> "BO 2025-06-26 (2)"
 */
export function uniqueSheetName(existing: readonly string[], wanted: string): string {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  const base = wanted.replace(FORBIDDEN, "-").replace(/^'+|'+$/g, "").trim().slice(0, MAX_LENGTH) || "Blad";
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${base.slice(0, MAX_LENGTH - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
