import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { ArrowUndoRegular, EyeRegular } from "@fluentui/react-icons";
import type { BundleDecisions } from "../../../core/merge/types";
import { useT } from "../../i18n/strings";
import { ConfirmDialog } from "../ConfirmDialog";
import { useViewStyles } from "../View.styles";
import type { ViewProps } from "../viewProps";
import { ConflictList } from "./ConflictList";
import { ReturnFiles } from "./ReturnFiles";
import { useBundleView } from "./useBundleView";

/** Per return: how many values are taken, in conflict, added, not returned; read from the decisions. */
function ReturnCounts({ decisions }: { decisions: BundleDecisions }) {
  const t = useT();
  const styles = useViewStyles();
  return (
    <ul className={styles.list}>
      {decisions.returns.map((r) => {
        // Values, not rows: what the user will find on the Bundeling sheet, line for line.
        const taken = decisions.taken.filter((x) => x.source === r.file).length;
        const conflicts = decisions.conflicts.filter((c) => c.values.some((v) => v.source === r.file)).length;
        const added = decisions.added.filter((a) => a.source === r.file).length;
        const notReturned = decisions.notReturned.filter((n) => n.party === r.party).reduce((sum, n) => sum + n.ids.length, 0);
        const listed = decisions.listed.filter((l) => l.source === r.file).length;
        return (
          <li key={r.file}>
            <Text weight="semibold">{r.party}</Text> <Text className={styles.muted}>{r.file}</Text>
            <br />
            <Text>{t("bundleReturnCounts", { taken, conflicts, added, notReturned })}</Text>
            {listed > 0 ? (
              <>
                <br />
                <Text className={styles.muted}>{t("bundleReturnListed", { count: listed })}</Text>
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/** *Bundelen*: the partners' returns into this workbook, previewed, confirmed, and every conflict a click away. */
export function BundleView(props: ViewProps) {
  const t = useT();
  const styles = useViewStyles();
  const state = useBundleView(props);
  const { preview, written, decisions } = state;
  const showRevert = state.canRevert || (written !== null && written.undo === "revert-snapshot");
  const taken = preview?.decisions.counts.taken ?? 0;
  const added = preview?.decisions.counts.added ?? 0;
  const nothing = decisions !== null && decisions.counts.taken + decisions.counts.added + decisions.counts.conflicts + decisions.counts.listed === 0;
  return (
    <div className={styles.root} onKeyDown={state.onKeyDown}>
      <Text>{t("bundleIntro")}</Text>
      <ReturnFiles state={state} busy={props.busy} />
      {state.readable.length > 0 ? (
        <div className={styles.actions}>
          <Button icon={<EyeRegular />} disabled={props.busy} onClick={state.showPreview}>
            {t("bundlePreview")}
          </Button>
          {preview ? (
            <Button appearance="primary" disabled={props.busy} onClick={state.startWrite}>
              {t("bundleWrite")}
            </Button>
          ) : null}
          {showRevert ? (
            <Button icon={<ArrowUndoRegular />} disabled={props.busy || !state.canRevert} onClick={() => void state.revert()}>
              {t("bundleRevert")}
            </Button>
          ) : null}
        </div>
      ) : null}
      {state.problems.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("bundleProblemsTitle")}</MessageBarTitle>
            <ul className={styles.list}>
              {state.problems.map((problem) => (
                <li key={`${problem.kind}|${problem.file}`}>{problem.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {written ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("bundleWritten", { sheet: written.sheetName })}</MessageBarTitle>
            {written.undo === "excel-undo" ? t("bundleUndoExcel") : t("bundleUndoRevert")}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.reverted ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t("bundleReverted")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {decisions ? (
        <section className={styles.section} aria-label={t("bundlePreviewHeading")}>
          <Text as="h2" size={400} weight="semibold" className={styles.heading}>
            {t("bundlePreviewHeading")}
          </Text>
          {nothing ? <Text>{t("bundleNothing")}</Text> : null}
          <ReturnCounts decisions={decisions} />
          {preview ? <Text className={styles.muted}>{t("bundleSheetNote", { sheet: preview.sheetName })}</Text> : null}
        </section>
      ) : null}
      <ConflictList state={state} />
      <ConfirmDialog
        open={state.confirming}
        title={t("bundleConfirmTitle")}
        body={t("bundleConfirmBody", {
          taken: taken === 1 ? t("bundleValue") : t("bundleValues", { count: taken }),
          added: added === 1 ? t("bundleRow") : t("bundleRows", { count: added }),
          sheet: preview?.sheetName ?? "",
        })}
        confirmLabel={t("bundleWrite")}
        onConfirm={() => void state.write()}
        onCancel={state.cancelWrite}
      />
    </div>
  );
}
