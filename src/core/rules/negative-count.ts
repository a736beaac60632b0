import type { CountOrRange } from "../parse/parseCountOrRange";
import type { DutchNumber } from "../parse/parseDutchNumber";
import type { Rule } from "./types";
import { cellTarget } from "./target";
import { cellValueWords } from "./valueWords";

/** Columns that count people or homes; `Saldo` may be negative and is not among them. */
const COUNT_COLUMNS: Partial<Record<string, readonly string[]>> = {
  quota: ["quota", "housed", "due"],
  plan: ["count"],
  activities: ["target", "actual"],
};

export const rule: Rule = {
  meta: {
    id: "negative-count",
    name: { nl: "Negatief aantal", en: "Negative count" },
    category: "values",
    severity: "error",
    description: {
      nl: "Een aantal (taakstelling, gehuisvest, opgave, gepland, doelwaarde, realisatie) is negatief.",
      en: "A count (quota, housed, due, planned, target, actual) is negative.",
    },
    docs: {
      details: {
        nl: "Aantallen vergunninghouders of woningen zijn nooit negatief. Een minteken hoort alleen in het Saldo (achterstand). Een negatieve opgave betekent een voorsprong die groter is dan de taakstelling; vermeld dan 0 en laat het saldo de voorsprong tonen.",
        en: "Counts of permit holders or homes are never negative. A minus sign belongs only in the balance (backlog).",
      },
      bad: { quota: [{ Periode: "2024-H2", Taakstelling: 42, Gehuisvest: -66 }] },
      good: { quota: [{ Periode: "2024-H2", Taakstelling: 42, Gehuisvest: 66 }] },
    },
    messages: {
      negative: { nl: "{{header}} is negatief ({{text}}); een aantal kan niet onder nul.", en: "{{header}} is negative ({{text}}); a count cannot be below zero." },
    },
  },
  // Each distinct value of a count column is judged once while it is not negative (`byValue`).
  cells: { kinds: ["text", "number", "boolean"], byValue: true, columns: (table, column) => COUNT_COLUMNS[table.spec.key]?.includes(column.key) ?? false },
  checkCell({ table, row, column }, context) {
    const value = row.value<DutchNumber | CountOrRange>(column.key);
    if (value === null) return;
    const lowest = "min" in value ? value.min : value.value;
    if (lowest < 0) context.report({ messageId: "negative", data: { header: table.header(column.key), text: cellValueWords(row, column.key) }, at: cellTarget(table, row, column.key) });
  },
};
