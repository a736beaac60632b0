import { COMPARE_WORDS } from "../../../core/compare/compareWords";
import { describeComparison, type ChangeGroup } from "../../../core/compare/describeComparison";
import type { SinceLastMeeting } from "../../../core/compare/sinceLastMeeting";
import { stateProblemText } from "../../../core/state/stateProblemText";

export type ChangesContent =
  | { kind: "message"; intent: "info" | "warning" | "success"; text: string; heading: string | null; intro: string[] }
  | { kind: "groups"; heading: string; intro: string[]; groups: ChangeGroup[] };

/**
 * What the list shows, in the pane's language: the groups of the summary's section, or one sentence. `groups`: the
 * groups the summary prints with its choice of sections (all when absent).
 */
export function changesContent(since: SinceLastMeeting, lang: "nl" | "en", groups?: readonly ChangeGroup["id"][]): ChangesContent {
  const words = COMPARE_WORDS[lang];
  if (since.kind === "none") return { kind: "message", intent: "info", text: words.noEarlier, heading: null, intro: [] };
  if (since.kind === "unusable") return { kind: "message", intent: "warning", text: stateProblemText(since.problem, since.meetingDate, lang), heading: null, intro: [] };
  const described = describeComparison(since.comparison, lang);
  if (described.nothingChanged) return { kind: "message", intent: "success", text: words.nothingChanged, heading: described.heading, intro: described.intro };
  return { kind: "groups", heading: described.heading, intro: described.intro, groups: groups ? described.groups.filter((g) => groups.includes(g.id)) : described.groups };
}
