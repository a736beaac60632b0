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

// Intl formatters are expensive to create; a check renders thousands of messages.
const FORMATTERS = {
  nl: { plain: new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 3, useGrouping: false }), grouped: new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 3 }) },
  en: { plain: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 3, useGrouping: false }), grouped: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 3 }) },
};

/** Numbers in messages as the reader writes them: `1.234`, `7,9` in Dutch; years and small counts without grouping. */
export function formatNumber(value: number, lang: Lang): string {
  if (Number.isInteger(value) && Math.abs(value) < 10000) return String(value);
  const formatters = FORMATTERS[lang];
  return (Math.abs(value) >= 10000 ? formatters.grouped : formatters.plain).format(value);
}
