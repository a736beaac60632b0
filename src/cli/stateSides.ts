import { basename } from "node:path";
import { compareStates } from "../core/compare/compareStates";
import type { SinceLastMeeting } from "../core/compare/sinceLastMeeting";
import type { CompareInput } from "../core/compare/types";
import type { WorkbookModel } from "../core/model/workbookModel";
import type { Lang } from "../core/rules/types";
import type { WorkbookSnapshot } from "../core/snapshot";
import { stateOfWorkbook } from "../core/state/stateOfWorkbook";
import { latestState, readStoredStates } from "../core/state/stateSheet";
import { stateProblemText } from "../core/state/stateProblemText";
import type { RecordedState } from "../core/state/types";
import { CliError } from "./cliError";
import type { CliIo } from "./io";
import { readWorkbookFile } from "./readWorkbook";

export const GENERATOR = "Beleidsmonitor 0.1.0";

/** Whether a workbook holds an activity overview (activities, indicators or quota), not only a summary. */
export function holdsOverview(model: WorkbookModel): boolean {
  return Boolean(model.tables.activities || model.tables.indicators || model.tables.quota);
}

/** A workbook as it is now, checked on today (or its own Peildatum). */
export function currentState(snapshot: WorkbookSnapshot, io: CliIo, lang: Lang): { state: RecordedState; model: WorkbookModel } {
  const { state, model } = stateOfWorkbook(snapshot, { today: io.today(), lang }, { meetingDate: null, recordedAt: io.now ? io.now() : io.today(), generator: GENERATOR });
  return { state, model };
}

function noOverview(file: string): CliError {
  return new CliError(
    `'${file}' bevat geen activiteitenoverzicht (geen tabel Activiteiten, Indicatoren of Taakstelling) en geen vastgelegde stand om mee te vergelijken.`,
    `'${file}' holds no activity overview (no Activiteiten, Indicatoren or Taakstelling table) and no recorded state to compare with.`,
  );
}

function unusable(file: string, problem: Parameters<typeof stateProblemText>[0], meetingDate: string | null): CliError {
  return new CliError(`${file}: ${stateProblemText(problem, meetingDate, "nl")}`, `${file}: ${stateProblemText(problem, meetingDate, "en")}`);
}

/** The latest state recorded in a workbook, as one side of a comparison; a CliError when there is none that can be used. */
export function recordedSide(file: string, snapshot: WorkbookSnapshot): CompareInput {
  const latest = latestState(readStoredStates(snapshot));
  if (latest.kind === "unusable") throw unusable(file, latest.problem, latest.meetingDate);
  if (latest.kind === "none") {
    throw new CliError(
      `'${file}' bevat geen vastgelegde stand. Beleidsmonitor legt de stand vast bij elke samenvatting; geef anders twee bestanden op: beleidsmonitor verschil <vorige.xlsx> <huidige.xlsx>`,
      `'${file}' holds no recorded state. Beleidsmonitor records the state with every summary; otherwise name two files: beleidsmonitor verschil <previous.xlsx> <current.xlsx>`,
    );
  }
  return { state: latest.state, source: "recorded", file };
}

/**
 * A workbook given to compare with: its own contents as they are now when it holds an overview; a summary workbook
 * written by `beleidsmonitor summary` (no overview, only the state it recorded) gives that recorded state.
 */
export function workbookSide(file: string, snapshot: WorkbookSnapshot, io: CliIo, lang: Lang): CompareInput {
  const { state, model } = currentState(snapshot, io, lang);
  if (holdsOverview(model)) return { state, source: "workbook", file };
  if (readStoredStates(snapshot).length > 0) return recordedSide(file, snapshot);
  throw noOverview(file);
}

/**
 * `summary --vorige <bestand>`: the state to compare the summary with, from an earlier file. Its latest recorded state
 * when it has one (an overview on which a summary was made, or a summary workbook), else its contents as they are.
 * A recorded state that cannot be used is said in the summary, never replaced by the file's contents.
 */
export async function sinceFile(file: string, now: RecordedState, currentFile: string, io: CliIo, lang: Lang): Promise<SinceLastMeeting> {
  const { snapshot } = await readWorkbookFile(file);
  const stored = readStoredStates(snapshot);
  let earlier: CompareInput;
  if (stored.length > 0) {
    const latest = latestState(stored);
    if (latest.kind === "unusable") return { kind: "unusable", problem: latest.problem, meetingDate: latest.meetingDate };
    if (latest.kind === "none") throw noOverview(file);
    earlier = { state: latest.state, source: "recorded", file: basename(file) };
  } else {
    const { state, model } = currentState(snapshot, io, lang);
    if (!holdsOverview(model)) throw noOverview(file);
    earlier = { state, source: "workbook", file: basename(file) };
  }
  // The printed summary names the files, not the folders they were in.
  return { kind: "compared", comparison: compareStates(earlier, { state: now, source: "workbook", file: basename(currentFile) }) };
}
