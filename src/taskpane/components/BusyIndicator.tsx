import { Field, ProgressBar } from "@fluentui/react-components";
import { useT } from "../i18n/strings";

/** An indeterminate progress bar, labelled with the action, once an action takes longer than a moment. */
export function BusyIndicator({ action }: { action: string | null }) {
  const t = useT();
  if (!action) return null;
  return (
    <Field label={t("busy", { action })}>
      <ProgressBar />
    </Field>
  );
}
