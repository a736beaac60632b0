import { normalizeText } from "../parse/normalizeText";
import { RULE_OFF_PREFIX, RULE_SEVERITY_PREFIX, SETTING_NAMES } from "../schema/settings";
import type { Rule } from "./types";
import { cellTarget } from "./target";

const CATEGORIES = new Set(["structure", "completeness", "values", "references", "time", "indicator", "quota"]);

export const rule: Rule = {
  meta: {
    id: "setting-invalid",
    name: { nl: "Instelling onleesbaar", en: "Setting unreadable" },
    category: "values",
    severity: "error",
    description: {
      nl: "Een waarde in Instellingen is niet te lezen, of een regel-instelling noemt een regel die niet bestaat.",
      en: "A value in Instellingen cannot be read, or a rule setting names a rule that does not exist.",
    },
    docs: {
      details: {
        nl: "Is een instelling niet te lezen, dan rekent Beleidsmonitor met de standaardwaarde (bijvoorbeeld 90 dagen of de datum van vandaag) en zegt dat hier. Een tikfout in `Regel uit: stale-rwo` zou anders ongemerkt niets uitschakelen.",
        en: "When a setting cannot be read, Beleidsmonitor uses the default and says so here. A typo in `Regel uit: stale-rwo` would otherwise silently switch nothing off.",
      },
      bad: { settings: [{ Instelling: "Peildatum", Waarde: "binnenkort" }, { Instelling: "Regel uit: stale-rwo", Waarde: null }] },
      good: { settings: [{ Instelling: "Peildatum", Waarde: "1 juli 2025" }, { Instelling: "Regel uit: stale-row", Waarde: null }] },
    },
    messages: {
      unreadable: {
        nl: "{{setting}} '{{text}}' is niet te lezen; Beleidsmonitor rekent met de standaardwaarde.",
        en: "{{setting}} '{{text}}' cannot be read; Beleidsmonitor uses the default.",
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

