import { cellText, type CellValue } from "../cell";
import type { TableSpec } from "../schema/tables";
import { normalizeHeader } from "./normalizeHeader";

export interface LocatedColumn {
  key: string;
  /** The header as written in the sheet. */
  header: string;
  /** 0-based sheet column. */
  index: number;
  /** The alias the header matched, when it was not the standard header. */
  alias?: string;
  /** Year written after the header, e.g. 2028 in `Streefwaarde 2028`. */
  year?: number;
}

export interface ColumnMatch {
  columns: Map<string, LocatedColumn>;
  /** Headers the contract does not know: kept and left alone. */
  extra: { header: string; index: number }[];
  /** Second and later columns matching a key that was already matched. */
  duplicates: { key: string; header: string; index: number }[];
  /** Header cells left empty inside the header row. */
  blank: number[];
}

type HeaderLookup = Map<string, { key: string; alias?: string }>;

const lookups = new WeakMap<TableSpec, HeaderLookup>();

function lookupFor(spec: TableSpec): HeaderLookup {
  let lookup = lookups.get(spec);
  if (!lookup) {
    lookup = new Map();
    for (const column of spec.columns) {
      lookup.set(normalizeHeader(column.header).key, { key: column.key });
      for (const alias of column.aliases ?? []) lookup.set(normalizeHeader(alias).key, { key: column.key, alias });
    }
    lookups.set(spec, lookup);
  }
  return lookup;
}

/** Which header cell holds which column of the contract; `left` is the sheet column of `headers[0]`. */
export function matchColumns(spec: TableSpec, headers: readonly CellValue[], left: number): ColumnMatch {
  const lookup = lookupFor(spec);
  const result: ColumnMatch = { columns: new Map(), extra: [], duplicates: [], blank: [] };
  headers.forEach((cell, offset) => {
    const header = cellText(cell);
    const index = left + offset;
    if (header.trim() === "") {
      result.blank.push(index);
      return;
    }
    const normalized = normalizeHeader(header);
    const hit = lookup.get(normalized.key);
    if (!hit) {
      result.extra.push({ header, index });
    } else if (result.columns.has(hit.key)) {
      result.duplicates.push({ key: hit.key, header, index });
    } else {
      result.columns.set(hit.key, { key: hit.key, header, index, alias: hit.alias, year: normalized.year });
    }
  });
  return result;
}

/** How many standard columns a candidate header row matches. */
export function headerScore(spec: TableSpec, headers: readonly CellValue[]): number {
  const lookup = lookupFor(spec);
  const seen = new Set<string>();
  for (const cell of headers) {
    const hit = typeof cell === "string" ? lookup.get(normalizeHeader(cell).key) : undefined;
    if (hit) seen.add(hit.key);
  }
  return seen.size;
}
