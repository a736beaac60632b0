import { useEffect, useMemo, useState } from "react";
import type { AccordionToggleData, AccordionToggleEvent } from "@fluentui/react-components";
import type { ChangeGroup, ChangeLine, ChangeTone } from "../../../core/compare/describeComparison";
import type { SinceLastMeeting } from "../../../core/compare/sinceLastMeeting";
import { useLang } from "../../i18n/strings";
import type { changesContent, ChangesContent } from "./changesContent";

export type { ChangesContent };

/**
 * The comparison's wording is loaded with the first list, in the chunk it shares with the summary, so the pane's
 * initial script does not carry it. (Loading the whole list lazily cost more: Fluent's modules it shares with the
 * initial script could then no longer be merged there.)
 */
const loadContent = () => import(/* webpackChunkName: "veranderd" */ "./changesContent");

type Describe = typeof changesContent;

export interface ChangesListProps {
  /** The comparison with the state recorded for the previous meeting, or why there is none. */
  since: SinceLastMeeting;
  /** The groups the printed summary shows with its choice of sections; all when absent (the list is also used on its own). */
  groups?: readonly ChangeGroup["id"][];
  /** Selects a changed thing's cell in the workbook. */
  onSelect(sheet: string, cell: string): void;
}

/** Fluent badge colours per tone: red for edited history, orange for what the meeting should discuss. */
export const TONE_COLOR = { alert: "danger", attention: "warning", plain: "informative" } as const satisfies Record<ChangeTone, string>;

/** Whether a line points at a cell the pane can select (a removed thing has none). */
export function selectable(line: ChangeLine): line is ChangeLine & { sheet: string; cell: string } {
  return line.sheet !== null && line.cell !== null;
}

/**
 * The list's state: its content (`"loading"` until the wording is there, `"failed"` when it could not be loaded),
 * and which groups are open (all with lines, at first).
 */
export function useChangesList({ since, groups }: ChangesListProps) {
  const lang = useLang();
  const [describe, setDescribe] = useState<Describe | "loading" | "failed">("loading");
  useEffect(() => {
    let live = true;
    loadContent().then(
      (module) => live && setDescribe(() => module.changesContent),
      () => live && setDescribe("failed"),
    );
    return () => {
      live = false;
    };
  }, []);
  const content = useMemo(() => (typeof describe === "function" ? describe(since, lang, groups) : describe), [describe, since, lang, groups]);
  const withLines = typeof content === "object" && content.kind === "groups" ? content.groups.filter((g) => g.lines.length > 0).map((g) => g.id) : [];
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const openItems = withLines.filter((id) => !closed.has(id));
  const onToggle = (_: AccordionToggleEvent, data: AccordionToggleData<string>) => {
    const open = new Set(data.openItems);
    setClosed(new Set(withLines.filter((id) => !open.has(id))));
  };
  return { content, openItems, onToggle };
}
