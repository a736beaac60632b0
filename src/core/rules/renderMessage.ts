import type { Lang, MessageData, RuleMeta } from "./types";

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** Fills `{{name}}` placeholders; throws on a missing messageId or data item (a rule bug, caught by the rule tests). */
export function renderMessage(meta: RuleMeta, messageId: string, data: MessageData | undefined, lang: Lang): string {
  const template = meta.messages[messageId]?.[lang];
  if (template === undefined) throw new Error(`rule ${meta.id}: unknown messageId '${messageId}'`);
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = data?.[name];
    if (value === undefined) throw new Error(`rule ${meta.id}: message '${messageId}' has no data for '${name}'`);
    if (typeof value === "number") return formatNumber(value, lang);
    return typeof value === "string" ? value : value[lang];
  });
}

/** Numbers in messages as the reader writes them: `1.234`, `7,9` in Dutch. */
export function formatNumber(value: number, lang: Lang): string {
  return value.toLocaleString(lang === "nl" ? "nl-NL" : "en-GB", { maximumFractionDigits: 3, useGrouping: Math.abs(value) >= 10000 });
}
