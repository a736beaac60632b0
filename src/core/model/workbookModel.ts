import { locateTable, type TableLocation } from "../locate/locateTable";
import { TABLES, type TableKey } from "../schema/tables";
import type { WorkbookSnapshot } from "../snapshot";
import { ParsedTable } from "./parsedTable";
import { PartyDirectory } from "./parties";
import { readSettings, type Settings } from "./settings";

/** The workbook as the rules and the arithmetic see it: located, typed, with settings and parties. */
export interface WorkbookModel {
  snapshot: WorkbookSnapshot;
  tables: Partial<Record<TableKey, ParsedTable>>;
  /** Tables of the contract that could not be found, and why. */
  missing: Partial<Record<TableKey, Extract<TableLocation, { found: false }>>>;
  settings: Settings;
  parties: PartyDirectory;
}

export function buildModel(snapshot: WorkbookSnapshot): WorkbookModel {
  const tables: WorkbookModel["tables"] = {};
  const missing: WorkbookModel["missing"] = {};
  for (const spec of TABLES) {
    const location = locateTable(snapshot, spec);
    if (location.found) tables[spec.key] = new ParsedTable(location.table);
    else missing[spec.key] = location;
  }
  return {
    snapshot,
    tables,
    missing,
    settings: readSettings(tables.settings),
    parties: PartyDirectory.fromTable(tables.parties),
  };
}
