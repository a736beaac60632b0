import { useRef } from "react";
import { Button, Caption1, Dropdown, Field, MessageBar, MessageBarBody, Option, Text } from "@fluentui/react-components";
import { DismissRegular, DocumentAddRegular } from "@fluentui/react-icons";
import { useLang, useT } from "../../i18n/strings";
import { useViewStyles } from "../View.styles";
import type { BundleViewState } from "./useBundleView";

const ACCEPT = ".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The file picker, the chosen returns, and the question whose a return is when it does not say so itself. */
export function ReturnFiles({ state, busy }: { state: BundleViewState; busy: boolean }) {
  const t = useT();
  const lang = useLang();
  const styles = useViewStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className={styles.section} aria-label={t("bundleFilesHeading")}>
      <div className={styles.actions}>
        <Button appearance={state.picked.length === 0 ? "primary" : "secondary"} icon={<DocumentAddRegular />} disabled={busy} onClick={() => input.current?.click()}>
          {t("bundlePick")}
        </Button>
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPT}
          hidden
          aria-label={t("bundlePick")}
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            event.target.value = "";
            void state.pick(files);
          }}
        />
      </div>
      <Caption1 className={styles.muted}>{t("bundlePickHint")}</Caption1>
      {state.picked.length > 0 ? (
        <>
          <Text as="h2" size={400} weight="semibold" className={styles.heading}>
            {t("bundleFilesHeading")}
          </Text>
          <ul className={styles.list}>
            {state.picked.map((item) => (
              <li key={item.file}>
                <div className={styles.actions}>
                  <Text>{item.file}</Text>
                  <Button size="small" appearance="subtle" icon={<DismissRegular />} aria-label={t("bundleRemoveFile", { file: item.file })} disabled={busy} onClick={() => state.remove(item.file)} />
                </div>
                {item.error ? (
                  <MessageBar intent="error" layout="multiline">
                    <MessageBarBody>{item.error[lang]}</MessageBarBody>
                  </MessageBar>
                ) : null}
                {state.needsParty.has(item.file) ? (
                  <Field label={t("bundleAskParty", { file: item.file })} hint={t("bundleAskPartyHint")} required>
                    <Dropdown
                      placeholder={t("bundlePartyPlaceholder")}
                      value={item.party ?? ""}
                      selectedOptions={item.party ? [item.party] : []}
                      onOptionSelect={(_, data) => data.optionValue && state.setParty(item.file, data.optionValue)}
                    >
                      {state.parties.map((party) => (
                        <Option key={party} value={party}>
                          {party}
                        </Option>
                      ))}
                    </Dropdown>
                  </Field>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
