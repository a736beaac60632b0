import type { HostError } from "../../../excel/officeError";
import { useEffect, useState } from "react";
import type { SummaryChoiceOptions, SummaryPreview, SummaryRequest } from "../../../excel/gateway";
import { CHOOSABLE_SECTIONS, type SummaryChoice, type SummarySectionId } from "../../../core/summary/summarySections";
import { isValidIso } from "../../../core/parse/isoDate";
import type { Lang } from "../../../core/rules/types";
import { useLang, useT } from "../../i18n/strings";
import type { ViewProps } from "../viewProps";

export type ExistingSheetChoice = "numbered" | "replace";

/** Ticks `name` on or off in a list where null means every one of `all`; back to null once all are ticked. */
export function toggled(list: string[] | null, all: readonly string[], name: string, on: boolean): string[] | null {
  const current = list ?? [...all];
  const next = on ? all.filter((n) => n === name || current.includes(n)) : current.filter((n) => n !== name);
  return next.length === all.length ? null : next;
}

/** *Samenvatting*: meeting date and options, a preview, and writing the sheet (replacing only after a yes). */
export function useSummaryView({ gateway, run, today }: ViewProps) {
  const t = useT();
  const uiLang = useLang();
  const [meetingDate, setMeetingDate] = useState(today);
  const [requestSheet, setRequestSheet] = useState(false);
  const [preview, setPreview] = useState<SummaryPreview | null>(null);
  const [choice, setChoice] = useState<ExistingSheetChoice>("numbered");
  const [confirming, setConfirming] = useState(false);
  const [written, setWritten] = useState<string | null>(null);
  const [layoutError, setLayoutError] = useState<HostError | null>(null);
  const [workbookLang, setWorkbookLang] = useState<Lang | null>(null);
  const [options, setOptions] = useState<Pick<SummaryChoiceOptions, "programmes" | "themes">>({ programmes: [], themes: [] });
  const [parts, setParts] = useState<SummaryChoice>({ sections: [...CHOOSABLE_SECTIONS], programmes: null, themes: null });

  // The summary is written in the workbook's language (Instellingen), so every colleague's sheet reads the same; the
  // ticks start from the choice Instellingen holds (Samenvatting onderdelen, programma's, thema's).
  useEffect(() => {
    void run(t("tabSettings"), () => gateway.readSummaryChoice(), { blocking: false }).then((outcome) => {
      if (!outcome.ok) return;
      setWorkbookLang(outcome.value.lang);
      setOptions({ programmes: outcome.value.programmes, themes: outcome.value.themes });
      setParts(outcome.value.choice);
    });
  }, [gateway, run, t]);

  /** A changed choice makes the preview out of date, as a changed date does. */
  const [choiceSaved, setChoiceSaved] = useState(false);
  const choose = (next: SummaryChoice) => {
    setParts(next);
    setPreview(null);
    setChoiceSaved(false);
  };
  /** One write through the settings store; the pane's ticks stay as they are. */
  const saveChoice = async () => {
    const outcome = await run(t("summaryChoiceSave"), () => gateway.writeSummaryChoice(parts, uiLang));
    if (outcome.ok) setChoiceSaved(true);
  };
  const toggleSection = (id: SummarySectionId, on: boolean) => choose({ ...parts, sections: CHOOSABLE_SECTIONS.filter((s) => (s === id ? on : parts.sections.includes(s))) });
  const toggleProgramme = (name: string, on: boolean) => choose({ ...parts, programmes: toggled(parts.programmes, options.programmes, name, on) });
  const toggleTheme = (name: string, on: boolean) => choose({ ...parts, themes: toggled(parts.themes, options.themes, name, on) });

  const dateValid = isValidIso(meetingDate);
  const request = (replace: boolean): SummaryRequest => ({ meetingDate, lang: workbookLang ?? uiLang, today, replace, requestSheet, choice: parts });

  const showPreview = async () => {
    if (!dateValid) return;
    const outcome = await run(t("summaryPreview"), () => gateway.previewSummary(request(false)));
    if (!outcome.ok) return;
    setPreview(outcome.value);
    setChoice("numbered");
    setWritten(null);
  };

  const write = async () => {
    setConfirming(false);
    if (!dateValid) return;
    const replace = Boolean(preview?.exists) && choice === "replace";
    const outcome = await run(t("summaryWrite"), () => gateway.writeSummary(request(replace)));
    if (!outcome.ok) return;
    setWritten(outcome.value.sheetName);
    setLayoutError(outcome.value.layoutError ?? null);
    setPreview(null);
  };

  /** Goes to a changed cell; not blocking, like selecting a finding. */
  const select = (sheet: string, cell: string) => void run(t("changeSelect", { cell, sheet }), () => gateway.select(sheet, cell), { blocking: false });

  const startWrite = () => {
    if (preview?.exists && choice === "replace") setConfirming(true);
    else void write();
  };

  const changeDate = (value: string) => {
    setMeetingDate(value);
    setPreview(null);
  };

  return {
    meetingDate,
    changeDate,
    dateValid,
    requestSheet,
    setRequestSheet,
    parts,
    programmes: options.programmes,
    themes: options.themes,
    toggleSection,
    toggleProgramme,
    toggleTheme,
    saveChoice,
    choiceSaved,
    preview,
    choice,
    setChoice,
    confirming,
    cancelConfirmation: () => setConfirming(false),
    showPreview,
    startWrite,
    write,
    written,
    layoutError,
    select,
  };
}
