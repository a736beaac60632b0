import { compareStates } from "../../../src/core/compare/compareStates";
import type { CompareOptions, Comparison } from "../../../src/core/compare/types";
import type { FragmentRow, WorkbookFragment } from "../../../src/core/rules/fragment";
import { parseState, serializeState } from "../../../src/core/state/serializeState";
import type { RecordedState } from "../../../src/core/state/types";
import { stateOfFragment } from "../state/helpers";

/** A state as it comes back from the state sheet: through its JSON text, without the Afspraak texts. */
export function recorded(state: RecordedState): RecordedState {
  const result = parseState(serializeState(state));
  if (!result.ok) throw new Error(result.detail);
  return result.state;
}

/** The earlier workbook as recorded with the previous summary, against the later one as it is now. */
export function compareFragments(before: WorkbookFragment, after: WorkbookFragment, options?: CompareOptions): Comparison {
  const from = recorded(stateOfFragment(before, { meetingDate: "2025-03-20", recordedAt: "2025-03-14T10:00" }));
  const to = stateOfFragment(after, { meetingDate: null, recordedAt: "2025-06-20T09:00" });
  return compareStates({ state: from, source: "recorded" }, { state: to, source: "workbook", file: "huidige.xlsx" }, options);
}

/** Settings with another Peildatum (the earlier side of a comparison). */
export function settingsOn(referenceDate: string, extra: FragmentRow[] = []): FragmentRow[] {
  return [{ Instelling: "Gemeente", Waarde: "Dronten" }, { Instelling: "Peildatum", Waarde: referenceDate }, ...extra];
}

/** Nothing reported anywhere: the comparison of two workbooks that say the same. */
export function isQuiet(c: Comparison): boolean {
  const { activities: a, indicators: i, quota: q, findings: f } = c;
  return (
    [a.added, a.removed, a.changed, a.duplicates, a.withoutId, i.added, i.removed, i.measurements, i.statusChanged, i.changed, i.duplicates, q.changed, q.added, q.removed, q.duplicates].every(
      (list) => list.length === 0,
    ) &&
    q.openingBalance === null &&
    f.resolved === 0 &&
    f.new === 0
  );
}
