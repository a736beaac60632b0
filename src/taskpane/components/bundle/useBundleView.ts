import { useEffect, useMemo, useState, type KeyboardEvent } from "react";
import type { ConflictDecision } from "../../../core/merge/types";
import type { Lang, Localized } from "../../../core/rules/types";
import type { BundlePreview, BundleRequest, BundleWritten } from "../../../excel/bundleTypes";
import { useLang, useT } from "../../i18n/strings";
import type { ViewProps } from "../viewProps";
import { readReturnFiles } from "./readReturnFiles";

/** A picked file: read (its cells stay in memory, in this pane only), or not readable with the reason. */
export interface PickedReturn {
  file: string;
  snapshot?: BundleRequest["returns"][number]["snapshot"];
  error?: Localized;
  /** The party the user named, for a return that does not say it itself. */
  party?: string;
}

export const NEXT_CONFLICT = "Alt+ArrowDown";
export const PREVIOUS_CONFLICT = "Alt+ArrowUp";

/** *Bundelen*: pick returns, name a party where needed, preview, write after a yes, walk the conflicts, revert. */
export function useBundleView({ gateway, run, today }: ViewProps) {
  const t = useT();
  const uiLang = useLang();
  const [picked, setPicked] = useState<PickedReturn[]>([]);
  const [preview, setPreview] = useState<BundlePreview | null>(null);
  const [written, setWritten] = useState<BundleWritten | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [current, setCurrent] = useState(-1);
  const [reverted, setReverted] = useState(false);
  const [workbookLang, setWorkbookLang] = useState<Lang | null>(null);

  // The Bundeling sheet is written in the workbook's language (Instellingen), like the summary.
  useEffect(() => {
    void run(t("tabSettings"), () => gateway.readSettings(), { blocking: false }).then((outcome) => {
      if (outcome.ok) setWorkbookLang(outcome.value.lang);
    });
  }, [gateway, run, t]);

  const request = (list: readonly PickedReturn[]): BundleRequest => ({
    returns: list.filter((p) => p.snapshot).map((p) => ({ file: p.file, snapshot: p.snapshot!, ...(p.party ? { party: p.party } : {}) })),
    today,
    lang: workbookLang ?? uiLang,
  });

  const readable = picked.filter((p) => p.snapshot);
  const decisions = written?.decisions ?? (preview?.ok ? preview.decisions : null);
  const conflicts: ConflictDecision[] = useMemo(() => decisions?.conflicts ?? [], [decisions]);
  const problems = preview && !preview.ok ? preview.problems : [];
  const needsParty = new Set(problems.filter((p) => p.kind === "no-party").map((p) => p.file));
  const parties = preview && !preview.ok ? preview.parties : [];

  const showPreview = async (list: readonly PickedReturn[] = picked) => {
    if (!list.some((p) => p.snapshot)) return;
    const outcome = await run(t("bundlePreview"), () => gateway.previewBundle(request(list)));
    if (!outcome.ok) return;
    setPreview(outcome.value);
    setWritten(null);
    setReverted(false);
    setCurrent(-1);
  };

  const pick = async (files: readonly File[]) => {
    if (files.length === 0) return;
    const outcome = await run(t("bundleReading"), () => readReturnFiles(files));
    if (!outcome.ok) return;
    const fresh = outcome.value.map((r): PickedReturn => (r.ok ? { file: r.file, snapshot: r.snapshot } : { file: r.file, error: r.message }));
    const names = new Set(fresh.map((f) => f.file));
    const next = [...picked.filter((p) => !names.has(p.file)), ...fresh];
    setPicked(next);
    setPreview(null);
    await showPreview(next);
  };

  const remove = (file: string) => {
    setPicked((list) => list.filter((p) => p.file !== file));
    setPreview(null);
  };

  const setParty = (file: string, party: string) => {
    setPicked((list) => list.map((p) => (p.file === file ? { ...p, party } : p)));
  };

  const write = async () => {
    setConfirming(false);
    const outcome = await run(t("bundleWrite"), () => gateway.writeBundle(request(picked)));
    if (!outcome.ok) return;
    const result = outcome.value;
    if ("decisions" in result) {
      setWritten(result);
      setPreview(null);
    } else setPreview(result);
    setCurrent(-1);
    setReverted(false);
  };

  const revert = async () => {
    const outcome = await run(t("bundleRevert"), () => gateway.revertBundle());
    if (!outcome.ok) return;
    setReverted(outcome.value);
    setWritten(null);
    setCurrent(-1);
  };

  const goTo = (index: number) => {
    const conflict = conflicts[index];
    if (!conflict) return;
    setCurrent(index);
    void run(t("bundleConflictSelect", { cell: conflict.cell, sheet: conflict.sheet }), () => gateway.select(conflict.sheet, conflict.cell), { blocking: false });
  };
  const hasNext = current < conflicts.length - 1;
  const hasPrevious = current > 0;
  const next = () => hasNext && goTo(current + 1);
  const previous = () => hasPrevious && goTo(current - 1);

  // Alt+↓ / Alt+↑ from anywhere in the view, as in Controleren; not inside a drop-down, where Alt+↓ opens it.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!event.altKey || (event.key !== "ArrowDown" && event.key !== "ArrowUp") || conflicts.length === 0) return;
    if ((event.target as HTMLElement).closest('[role="combobox"],[role="listbox"]')) return;
    event.preventDefault();
    if (event.key === "ArrowDown") next();
    else previous();
  };

  return {
    picked,
    readable,
    pick,
    remove,
    setParty,
    needsParty,
    parties,
    problems,
    preview: preview?.ok ? preview : null,
    showPreview: () => void showPreview(),
    confirming,
    startWrite: () => setConfirming(true),
    cancelWrite: () => setConfirming(false),
    write,
    written,
    canRevert: gateway.canRevertBundle(),
    revert,
    reverted,
    decisions,
    conflicts,
    current,
    goTo,
    next,
    previous,
    hasNext,
    hasPrevious,
    onKeyDown,
  };
}

export type BundleViewState = ReturnType<typeof useBundleView>;
