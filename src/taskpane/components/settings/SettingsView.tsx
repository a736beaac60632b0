import { DateField } from "../DateField";
import { Button, Dropdown, Field, MessageBar, MessageBarBody, Option, SpinButton, Text } from "@fluentui/react-components";
import { SaveRegular } from "@fluentui/react-icons";
import type { Lang } from "../../../core/rules/types";
import { useT } from "../../i18n/strings";
import { useViewStyles } from "../View.styles";
import type { ViewProps } from "../viewProps";
import { CapabilitiesNotice } from "./CapabilitiesNotice";
import { useSettingsView } from "./useSettingsView";
import { MARGIN_RANGE, STALE_DAYS_RANGE } from "./validateSettings";

/** *Instellingen*: the workbook's settings, so that every colleague's check gives the same results. */
export function SettingsView(props: ViewProps) {
  const t = useT();
  const styles = useViewStyles();
  const state = useSettingsView(props);
  const { form, errors } = state;
  const disabled = form === null;
  const message = (key: keyof typeof errors) => (errors[key] ? t(errors[key]) : undefined);
  const languages: { value: Lang; label: string }[] = [
    { value: "nl", label: t("languageNl") },
    { value: "en", label: t("languageEn") },
  ];
  return (
    <div className={styles.root}>
      <Text>{t("settingsIntro")}</Text>
      <CapabilitiesNotice capabilities={state.capabilities} />
      <Field label={t("settingsReferenceDate")} hint={t("settingsReferenceDateHint")} validationMessage={message("referenceDate")}>
        <DateField disabled={disabled} value={form?.referenceDate ?? ""} onValueChange={state.setReferenceDate} />
      </Field>
      <Field label={t("settingsStaleDays")} hint={t("settingsStaleDaysHint")} validationMessage={message("staleDays")}>
        <SpinButton disabled={disabled} value={form?.staleDays ?? null} min={STALE_DAYS_RANGE.min} max={STALE_DAYS_RANGE.max} step={1} onChange={state.setStaleDays} />
      </Field>
      <Field label={t("settingsMargin")} hint={t("settingsMarginHint")} validationMessage={message("marginPercent")}>
        <SpinButton disabled={disabled} value={form?.marginPercent ?? null} min={MARGIN_RANGE.min} max={MARGIN_RANGE.max} step={1} onChange={state.setMarginPercent} />
      </Field>
      <Field label={t("settingsLanguage")} hint={t("settingsLanguageHint")}>
        <Dropdown
          disabled={disabled}
          value={languages.find((l) => l.value === form?.lang)?.label ?? ""}
          selectedOptions={form ? [form.lang] : []}
          onOptionSelect={(_, data) => state.setLang(data.optionValue as Lang)}
        >
          {languages.map((language) => (
            <Option key={language.value} value={language.value} lang={language.value}>
              {language.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" icon={<SaveRegular />} disabled={disabled || props.busy} onClick={() => void state.save()}>
          {t("settingsSave")}
        </Button>
      </div>
      {state.triedSave && !state.valid ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t("settingsFixErrors")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.saved ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t("settingsSaved")}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
