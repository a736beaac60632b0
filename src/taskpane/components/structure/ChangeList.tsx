import { Badge, Text } from "@fluentui/react-components";
import type { PlannedChange } from "../../../excel/gateway";
import { useLang, useT } from "../../i18n/strings";
import type { StringKey } from "../../i18n/strings";
import { useViewStyles } from "../View.styles";

export interface ChangeListProps {
  changes: readonly PlannedChange[];
  /** `structureChangesIn` for the preview, `structureDoneIn` for the report. */
  heading: Extract<StringKey, "structureChangesIn" | "structureDoneIn">;
}

function bySheet(changes: readonly PlannedChange[]): [string, PlannedChange[]][] {
  const groups = new Map<string, PlannedChange[]>();
  for (const change of changes) {
    const list = groups.get(change.sheet);
    if (list) list.push(change);
    else groups.set(change.sheet, [change]);
  }
  return [...groups];
}

/** Changes to the workbook grouped by sheet, each with its description in the pane's language. */
export function ChangeList({ changes, heading }: ChangeListProps) {
  const t = useT();
  const lang = useLang();
  const styles = useViewStyles();
  return (
    <>
      {bySheet(changes).map(([sheet, list]) => (
        <section key={sheet} className={styles.section} aria-label={t(heading, { sheet })}>
          <Text as="h2" size={400} weight="semibold" className={styles.heading}>
            {`${sheet} (${list.length})`}
          </Text>
          <ul className={styles.list}>
            {list.map((change, index) => (
              <li key={`${change.kind}|${change.target}|${index}`}>
                {change.skipped ? (
                  <>
                    <Badge appearance="tint" color="warning">
                      {t("structureSkippedBadge")}
                    </Badge>{" "}
                  </>
                ) : null}
                <Text>{change.description[lang]}</Text>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
