import { locateTable, type LocatedTable } from "../locate/locateTable";
import { normalizeText } from "../parse/normalizeText";
import { ParsedTable } from "../model/parsedTable";
import type { Party, PartyDirectory } from "../model/parties";
import { lookupParty } from "../returns/responsibility";
import { isReturnInfoSheet, readReturnIdentity } from "../returns/returnIdentity";
import { TABLES, type TableKey, type TableSpec } from "../schema/tables";
import type { WorkbookSnapshot } from "../snapshot";
import type { BundleProblem, ReturnInput } from "./types";

export interface ReadReturn {
  file: string;
  party: Party;
  partyFrom: "setting" | "caller";
  /** The return answers an uitvraag of Beleidsmonitor (it has an `Uitvraag` setting). */
  fromUitvraag: boolean;
  snapshot: WorkbookSnapshot;
  tables: Partial<Record<TableKey, ParsedTable>>;
}

const CONTRACT_SHEETS = new Set(TABLES.map((t) => normalizeText(t.sheet)));

/** Columns that must be found for a sheet under another name to count as that table. */
const FALLBACK_NEEDS: Partial<Record<TableKey, { keys: string[]; atLeast: number }>> = {
  activities: { keys: ["id"], atLeast: 4 },
  measurements: { keys: ["indicator", "year", "value"], atLeast: 3 },
};

/**
 * A table of a return: where the check finds it (by table name, then on the sheet of the contract's name,
 * title rows and alias headers allowed), else on a sheet under another name (`Blad1`) whose header row
 * clearly holds it.
 */
function locateReturnTable(snapshot: WorkbookSnapshot, spec: TableSpec, taken: Set<string>): LocatedTable | null {
  const location = locateTable(snapshot, spec);
  if (location.found) return location.table;
  const needs = FALLBACK_NEEDS[spec.key];
  if (!needs) return null;
  let best: LocatedTable | null = null;
  for (const sheet of snapshot.sheets) {
    const name = normalizeText(sheet.name);
    if (CONTRACT_SHEETS.has(name) || taken.has(sheet.name) || isReturnInfoSheet(sheet.name)) continue;
    const found = locateTable({ sheets: [{ ...sheet, name: spec.sheet }], tables: [] }, spec);
    if (!found.found) continue;
    const { columns } = found.table;
    if (!needs.keys.every((k) => columns.has(k)) || columns.size < needs.atLeast) continue;
    if (!best || columns.size > best.columns.size) best = { ...found.table, sheet: sheet.name };
  }
  return best;
}

export function readReturnTables(snapshot: WorkbookSnapshot): Partial<Record<TableKey, ParsedTable>> {
  const tables: Partial<Record<TableKey, ParsedTable>> = {};
  const taken = new Set<string>();
  for (const spec of TABLES) {
    const located = locateReturnTable(snapshot, spec, taken);
    if (!located) continue;
    taken.add(located.sheet);
    tables[spec.key] = new ParsedTable(located);
  }
  return tables;
}

/** Reads a return and settles whose it is, or says why it cannot be bundled. */
export function readReturn(input: ReturnInput, overviewParties: PartyDirectory): ReadReturn | BundleProblem {
  const tables = readReturnTables(input.snapshot);
  if (!tables.activities && !tables.measurements) return { kind: "no-tables", file: input.file };
  const identity = readReturnIdentity(tables.settings);
  const given = input.party?.trim() || null;
  const named = given ?? identity.party;
  if (named === null) return { kind: "no-party", file: input.file };
  const lookup = lookupParty(overviewParties, named);
  if (!lookup.ok) return { kind: lookup.reason, file: input.file, party: named, known: lookup.known };
  if (given !== null && identity.party !== null) {
    const own = lookupParty(overviewParties, identity.party);
    if (!own.ok || own.party.row !== lookup.party.row) return { kind: "party-mismatch", file: input.file, party: identity.party, given };
  }
  return {
    file: input.file,
    party: lookup.party,
    partyFrom: given !== null ? "caller" : "setting",
    fromUitvraag: identity.issuedOn !== null,
    snapshot: input.snapshot,
    tables,
  };
}
