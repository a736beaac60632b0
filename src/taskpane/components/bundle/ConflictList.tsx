import { Caption1, List, ListItem, Text, Toolbar, ToolbarButton, mergeClasses } from "@fluentui/react-components";
import { ArrowDownRegular, ArrowUpRegular } from "@fluentui/react-icons";
import { useEffect, useRef } from "react";
import { useLang, useT } from "../../i18n/strings";
import { useFindingsListStyles } from "../check/FindingsList.styles";
import { useViewStyles } from "../View.styles";
import { REASON_KEYS, shownValue } from "./bundleText";
import { NEXT_CONFLICT, PREVIOUS_CONFLICT, type BundleViewState } from "./useBundleView";

/** The conflicts, walked cell by cell like the findings: a click, Enter or Vorige/Volgende goes to the cell. */
export function ConflictList({ state }: { state: BundleViewState }) {
  const t = useT();
  const lang = useLang();
  const styles = useViewStyles();
  const rows = useFindingsListStyles();
  const currentRef = useRef<HTMLLIElement>(null);
  const { conflicts, current } = state;
  useEffect(() => {
    // jsdom has no scrollIntoView; newer browsers return a promise from it, which an effect must not return.
    currentRef.current?.scrollIntoView?.({ block: "nearest" });
  }, [current]);
  if (conflicts.length === 0) return null;
  const at = conflicts[current];
  return (
    <section className={styles.section} aria-label={t("bundleConflictsHeading", { count: conflicts.length })}>
      <Text as="h2" size={400} weight="semibold" className={styles.heading}>
        {t("bundleConflictsHeading", { count: conflicts.length })}
      </Text>
      <Text>{t("bundleConflictsIntro")}</Text>
      <Toolbar aria-label={t("bundleConflictsNav")} size="small">
        <ToolbarButton icon={<ArrowUpRegular />} aria-keyshortcuts={PREVIOUS_CONFLICT} disabled={!state.hasPrevious} onClick={state.previous}>
          {t("previous")}
        </ToolbarButton>
        <ToolbarButton icon={<ArrowDownRegular />} aria-keyshortcuts={NEXT_CONFLICT} disabled={!state.hasNext} onClick={state.next}>
          {t("next")}
        </ToolbarButton>
      </Toolbar>
      <Text role="status" size={200} className={styles.muted}>
        {at ? t("bundleConflictPosition", { index: current + 1, total: conflicts.length, sheet: at.sheet, cell: at.cell }) : ""}
      </Text>
      <List navigationMode="items" className={rows.list}>
        {conflicts.map((conflict, index) => {
          const isCurrent = index === current;
          return (
            <ListItem
              key={`${conflict.sheet}!${conflict.cell}|${index}`}
              ref={isCurrent ? currentRef : undefined}
              className={mergeClasses(rows.row, isCurrent && rows.current)}
              aria-current={isCurrent ? "true" : undefined}
              title={t("bundleConflictSelect", { cell: conflict.cell, sheet: conflict.sheet })}
              onAction={() => state.goTo(index)}
            >
              <Text weight="semibold">{t("bundleConflictTitle", { id: conflict.id ?? t("bundleNewRow"), column: conflict.column })}</Text>
              <Text>{t("bundleConflictKept", { value: shownValue(conflict.kept, lang, t) })}</Text>
              {conflict.values.map((value, i) => (
                <Text key={i}>{t("bundleConflictValue", { party: value.party, value: shownValue(value.value, lang, t) })}</Text>
              ))}
              <Caption1 className={rows.meta}>{`${conflict.sheet} ${conflict.cell} · ${t(REASON_KEYS[conflict.reason])}`}</Caption1>
            </ListItem>
          );
        })}
      </List>
    </section>
  );
}
