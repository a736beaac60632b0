import { locateTable } from "../core/locate/locateTable";
import { ParsedTable } from "../core/model/parsedTable";
import { readSettings } from "../core/model/settings";
import type { Lang } from "../core/rules/types";
import { SETTINGS } from "../core/schema/tables";
import { readSnapshot } from "./readSnapshot";

/** How long one read serves: a recalculation asks for every BM.STATUS cell at once. */
const CACHE_MS = 5_000;

interface Cached {
  language: Promise<Lang>;
  at: number;
}

/**
 * Shared through `globalThis`, not a module variable: in the shared runtime the task pane and the custom
 * functions are separate bundles in one page, and the pane must be able to drop what the functions read.
 */
const SLOT = Symbol.for("beleidsmonitor.workbookLanguage");
const store = globalThis as { [SLOT]?: Cached };

/** `Taal` in Instellingen (Dutch when absent or unreadable), read in its own request context. */
export async function readWorkbookLanguage(context: Excel.RequestContext): Promise<Lang> {
  const snapshot = await readSnapshot(context, { mergedAreas: false, only: [SETTINGS.sheet] });
  const location = locateTable(snapshot, SETTINGS);
  return readSettings(location.found ? new ParsedTable(location.table) : undefined).language;
}

/**
 * The workbook's language for what the add-in writes into cells, such as BM.STATUS's words: the same for every
 * user of the workbook, whatever the language of their Office. One read per recalculation.
 */
export function workbookLanguage(newContext: () => Excel.RequestContext, now = Date.now()): Promise<Lang> {
  const cached = store[SLOT];
  if (cached && now - cached.at < CACHE_MS) return cached.language;
  const language = readWorkbookLanguage(newContext()).catch((error: unknown) => {
    delete store[SLOT];
    throw error;
  });
  store[SLOT] = { language, at: now };
  return language;
}

/** After the pane changed `Taal`: the next recalculation reads it again. */
export function forgetWorkbookLanguage(): void {
  delete store[SLOT];
}
