import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { ArrowUndoRegular, EyeRegular } from "@fluentui/react-icons";
import { useT } from "../../i18n/strings";
import { ConfirmDialog } from "../ConfirmDialog";
import { useViewStyles } from "../View.styles";
import type { ViewProps } from "../viewProps";
import { ChangeList } from "./ChangeList";
import { useStructureView } from "./useStructureView";

/** *Inrichten*: shows every change before it is made, asks, applies, reports and offers the way back. */
export function StructureView(props: ViewProps) {
  const t = useT();
  const styles = useViewStyles();
  const state = useStructureView(props);
  const { preview, result } = state;
  const skipped = result ? result.applied.filter((change) => change.skipped).length : 0;
  const made = result ? result.applied.length - skipped : 0;
  // Without Excel's undo group the way back is always this button: shown, and enabled once there is a run to take back.
  const showRevert = state.canRevert || !props.gateway.capabilities.undoGroup;
  return (
    <div className={styles.root}>
      <Text>{t("structureIntro")}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" icon={<EyeRegular />} disabled={props.busy} onClick={() => void state.showPreview()}>
          {t("structurePreview")}
        </Button>
        {showRevert ? (
          <Button icon={<ArrowUndoRegular />} disabled={props.busy || !state.canRevert} onClick={() => void state.revert()}>
            {t("structureRevert")}
          </Button>
        ) : null}
      </div>
      <Text role="status" weight="semibold">
        {preview && !preview.upToDate ? t("structurePlanned", { count: preview.changes.length }) : ""}
      </Text>
      {preview?.upToDate ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t("structureUpToDate")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {preview && !preview.upToDate ? (
        <section className={styles.section} aria-label={t("structurePlanned", { count: preview.changes.length })}>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={props.busy} onClick={state.askConfirmation}>
              {t("structureApply")}
            </Button>
          </div>
          <ChangeList changes={preview.changes} heading="structureChangesIn" />
        </section>
      ) : null}
      {result ? (
        <section className={styles.section} aria-label={t("structureApplied", { count: made })}>
          <MessageBar intent={skipped > 0 ? "warning" : "success"} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t("structureApplied", { count: made })}</MessageBarTitle>
              {skipped > 0 ? `${t("structureSkipped", { count: skipped })} ` : ""}
              {result.undo === "excel-undo" ? t("structureUndoExcel") : t("structureUndoRevert")}
            </MessageBarBody>
          </MessageBar>
          <ChangeList changes={result.applied} heading="structureDoneIn" />
        </section>
      ) : null}
      {state.revertNotice ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{state.revertNotice}</MessageBarBody>
        </MessageBar>
      ) : null}
      <ConfirmDialog
        open={state.confirming}
        title={t("structureConfirmTitle")}
        body={t("structureConfirmBody", { count: preview?.changes.length ?? 0 })}
        confirmLabel={t("structureConfirm")}
        onConfirm={() => void state.apply()}
        onCancel={state.cancelConfirmation}
      />
    </div>
  );
}
