import { Button, Checkbox, Text } from "@fluentui/react-components";
import { CHOOSABLE_SECTIONS, SECTION_HEADINGS } from "../../../core/summary/summarySections";
import { useLang, useT } from "../../i18n/strings";
import { useChoiceStyles } from "./SummaryChoice.styles";
import type { useSummaryView } from "./useSummaryView";

type ChoiceState = Pick<ReturnType<typeof useSummaryView>, "parts" | "programmes" | "themes" | "toggleSection" | "toggleProgramme" | "toggleTheme" | "saveChoice" | "choiceSaved">;

/** One labelled group of checkboxes; `disabled` while its section is left out. */
function Group(props: { legend: string; names: readonly string[]; checked: (name: string) => boolean; onToggle: (name: string, on: boolean) => void; label?: (name: string) => string; disabled?: boolean }) {
  const styles = useChoiceStyles();
  return (
    <fieldset className={styles.group} disabled={props.disabled}>
      <legend className={styles.legend}>{props.legend}</legend>
      {props.names.map((name) => (
        <Checkbox key={name} label={props.label ? props.label(name) : name} checked={props.checked(name)} disabled={props.disabled} onChange={(_, data) => props.onToggle(name, data.checked === true)} />
      ))}
    </fieldset>
  );
}

/**
 * The summary's sections and, when the workbook has more than one, its programmes (Indicatoren) and themes
 * (Activiteiten): ticked from Instellingen, and what is ticked is what gets written.
 */
export function SummaryChoiceFields({ state, busy }: { state: ChoiceState; busy: boolean }) {
  const t = useT();
  const lang = useLang();
  const styles = useChoiceStyles();
  const choice = state.parts;
  const has = (list: string[] | null, name: string) => list === null || list.includes(name);
  return (
    <>
      <Group
        legend={t("summaryChoiceSections")}
        names={CHOOSABLE_SECTIONS}
        label={(id) => SECTION_HEADINGS[id as (typeof CHOOSABLE_SECTIONS)[number]][lang]}
        checked={(id) => choice.sections.some((s) => s === id)}
        onToggle={(id, on) => state.toggleSection(id as (typeof CHOOSABLE_SECTIONS)[number], on)}
      />
      <Text size={200}>{t("summaryChoiceHint")}</Text>
      {state.programmes.length > 1 ? (
        <Group legend={t("summaryChoiceProgrammes")} names={state.programmes} checked={(n) => has(choice.programmes, n)} onToggle={state.toggleProgramme} disabled={!choice.sections.includes("indicators")} />
      ) : null}
      {state.themes.length > 1 ? (
        <Group legend={t("summaryChoiceThemes")} names={state.themes} checked={(n) => has(choice.themes, n)} onToggle={state.toggleTheme} disabled={!choice.sections.includes("activities")} />
      ) : null}
      <Button size="small" className={styles.save} disabled={busy} onClick={() => void state.saveChoice()}>
        {t("summaryChoiceSave")}
      </Button>
      <Text role="status" size={200}>
        {state.choiceSaved ? t("summaryChoiceSaved") : ""}
      </Text>
    </>
  );
}
