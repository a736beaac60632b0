import { useState } from "react";
import type { StructurePreview, StructureResult } from "../../../excel/gateway";
import { useLang, useT } from "../../i18n/strings";
import type { ViewProps } from "../viewProps";

/** *Inrichten*: preview, confirm, apply, and take back the last run where Excel cannot. */
export function useStructureView({ gateway, run }: ViewProps) {
  const t = useT();
  const lang = useLang();
  const [preview, setPreview] = useState<StructurePreview | null>(null);
  const [result, setResult] = useState<StructureResult | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [canRevert, setCanRevert] = useState(() => gateway.canRevert());
  const [revertNotice, setRevertNotice] = useState<string | null>(null);

  const showPreview = async () => {
    const outcome = await run(t("structurePreview"), () => gateway.planStructure(lang));
    if (!outcome.ok) return;
    setPreview(outcome.value);
    setResult(null);
    setRevertNotice(null);
  };

  const apply = async () => {
    setConfirming(false);
    const outcome = await run(t("structureApply"), () => gateway.applyStructure(lang));
    setCanRevert(gateway.canRevert());
    if (!outcome.ok) return;
    setResult(outcome.value);
    setPreview(null);
    setRevertNotice(null);
  };

  const revert = async () => {
    const outcome = await run(t("structureRevert"), () => gateway.revertStructure());
    setCanRevert(gateway.canRevert());
    if (!outcome.ok) return;
    setRevertNotice(outcome.value ? t("structureReverted") : t("structureNothingToRevert"));
    setResult(null);
  };

  return {
    preview,
    result,
    confirming,
    askConfirmation: () => setConfirming(true),
    cancelConfirmation: () => setConfirming(false),
    showPreview,
    apply,
    revert,
    canRevert,
    revertNotice,
  };
}
