import type { IsoDate } from "../parse/isoDate";
import type { RecordedState, StateProblem, StateReadResult } from "./types";

/** The very hidden sheet that holds the recorded states (see stateSheet.ts for its layout). */
export const STATE_SHEET = "Beleidsmonitor_Stand";

/** Excel compares sheet names without case. */
export function isStateSheet(name: string): boolean {
  return name.toLowerCase() === STATE_SHEET.toLowerCase();
}
/** Row 1 is the title, row 2 the headers; states start on row 3. */
export const FIRST_STATE_ROW = 3;

export interface StoredState {
  /** Excel row on the state sheet. */
  row: number;
  /** The meeting the row is for, also when its JSON cannot be read (from column B). */
  meetingDate: IsoDate | null;
  result: StateReadResult;
}

/** The state to compare against, or why there is none that can be used. */
export type EarlierState =
  | { kind: "recorded"; state: RecordedState; row: number }
  | { kind: "none" }
  | { kind: "unusable"; problem: StateProblem; detail: string; row: number; meetingDate: IsoDate | null };

function pick(stored: StoredState | undefined): EarlierState {
  if (!stored) return { kind: "none" };
  const { result, row, meetingDate } = stored;
  return result.ok ? { kind: "recorded", state: result.state, row } : { kind: "unusable", problem: result.problem, detail: result.detail, row, meetingDate };
}

/**
 * The state recorded for the latest meeting before `meetingDate`: what *Sinds het vorige overleg*
 * compares with. Writing the summary of the same meeting again therefore still compares with the
 * meeting before it. Of several rows for one meeting the last written counts. When that row cannot be
 * read the answer says so: an older state is never silently taken in its place.
 */
export function previousState(stored: readonly StoredState[], meetingDate: IsoDate): EarlierState {
  let best: StoredState | undefined;
  for (const s of stored) {
    if (s.meetingDate === null || s.meetingDate >= meetingDate) continue;
    if (!best || s.meetingDate >= best.meetingDate!) best = s;
  }
  return pick(best);
}

/** The state written last (`beleidsmonitor verschil <bestand>` with one file). */
export function latestState(stored: readonly StoredState[]): EarlierState {
  return pick(stored[stored.length - 1]);
}
