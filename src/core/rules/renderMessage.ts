import type { Lang, MessageData, RuleMeta } from "./types";

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** Fills `{{name}}` placeholders; throws on a missing messageId or data item (a rule bug, caught by the rule tests). */
export function renderMessage(meta: RuleMeta, messageId: string, data: MessageData | undefined, lang: Lang): string {
  const template = meta.messages[messageId]?.[lang];
  if (template === undefined) throw new Error(`rule ${meta.id}: unknown messageId '${messageId}'`);
  const parts = partsOf(template);
  let message = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    const value = data?.[name];
    if (value === undefined) throw new Error(`rule ${meta.id}: message '${messageId}' has no data for '${name}'`);
    message += (typeof value === "number" ? formatNumber(value, lang) : typeof value === "string" ? value : value[lang]) + parts[i + 1];
  }
  return message;
}

/** A template cut once into text and placeholder names, alternating: a check renders thousands of messages from a few templates. */
function partsOf(template: string): string[] {
  let parts = PARTS.get(template);
  if (!parts) {
    parts = template.split(PLACEHOLDER);
    PARTS.set(template, parts);
  }
  return parts;
}

const PARTS = new Map<string, string[]>();

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
