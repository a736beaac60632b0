import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarGroup, MessageBarTitle } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { ShownError } from "../hooks/useActionRunner";
import { useT } from "../i18n/strings";

export interface ErrorMessagesProps {
  errors: readonly ShownError[];
  onDismiss(id: number): void;
}

/** Every failed workbook action, with Excel's code and message, until the user closes it. */
export function ErrorMessages({ errors, onDismiss }: ErrorMessagesProps) {
  const t = useT();
  return (
    <MessageBarGroup animate="exit-only">
      {errors.map((error) => (
        <MessageBar key={error.id} intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{`${t("errorTitle")} (${error.action})`}</MessageBarTitle>
            {t("errorBody", { message: error.message, code: error.code })}
          </MessageBarBody>
          <MessageBarActions
            containerAction={<Button appearance="transparent" aria-label={t("errorDismiss")} icon={<DismissRegular />} onClick={() => onDismiss(error.id)} />}
          />
        </MessageBar>
      ))}
    </MessageBarGroup>
  );
}
