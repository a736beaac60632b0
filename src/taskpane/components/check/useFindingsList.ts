import { useEffect, useRef } from "react";
import type { AccordionToggleData, AccordionToggleEvent } from "@fluentui/react-components";
import type { Finding } from "../../../core/rules/types";
import type { GroupKey, SeverityGroup } from "./groupFindings";

export interface FindingsListProps {
  groups: readonly SeverityGroup[];
  current: Finding | null;
  openGroups: readonly GroupKey[];
  onOpenGroups(open: GroupKey[]): void;
  onSelect(finding: Finding): void;
  /** The rules' names by id, from the report (the rules themselves load with the check). */
  ruleNames: Readonly<Record<string, string>>;
}

/** The list's behaviour: accordion state passed up, and the current finding kept in view. */
export function useFindingsList({ current, onOpenGroups }: FindingsListProps) {
  const currentRef = useRef<HTMLLIElement | null>(null);
  useEffect(() => {
    // jsdom has no scrollIntoView; browsers do.
    currentRef.current?.scrollIntoView?.({ block: "nearest" });
  }, [current]);
  const onToggle = (_: AccordionToggleEvent, data: AccordionToggleData<GroupKey>) => onOpenGroups([...data.openItems]);
  return { currentRef, onToggle };
}
