import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Caption1, List, ListItem, Text, mergeClasses } from "@fluentui/react-components";
import { SEVERITY_LABELS } from "../../../core/i18n/labels";
import { useLang, useT } from "../../i18n/strings";
import { SEVERITY_COLOR } from "./groupFindings";
import { useFindingsListStyles } from "./FindingsList.styles";
import { useFindingsList, type FindingsListProps } from "./useFindingsList";

export type { FindingsListProps };

/** Findings grouped by severity (accordion) and sheet; each row is focusable and Enter or a click goes to its cell. */
export function FindingsList(props: FindingsListProps) {
  const { groups, current, openGroups, onSelect, ruleNames } = props;
  const t = useT();
  const lang = useLang();
  const styles = useFindingsListStyles();
  const { currentRef, onToggle } = useFindingsList(props);
  return (
    <Accordion multiple collapsible openItems={[...openGroups]} onToggle={onToggle}>
      {groups.map((group) => (
        <AccordionItem key={group.key} value={group.key}>
          <AccordionHeader as="h3">
            <span className={mergeClasses(styles.headerContent, styles.severityHeading)}>
              {group.key === "figures" ? t("findingsFigures") : SEVERITY_LABELS[lang][group.key].heading}
              <Badge appearance="filled" color={SEVERITY_COLOR[group.severity]}>
                {group.count}
              </Badge>
            </span>
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>
            {group.sheets.map(({ sheet, findings }) => (
              <section key={sheet} aria-label={t("findingsGroupLabel", { severity: group.key === "figures" ? t("findingsFigures") : SEVERITY_LABELS[lang][group.key].heading, sheet })}>
                <Text as="h4" className={styles.sheetHeading}>
                  {`${sheet} (${findings.length})`}
                </Text>
                <List navigationMode="items" className={styles.list}>
                  {findings.map((finding, index) => {
                    const isCurrent = finding === current;
                    return (
                      <ListItem
                        key={`${finding.rule}|${finding.cell}|${index}`}
                        ref={isCurrent ? currentRef : undefined}
                        className={mergeClasses(styles.row, isCurrent && styles.current)}
                        aria-current={isCurrent ? "true" : undefined}
                        title={finding.cell ? t("findingSelect", { cell: finding.cell, sheet: finding.sheet }) : undefined}
                        onAction={() => onSelect(finding)}
                      >
                        <Text>{finding.message}</Text>
                        <Caption1 className={styles.meta}>{t("findingCellRule", { cell: finding.cell ?? "—", rule: ruleNames[finding.rule] ?? finding.rule })}</Caption1>
                      </ListItem>
                    );
                  })}
                </List>
              </section>
            ))}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
