import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Caption1, List, ListItem, MessageBar, MessageBarBody, Text, mergeClasses } from "@fluentui/react-components";
import type { ChangeGroup } from "../../../core/compare/describeComparison";
import { useT } from "../../i18n/strings";
import { useFindingsListStyles } from "../check/FindingsList.styles";
import { useChangesListStyles } from "./ChangesList.styles";
import { selectable, TONE_COLOR, useChangesList, type ChangesListProps } from "./useChangesList";

export type { ChangesListProps };

function Lines({ group, onSelect }: { group: ChangeGroup; onSelect: ChangesListProps["onSelect"] }) {
  const t = useT();
  const rows = useFindingsListStyles();
  const styles = useChangesListStyles();
  return (
    <List navigationMode="items" className={rows.list} aria-label={group.title}>
      {group.lines.map((line, index) => (
        <ListItem
          key={`${line.tag}|${line.subject}|${line.cell}|${index}`}
          className={mergeClasses(rows.row, !selectable(line) && styles.static)}
          title={selectable(line) ? t("changeSelect", { cell: line.cell, sheet: line.sheet }) : undefined}
          onAction={selectable(line) ? () => onSelect(line.sheet, line.cell) : undefined}
        >
          <span className={styles.tagLine}>
            <Badge appearance="tint" color={TONE_COLOR[line.tone]}>
              {line.tag}
            </Badge>
            {line.subject ? <Text weight="semibold">{line.subject}</Text> : null}
          </span>
          <Text>{line.change}</Text>
          {line.detail ? <Caption1 className={styles.detail}>{line.detail}</Caption1> : null}
          {selectable(line) ? <Caption1 className={rows.meta}>{`${line.sheet} ${line.cell}`}</Caption1> : null}
        </ListItem>
      ))}
    </List>
  );
}

/**
 * *Wat is er veranderd*: what changed since the state recorded with the previous meeting's summary, grouped like the
 * summary's section *Sinds het vorige overleg*; each change a click (or Enter) away from its cell.
 */
export function ChangesList(props: ChangesListProps) {
  const t = useT();
  const styles = useChangesListStyles();
  const { content, openItems, onToggle } = useChangesList(props);
  if (content === "loading") return <Caption1 className={styles.intro}>{t("changesLoading")}</Caption1>;
  if (content === "failed") {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{`${t("viewFailed")}. ${t("viewFailedHint")}`}</MessageBarBody>
      </MessageBar>
    );
  }
  const header = (
    <>
      {content.heading ? <Text weight="semibold">{content.heading}</Text> : null}
      {content.intro.map((line) => (
        <Caption1 key={line} className={styles.intro}>
          {line}
        </Caption1>
      ))}
    </>
  );
  if (content.kind === "message") {
    return (
      <div className={styles.root}>
        {header}
        <MessageBar intent={content.intent} layout="multiline">
          <MessageBarBody>{content.text}</MessageBarBody>
        </MessageBar>
      </div>
    );
  }
  return (
    <div className={styles.root}>
      {header}
      <Accordion multiple collapsible openItems={openItems} onToggle={onToggle}>
        {content.groups.map((group) =>
          group.lines.length > 0 ? (
            <AccordionItem key={group.id} value={group.id}>
              <AccordionHeader as="h3">
                <span className={styles.groupTitle}>
                  {group.title}
                  {group.counts ? <span className={styles.counts}>{group.counts}</span> : null}
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <Lines group={group} onSelect={props.onSelect} />
              </AccordionPanel>
            </AccordionItem>
          ) : (
            // Nothing to open: the counts say it all (the backlog then and now, the findings resolved and new).
            <div key={group.id} className={styles.quietGroup}>
              <Text as="h3" className={styles.quietTitle}>
                {group.title}
              </Text>
              <Text size={200}>{group.counts}</Text>
            </div>
          ),
        )}
      </Accordion>
    </div>
  );
}
