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
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = data?.[name];
    if (value === undefined) throw new Error(`rule ${meta.id}: message '${messageId}' has no data for '${name}'`);
    if (typeof value === "number") return formatNumber(value, lang);
    if (typeof value === "string") return value;
    if (isStyledNumber(value)) return formatNumber(value.number, lang, value.style);
    return value[lang];
  });
}
