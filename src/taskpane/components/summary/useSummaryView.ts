import type { HostError } from "../../../excel/officeError";
import { useEffect, useState } from "react";
import type { SummaryPreview, SummaryRequest } from "../../../excel/gateway";
import { isValidIso } from "../../../core/parse/isoDate";
import type { Lang } from "../../../core/rules/types";
import { useLang, useT } from "../../i18n/strings";
import type { ViewProps } from "../viewProps";

export type ExistingSheetChoice = "numbered" | "replace";

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

  // The summary is written in the workbook's language (Instellingen), so every colleague's sheet reads the same.
  useEffect(() => {
    void run(t("tabSettings"), () => gateway.readSettings(), { blocking: false }).then((outcome) => {
      if (outcome.ok) setWorkbookLang(outcome.value.lang);
    });
  }, [gateway, run, t]);

  const dateValid = isValidIso(meetingDate);
  const request = (replace: boolean): SummaryRequest => ({ meetingDate, lang: workbookLang ?? uiLang, today, replace, requestSheet });

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
