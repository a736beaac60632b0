export { compareStates } from "./compareStates";
export { describeComparison, type ChangeGroup, type ChangeLine, type ChangeTone, type DescribedComparison } from "./describeComparison";
export { formatComparisonText } from "./formatComparisonText";
export { statusChange } from "./statusChange";
export { COMPARE_WORDS } from "./compareWords";
export type * from "./types";
export { sinceLastMeeting, type SinceLastMeeting } from "./sinceLastMeeting";
