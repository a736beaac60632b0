import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, Field, Link, MessageBar, MessageBarBody, Text, Textarea } from "@fluentui/react-components";
import { CopyRegular } from "@fluentui/react-icons";
import type { PartyTodo } from "../../../core/todo/partyTodo";
import { useT } from "../../i18n/strings";
import { useViewStyles } from "../View.styles";
import { useFindingsListStyles } from "./FindingsList.styles";
import { useTodoList } from "./useTodoList";

export interface TodoListProps {
  todo: readonly PartyTodo[];
  onSelect(sheet: string, cell: string): void;
}

/** What each party still has to deliver, with a copy button per party for an e-mail. */
export function TodoList({ todo, onSelect }: TodoListProps) {
  const t = useT();
  const styles = useViewStyles();
  const listStyles = useFindingsListStyles();
  const { copy, copied, fallback, fallbackRef } = useTodoList();
  if (todo.length === 0) return <Text>{t("todoEmpty")}</Text>;
  return (
    <>
      <Text size={200}>{t("todoIntro")}</Text>
      <Accordion multiple collapsible>
        {todo.map((party) => (
          <AccordionItem key={party.party} value={party.party}>
            <AccordionHeader as="h3" size="small">
              <span className={listStyles.headerContent}>
                {party.party}
                <Badge appearance="tint" color="informative">
                  {party.items.length}
                </Badge>
              </span>
            </AccordionHeader>
            <AccordionPanel className={listStyles.panel}>
              <ul className={styles.list}>
                {party.items.map((item, index) => (
                  <li key={`${item.cell}|${item.rule}|${index}`}>
                    <Text>{item.what} </Text>
                    {item.cell ? (
                      <Link as="button" onClick={() => onSelect(item.sheet, item.cell as string)}>
                        {`${item.sheet} ${item.cell}`}
                      </Link>
                    ) : (
                      <Text>{item.sheet}</Text>
                    )}
                  </li>
                ))}
              </ul>
              <div className={styles.actions}>
                <Button icon={<CopyRegular />} aria-label={t("todoCopyLabel", { party: party.party })} onClick={() => void copy(party)}>
                  {t("todoCopy")}
                </Button>
              </div>
              {copied === party.party ? (
                <MessageBar intent="success">
                  <MessageBarBody>{t("todoCopied", { party: party.party })}</MessageBarBody>
                </MessageBar>
              ) : null}
              {fallback?.party === party.party ? (
                <>
                  <MessageBar intent="warning" layout="multiline">
                    <MessageBarBody>{t("todoCopyFailed")}</MessageBarBody>
                  </MessageBar>
                  <Field label={t("todoCopyText", { party: party.party })}>
                    <Textarea ref={fallbackRef} readOnly value={fallback.text} resize="vertical" rows={6} />
                  </Field>
                </>
              ) : null}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </>
  );
}
