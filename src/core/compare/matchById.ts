import type { AmbiguousId } from "./types";

/** IDs are compared as a reader would: case and surrounding spaces do not matter (as the check's duplicate rule). */
export function idKey(id: string): string {
  return id.trim().toLowerCase();
}

export interface Matched<R> {
  pairs: [R, R][];
  added: R[];
  removed: R[];
  /** IDs on either side more than once whose rows differ: never paired by position or content. */
  ambiguous: Pick<AmbiguousId, "id" | "fromRows" | "toRows">[];
  /** Rows without an ID, per side. */
  withoutId: { from: R[]; to: R[] };
}

function group<R>(rows: readonly R[], id: (r: R) => string): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const r of rows) {
    const key = idKey(id(r));
    if (key === "") continue;
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  return groups;
}

/**
 * Pairs the rows of two states by ID. An ID that appears once on each side is a pair; once on one side only,
 * added or removed. An ID that appears twice on a side is ambiguous, unless its rows are the same on both sides
 * (`same` compares content, not row numbers), in which case nothing changed.
 */
export function matchById<R extends { row: number }>(
  from: readonly R[],
  to: readonly R[],
  id: (r: R) => string,
  same: (a: R, b: R) => boolean,
): Matched<R> {
  const before = group(from, id);
  const after = group(to, id);
  const result: Matched<R> = {
    pairs: [],
    added: [],
    removed: [],
    ambiguous: [],
    withoutId: { from: from.filter((r) => idKey(id(r)) === ""), to: to.filter((r) => idKey(id(r)) === "") },
  };
  for (const [key, olds] of before) {
    const news = after.get(key) ?? [];
    if (olds.length === 1 && news.length === 1) result.pairs.push([olds[0], news[0]]);
    else if (news.length === 0) result.removed.push(...olds);
    else if (!sameRows(olds, news, same)) result.ambiguous.push({ id: id(news[0]), fromRows: olds.map((r) => r.row), toRows: news.map((r) => r.row) });
  }
  for (const [key, news] of after) if (!before.has(key)) result.added.push(...news);
  return result;
}

/** The same rows in any order (a multiset comparison). */
export function sameRows<R>(a: readonly R[], b: readonly R[], same: (x: R, y: R) => boolean): boolean {
  if (a.length !== b.length) return false;
  const left = [...b];
  for (const x of a) {
    const at = left.findIndex((y) => same(x, y));
    if (at < 0) return false;
    left.splice(at, 1);
  }
  return true;
}
