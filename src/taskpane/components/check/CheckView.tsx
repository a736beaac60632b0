import { Button, Caption1, Divider, MessageBar, MessageBarBody, Switch, Text, Toolbar, ToolbarButton, useId } from "@fluentui/react-components";
import { ArrowDownRegular, ArrowUpRegular, DocumentTableRegular } from "@fluentui/react-icons";
import { useT } from "../../i18n/strings";
import { useViewStyles } from "../View.styles";
import type { ViewProps } from "../viewProps";
import { CheckHeader } from "./CheckHeader";
import { FindingsFilter } from "./FindingsFilter";
import { FindingsList } from "./FindingsList";
import { TodoList } from "./TodoList";
import { NEXT_SHORTCUT, PREVIOUS_SHORTCUT, useCheckView } from "./useCheckView";

/** *Controleren*: run the check, walk the findings cell by cell, mark them, write them down, and mail the to-do lists. */
export function CheckView(props: ViewProps) {
  const t = useT();
  const styles = useViewStyles();
  const state = useCheckView(props);
  const { report, current } = state;
  const hintId = useId("highlight-hint");
  return (
    <div className={styles.root} onKeyDown={state.onKeyDown}>
      <Text>{t("checkIntro")}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={props.busy} onClick={() => void state.check()}>
          {t("checkAction")}
        </Button>
      </div>
      <Text role="status" weight="semibold">
        {report ? (report.findings.length === 0 ? t("checkClean") : t("checkDone", { counts: state.summary })) : ""}
      </Text>
      {report ? (
        <>
          <CheckHeader report={report} />
          <FindingsFilter
            report={report}
            severities={state.severities}
            onToggleSeverity={state.toggleSeverity}
            sheet={state.sheet}
            sheets={state.sheets}
            onSheet={state.setSheet}
            shown={state.filtered.length}
          />
          <Toolbar aria-label={t("navigationLabel")} size="small">
            <ToolbarButton icon={<ArrowUpRegular />} aria-keyshortcuts={PREVIOUS_SHORTCUT} disabled={!state.hasPrevious} onClick={state.previous}>
              {t("previous")}
            </ToolbarButton>
            <ToolbarButton icon={<ArrowDownRegular />} aria-keyshortcuts={NEXT_SHORTCUT} disabled={!state.hasNext} onClick={state.next}>
              {t("next")}
            </ToolbarButton>
          </Toolbar>
          <Text role="status" size={200} className={styles.muted}>
            {current && state.position >= 0 ? t("navigationPosition", { index: state.position + 1, total: state.total, sheet: current.sheet, cell: current.cell ?? "" }) : ""}
          </Text>
          <section aria-label={t("findingsHeading")} className={styles.section}>
            <Text as="h2" size={400} weight="semibold" className={styles.heading}>
              {t("findingsHeading")}
            </Text>
            {state.filtered.length === 0 && report.findings.length > 0 ? <Text>{t("findingsEmptyFilter")}</Text> : null}
            <FindingsList groups={state.groups} current={current} openGroups={state.openGroups} onOpenGroups={state.setOpenGroups} onSelect={state.goTo} ruleNames={report.ruleNames} />
          </section>
          <div className={styles.section}>
            <Switch
              label={t("highlight")}
              aria-describedby={hintId}
              checked={state.highlighted}
              disabled={props.busy}
              onChange={(_, data) => void state.setHighlight(data.checked)}
            />
            <Caption1 id={hintId} className={styles.muted}>
              {t("highlightHint")}
            </Caption1>
            <div className={styles.actions}>
              <Button icon={<DocumentTableRegular />} disabled={props.busy} onClick={() => void state.writeControlSheet()}>
                {t("writeControlSheet")}
              </Button>
            </div>
            {state.notice ? (
              <MessageBar intent="success" layout="multiline">
                <MessageBarBody>{state.notice}</MessageBarBody>
              </MessageBar>
            ) : null}
          </div>
          <Divider />
          <section aria-label={t("todoHeading")} className={styles.section}>
            <Text as="h2" size={400} weight="semibold" className={styles.heading}>
              {t("todoHeading")}
            </Text>
            <TodoList todo={report.todo} onSelect={state.selectCell} />
          </section>
        </>
      ) : null}
    </div>
  );
}
