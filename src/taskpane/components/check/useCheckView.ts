import { useMemo, useState, type KeyboardEvent } from "react";
import type { CheckReport } from "../../../core/engine/checkWorkbook";
import { countLabel, SEVERITIES } from "../../../core/i18n/labels";
import type { Finding, Severity } from "../../../core/rules/types";
import { useLang, useT } from "../../i18n/strings";
import type { ViewProps } from "../viewProps";
import { filterFindings, groupFindings, groupKeyOf, inReadingOrder, sheetCounts, type GroupKey } from "./groupFindings";

/** Keys that walk the findings from anywhere in the view; shown to assistive technology with aria-keyshortcuts. */
export const NEXT_SHORTCUT = "Alt+ArrowDown";
export const PREVIOUS_SHORTCUT = "Alt+ArrowUp";

/** State and actions of *Controleren*: the report, its filters, the finding being walked and the marking. */
export function useCheckView({ gateway, run, today }: ViewProps) {
  const t = useT();
  const lang = useLang();
  const [report, setReport] = useState<CheckReport | null>(null);
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(() => new Set(SEVERITIES));
  const [sheet, setSheet] = useState<string | null>(null);
  const [current, setCurrent] = useState<Finding | null>(null);
  const [openGroups, setOpenGroups] = useState<GroupKey[]>(["figures", ...SEVERITIES]);
  const [highlighted, setHighlighted] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const filtered = useMemo(() => (report ? filterFindings(report.findings, severities, sheet) : []), [report, severities, sheet]);
  const groups = useMemo(() => groupFindings(filtered), [filtered]);
  const ordered = useMemo(() => inReadingOrder(groups), [groups]);
  const sheets = useMemo(() => (report ? sheetCounts(report.findings) : []), [report]);
  const position = current ? ordered.indexOf(current) : -1;
  const summary = report ? SEVERITIES.map((s) => countLabel(report.counts[s], s, lang)).join(", ") : "";

  const check = async () => {
    const outcome = await run(t("checkAction"), () => gateway.check({ today, lang }));
    if (!outcome.ok) return;
    const next = outcome.value;
    setReport(next);
    setCurrent(null);
    setNotice(null);
    if (sheet !== null && !next.findings.some((f) => f.sheet === sheet)) setSheet(null);
    if (highlighted) await run(t("highlight"), () => gateway.highlight(next.findings, lang));
  };

  const selectCell = (sheetName: string, cell: string) =>
    void run(t("findingSelect", { cell, sheet: sheetName }), () => gateway.select(sheetName, cell), { blocking: false });

  const goTo = (finding: Finding) => {
    setCurrent(finding);
    setOpenGroups((open) => (open.includes(groupKeyOf(finding)) ? open : [...open, groupKeyOf(finding)]));
    if (finding.cell) selectCell(finding.sheet, finding.cell);
  };

  const hasNext = position < ordered.length - 1;
  const hasPrevious = position > 0;
  const next = () => {
    if (hasNext) goTo(ordered[position + 1]);
  };
  const previous = () => {
    if (hasPrevious) goTo(ordered[position - 1]);
  };

  const toggleSeverity = (severity: Severity) =>
    setSeverities((set) => {
      const copy = new Set(set);
      if (copy.has(severity)) copy.delete(severity);
      else copy.add(severity);
      return copy;
    });

  const setHighlight = async (on: boolean) => {
    const findings = report?.findings ?? [];
    const outcome = await run(t("highlight"), () => (on ? gateway.highlight(findings, lang) : gateway.clearHighlight(lang)));
    if (outcome.ok) setHighlighted(on);
  };

  const writeControlSheet = async () => {
    if (!report) return;
    const outcome = await run(t("writeControlSheet"), () => gateway.writeControlSheet(report.findings, lang, report.ruleNames));
    if (!outcome.ok) return;
    const sheetName = outcome.value?.sheetName ?? "Controle";
    const written = t("controlSheetWritten", { sheet: sheetName, count: report.findings.length });
    setNotice(outcome.value?.keptUserSheet ? `${written} ${t("controlSheetKept", { sheet: sheetName })}` : written);
  };

  // Alt+↓ / Alt+↑ from anywhere in the view, except inside a drop-down where Alt+↓ opens the list.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!event.altKey || (event.key !== "ArrowDown" && event.key !== "ArrowUp")) return;
    if ((event.target as HTMLElement).closest('[role="combobox"],[role="listbox"]')) return;
    event.preventDefault();
    if (event.key === "ArrowDown") next();
    else previous();
  };

  return {
    report,
    summary,
    severities,
    toggleSeverity,
    sheet,
    setSheet,
    sheets,
    filtered,
    groups,
    current,
    position,
    total: ordered.length,
    openGroups,
    setOpenGroups,
    hasNext,
    hasPrevious,
    next,
    previous,
    goTo,
    selectCell,
    check,
    highlighted,
    setHighlight,
    writeControlSheet,
    notice,
    onKeyDown,
  };
}

export type CheckViewState = ReturnType<typeof useCheckView>;
