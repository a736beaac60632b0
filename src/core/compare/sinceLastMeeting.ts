import type { IsoDate } from "../parse/isoDate";
import type { EarlierState } from "../state/stateSheet";
import type { RecordedState, StateProblem } from "../state/types";
import { compareStates } from "./compareStates";
import type { CompareOptions, Comparison } from "./types";

/** What *Sinds het vorige overleg* shows: a comparison, or why there is none. */
export type SinceLastMeeting =
  | { kind: "compared"; comparison: Comparison }
  /** No earlier state: the first summary with Beleidsmonitor, or one written before states were recorded. */
  | { kind: "none" }
  /** The state of the previous meeting is there but cannot be used; never replaced by an older one. */
  | { kind: "unusable"; problem: StateProblem; meetingDate: IsoDate | null };

/**
 * The summary's comparison with the state recorded for the previous meeting (see `previousState`), or with
 * a previous file (`--vorige`) read into a state by the caller.
 */
export function sinceLastMeeting(earlier: EarlierState, now: RecordedState, options: CompareOptions & { file?: string | null } = {}): SinceLastMeeting {
  if (earlier.kind === "none") return { kind: "none" };
  if (earlier.kind === "unusable") return { kind: "unusable", problem: earlier.problem, meetingDate: earlier.meetingDate };
  return { kind: "compared", comparison: compareStates({ state: earlier.state, source: "recorded" }, { state: now, source: "workbook", file: options.file ?? null }, options) };
}
