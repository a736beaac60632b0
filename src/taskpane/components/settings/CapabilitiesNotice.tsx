import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { HostCapabilities } from "../../../excel/requirements";
import { useT, type StringKey } from "../../i18n/strings";
import { useViewStyles } from "../View.styles";

/** What this Excel cannot do and how the pane degrades, so a missing feature is never a surprise. */
export function CapabilitiesNotice({ capabilities }: { capabilities: HostCapabilities }) {
  const t = useT();
  const styles = useViewStyles();
  const notes: StringKey[] = [];
  if (!capabilities.undoGroup) notes.push("capabilityUndo");
  if (!capabilities.dataValidation) notes.push("capabilityValidation");
  if (!capabilities.mergedAreas) notes.push("capabilityMerged");
  if (notes.length === 0) return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("capabilitiesTitle")}</MessageBarTitle>
        <ul className={styles.list}>
          {notes.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
