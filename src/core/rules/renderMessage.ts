import { formatNumber, isStyledNumber } from "../format/formatNumber";
import type { Lang, MessageData, RuleMeta } from "./types";

export { formatNumber } from "../format/formatNumber";

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/**
 * Fills `{{name}}` placeholders; throws on a missing messageId or data item (a rule bug, caught by the rule tests).
 * Every number goes through `formatNumber`: `1.234`, `7,9`, `72%` in Dutch, never `String(x)`.
 */
export function renderMessage(meta: RuleMeta, messageId: string, data: MessageData | undefined, lang: Lang): string {
  const template = meta.messages[messageId]?.[lang];
  if (template === undefined) throw new Error(`rule ${meta.id}: unknown messageId '${messageId}'`);
  const parts = partsOf(template);
  let message = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    const value = data?.[name];
    if (value === undefined) throw new Error(`rule ${meta.id}: message '${messageId}' has no data for '${name}'`);
    message += (typeof value === "number" ? formatNumber(value, lang) : typeof value === "string" ? value : isStyledNumber(value) ? formatNumber(value.number, lang, value.style) : value[lang]) + parts[i + 1];
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
