import { DateField } from "../DateField";
import { Button, Checkbox, Field, MessageBar, MessageBarBody, Radio, RadioGroup, Text } from "@fluentui/react-components";
import { countLabel } from "../../../core/i18n/labels";
import { useLang, useT } from "../../i18n/strings";
import { ChangesList } from "../changes/ChangesList";
import { ConfirmDialog } from "../ConfirmDialog";
import { useViewStyles } from "../View.styles";
import type { ViewProps } from "../viewProps";
import { useSummaryView, type ExistingSheetChoice } from "./useSummaryView";
import { SummaryChoiceFields } from "./SummaryChoiceFields";

/** *Samenvatting*: the summary sheet for the executive meeting, previewed before it is written. */
export function SummaryView(props: ViewProps) {
  const t = useT();
  const lang = useLang();
  const styles = useViewStyles();
  const state = useSummaryView(props);
  const { preview } = state;
  return (
    <div className={styles.root}>
      <Text>{`${t("summaryIntro")} ${t("summaryIntroChanges")}`}</Text>
      <Field label={t("meetingDate")} required validationMessage={state.dateValid ? undefined : t("meetingDateInvalid")}>
        <DateField value={state.meetingDate} onValueChange={state.changeDate} />
      </Field>
      <Checkbox label={t("requestSheet")} checked={state.requestSheet} onChange={(_, data) => state.setRequestSheet(data.checked === true)} />
      <SummaryChoiceFields state={state} busy={props.busy} />
      <div className={styles.actions}>
        <Button disabled={props.busy || !state.dateValid} onClick={() => void state.showPreview()}>
          {t("summaryPreview")}
        </Button>
        <Button appearance="primary" disabled={props.busy || !state.dateValid || preview?.structureProtected === true} onClick={state.startWrite}>
          {t("summaryWrite")}
        </Button>
      </div>
      <Text role="status" weight="semibold">
        {preview ? t("summarySheet", { sheet: preview.sheetName }) : ""}
      </Text>
      {preview ? (
        <section className={styles.section} aria-label={t("summarySheet", { sheet: preview.sheetName })}>
          <Text as="h2" size={400} weight="semibold" className={styles.heading}>
            {t("summarySections")}
          </Text>
          <ul className={styles.list}>
            {preview.sections.map((section) => (
              <li key={section.nl}>
                <Text>{section[lang]}</Text>
              </li>
            ))}
          </ul>
          {preview.openErrors + preview.openWarnings > 0 ? (
            <MessageBar intent={preview.openErrors > 0 ? "warning" : "info"} layout="multiline">
              <MessageBarBody>
                {t("summaryOpen", { counts: [countLabel(preview.openErrors, "error", lang), countLabel(preview.openWarnings, "warning", lang)].join(", ") })}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {preview.structureProtected ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{t("summaryProtected")}</MessageBarBody>
            </MessageBar>
          ) : null}
          {preview.exists ? (
            <Field label={`${t("summaryExists", { sheet: preview.sheetName })} ${t("summaryExistingChoice")}`}>
              <RadioGroup value={state.choice} onChange={(_, data) => state.setChoice(data.value as ExistingSheetChoice)}>
                <Radio value="numbered" label={t("summaryNewNumbered")} />
                <Radio value="replace" label={t("summaryReplace")} />
              </RadioGroup>
            </Field>
          ) : null}
        </section>
      ) : null}
      {preview ? (
        <section className={styles.section} aria-label={t("changesTitle")}>
          <Text as="h2" size={400} weight="semibold" className={styles.heading}>
            {t("changesTitle")}
          </Text>
          {preview.sinceIncluded === false ? (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{t("changesLeftOut")}</MessageBarBody>
            </MessageBar>
          ) : (
            <ChangesList since={preview.since} groups={preview.sinceGroups} onSelect={state.select} />
          )}
        </section>
      ) : null}
      {state.written ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <div>{t("summaryWritten", { sheet: state.written })}</div>
            <div>{t("summaryStateRecorded")}</div>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.written && state.layoutError ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("summaryLayoutFailed", { message: state.layoutError.message, code: state.layoutError.code })}</MessageBarBody>
        </MessageBar>
      ) : null}
      <ConfirmDialog
        open={state.confirming}
        title={t("summaryReplaceTitle")}
        body={t("summaryReplaceBody", { sheet: preview?.sheetName ?? "" })}
        confirmLabel={t("summaryReplaceConfirm")}
        onConfirm={() => void state.write()}
        onCancel={state.cancelConfirmation}
      />
    </div>
  );
}
