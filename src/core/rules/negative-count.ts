import type { CountOrRange } from "../parse/parseCountOrRange";
import type { DutchNumber } from "../parse/parseDutchNumber";
import { parsedValue } from "../model/parsedTable";
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
  check(model, context) {
    for (const [key, columns] of Object.entries(COUNT_COLUMNS)) {
      const table = model.tables[key as keyof typeof model.tables];
      if (!table || !columns) continue;
      const results = columns.map((column) => table.parsedOf<DutchNumber | CountOrRange>(column));
      const rows = table.filledRows;
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r];
        for (let c = 0; c < columns.length; c++) {
          const column = columns[c];
          const value = parsedValue(results[c][row.index]);
          if (value === null) continue;
          const lowest = "min" in value ? value.min : value.value;
          if (lowest < 0) context.report({ messageId: "negative", data: { header: table.header(column), text: cellValueWords(row, column) }, at: cellTarget(table, row, column) });
        }
      }
    }
  },
};
