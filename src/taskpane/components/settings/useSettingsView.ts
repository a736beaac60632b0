import { useEffect, useState } from "react";
import type { SpinButtonChangeEvent, SpinButtonOnChangeData } from "@fluentui/react-components";
import { useLang, useT } from "../../i18n/strings";
import type { ViewProps } from "../viewProps";
import { formFromValues, parseTypedNumber, validateSettings, valuesFromForm, type SettingsForm } from "./validateSettings";

/** A SpinButton reports a spun value, or only the typed text when the user typed. */
function spinValue(data: SpinButtonOnChangeData): number | null {
  if (data.value !== undefined && data.value !== null) return data.value;
  return parseTypedNumber(data.displayValue);
}

/** *Instellingen*: read from the workbook once, validated per field, written back on Opslaan. */
export function useSettingsView({ gateway, run }: ViewProps) {
  const t = useT();
  const lang = useLang();
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [saved, setSaved] = useState(false);
  const [triedSave, setTriedSave] = useState(false);

  useEffect(() => {
    void run(t("tabSettings"), () => gateway.readSettings()).then((outcome) => {
      if (outcome.ok) setForm(formFromValues(outcome.value));
    });
  }, [gateway, run, t]);

  const errors = form ? validateSettings(form) : {};
  const valid = Object.keys(errors).length === 0;

  const update = (patch: Partial<SettingsForm>) => {
    setForm((current) => (current ? { ...current, ...patch } : current));
    setSaved(false);
  };

  const save = async () => {
    setTriedSave(true);
    if (!form || !valid) return;
    const outcome = await run(t("settingsSave"), () => gateway.writeSettings(valuesFromForm(form), lang));
    if (outcome.ok) setSaved(true);
  };

  return {
    form,
    errors,
    valid,
    triedSave,
    saved,
    save,
    setReferenceDate: (value: string) => update({ referenceDate: value }),
    setStaleDays: (_: SpinButtonChangeEvent, data: SpinButtonOnChangeData) => update({ staleDays: spinValue(data) }),
    setMarginPercent: (_: SpinButtonChangeEvent, data: SpinButtonOnChangeData) => update({ marginPercent: spinValue(data) }),
    setLang: (lang: SettingsForm["lang"]) => update({ lang }),
    capabilities: gateway.capabilities,
  };
}
