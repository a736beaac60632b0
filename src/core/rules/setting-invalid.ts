import { normalizeText } from "../parse/normalizeText";
import { RULE_OFF_PREFIX, RULE_SEVERITY_PREFIX, SETTING_NAMES } from "../schema/settings";
import type { Rule } from "./types";
import { cellTarget } from "./target";
import { CHOOSABLE_SECTIONS, choiceCandidates, choiceFromSettings, SECTION_HEADINGS, type ChoiceSetting } from "../summary/summaryChoice";

/** What a name in each summary setting should be, and what the summary shows meanwhile. */
const CHOICE_WORDS: Record<ChoiceSetting, { what: { nl: string; en: string }; all: { nl: string; en: string } }> = {
  summarySections: { what: { nl: "geen onderdeel van de samenvatting", en: "not a section of the summary" }, all: { nl: "alle onderdelen", en: "every section" } },
  summaryProgrammes: { what: { nl: "geen programma in de tabel Indicatoren", en: "not a programme in the Indicatoren table" }, all: { nl: "alle programma's", en: "every programme" } },
  summaryThemes: { what: { nl: "geen thema in de tabel Activiteiten", en: "not a theme in the Activiteiten table" }, all: { nl: "alle thema's", en: "every theme" } },
};

const CATEGORIES = new Set(["structure", "completeness", "values", "references", "time", "indicator", "quota"]);

export const rule: Rule = {
  meta: {
    id: "setting-invalid",
    name: { nl: "Instelling onleesbaar", en: "Setting unreadable" },
    category: "values",
    severity: "error",
    description: {
      nl: "Een waarde in Instellingen is niet te lezen, een regel-instelling noemt een regel die niet bestaat, of de keuze voor de samenvatting noemt een onderdeel, programma of thema dat er niet is.",
      en: "A value in Instellingen cannot be read, a rule setting names a rule that does not exist, or the summary's choice names a section, programme or theme that is not there.",
    },
    docs: {
      details: {
        nl: "Is een instelling niet te lezen, dan rekent Beleidsmonitor met de standaardwaarde (bijvoorbeeld 90 dagen of de datum van vandaag) en zegt dat hier. Een tikfout in `Regel uit: stale-rwo` zou anders ongemerkt niets uitschakelen. Zo ook `Samenvatting onderdelen`, `Samenvatting programma's` en `Samenvatting thema's`: een naam die nergens bij past, zou anders ongemerkt een onderdeel of programma uit de samenvatting laten; zolang zo'n naam er staat, neemt de samenvatting alles op, en de melding noemt de naam die waarschijnlijk bedoeld is.",
        en: "When a setting cannot be read, Beleidsmonitor uses the default and says so here. A typo in `Regel uit: stale-rwo` would otherwise silently switch nothing off. The same for `Samenvatting onderdelen`, `Samenvatting programma's` and `Samenvatting thema's`: a name that matches nothing would otherwise silently leave a section or programme out; while such a name is there the summary shows everything, and the finding names the likely intended name.",
      },
      bad: {
        settings: [
          { Instelling: "Peildatum", Waarde: "binnenkort" },
          { Instelling: "Regel uit: stale-rwo", Waarde: null },
          { Instelling: "Samenvatting onderdelen", Waarde: "Activiteiten; Taakstelling statushoudrs" },
        ],
      },
      good: {
        settings: [
          { Instelling: "Peildatum", Waarde: "1 juli 2025" },
          { Instelling: "Regel uit: stale-row", Waarde: null },
          { Instelling: "Samenvatting onderdelen", Waarde: "Activiteiten; Taakstelling vergunninghouders" },
        ],
      },
    },
    messages: {
      unreadable: {
        nl: "{{setting}} '{{text}}' is niet te lezen; Beleidsmonitor rekent met de standaardwaarde.",
        en: "{{setting}} '{{text}}' cannot be read; Beleidsmonitor uses the default.",
      },
      unknownChoice: {
        nl: "{{setting}}: '{{name}}' is {{what}} — bedoelde u '{{suggestion}}'? Zolang dat niet klopt, komen {{all}} in de samenvatting.",
        en: "{{setting}}: '{{name}}' is {{what}} — did you mean '{{suggestion}}'? Until that is right, the summary shows {{all}}.",
      },
      unknownChoiceNoSuggestion: {
        nl: "{{setting}}: '{{name}}' is {{what}}. Kies uit: {{choices}}. Zolang dat niet klopt, komen {{all}} in de samenvatting.",
        en: "{{setting}}: '{{name}}' is {{what}}. Choose from: {{choices}}. Until that is right, the summary shows {{all}}.",
      },
      unknownRule: {
        nl: "'{{name}}' noemt geen bestaande regel. Schrijf de naam van de regel zoals het blad Controle die toont, bijvoorbeeld 'Regel uit: Lang niet bijgewerkt'.",
        en: "'{{name}}' names no existing rule. Write the rule's name as the Controle sheet shows it, for example 'Regel uit: Not updated for long'.",
      },
    },
  },
  check(model, context) {
    const table = model.tables.settings;
    if (!table) return;
    for (const { key, row } of model.settings.unreadable) {
      context.report({ messageId: "unreadable", data: { setting: SETTING_NAMES[key], text: row.text("value") }, at: cellTarget(table, row, "value") });
    }
    const problems = choiceFromSettings(model).problems;
    const candidates = problems.length > 0 ? choiceCandidates(model) : { programmes: [], themes: [] };
    const choices: Record<ChoiceSetting, { nl: string; en: string }> = {
      summarySections: { nl: CHOOSABLE_SECTIONS.map((id) => SECTION_HEADINGS[id].nl).join("; "), en: CHOOSABLE_SECTIONS.map((id) => SECTION_HEADINGS[id].en).join("; ") },
      summaryProgrammes: { nl: candidates.programmes.join("; ") || "(geen)", en: candidates.programmes.join("; ") || "(none)" },
      summaryThemes: { nl: candidates.themes.join("; ") || "(geen)", en: candidates.themes.join("; ") || "(none)" },
    };
    for (const problem of problems) {
      const words = CHOICE_WORDS[problem.setting];
      for (const { name, suggestion } of problem.unknown) {
        const data = { setting: SETTING_NAMES[problem.setting], name, what: words.what, all: words.all };
        const at = cellTarget(table, problem.row, "value");
        // The summary shows everything meanwhile: nothing is lost, so a warning, not an error.
        if (suggestion) context.report({ messageId: "unknownChoice", data: { ...data, suggestion }, at, severity: "warning" });
        else context.report({ messageId: "unknownChoiceNoSuggestion", data: { ...data, choices: choices[problem.setting] }, at, severity: "warning" });
      }
    }
    if (!context.ruleIds) return;
    for (const row of table.filledRows) {
      const name = row.text("name");
      const lower = normalizeText(name);
      const prefix = lower.startsWith(RULE_OFF_PREFIX) ? RULE_OFF_PREFIX : lower.startsWith(RULE_SEVERITY_PREFIX) ? RULE_SEVERITY_PREFIX : null;
      if (!prefix) continue;
      const id = lower.slice(prefix.length).trim();
      if (!context.ruleIds.has(id) && !CATEGORIES.has(id)) context.report({ messageId: "unknownRule", data: { name }, at: cellTarget(table, row, "name") });
    }
  },
};

