import { normalizeText } from "../parse/normalizeText";
import { RULES } from "./index";
import type { Lang, RuleMeta } from "./types";

/**
 * The name a reader sees for a rule id: "Lang niet bijgewerkt" for `stale-row`. Ids stay in the JSON and in
 * docs/rules.md. An id outside the catalogue (a rule of a newer version) is shown as it is.
 */
export function ruleName(id: string, lang: Lang): string {
  return RULES[id]?.meta.name[lang] ?? id;
}

/** The forms `Regel uit:` and `Regel ernst:` in Instellingen accept for a rule: its id and its names, compared loosely. */
export function ruleHandles(meta: RuleMeta): string[] {
  return [meta.id, normalizeText(meta.name.nl), normalizeText(meta.name.en)];
}
