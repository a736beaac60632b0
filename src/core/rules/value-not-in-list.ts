import { suggest } from "../parse/suggest";
import type { Rule } from "./types";
import { cellTarget } from "./target";

export const rule: Rule = {
  meta: {
    id: "value-not-in-list",
    category: "values",
    severity: "error",
    description: {
      nl: "Een keuzeveld (Status, Richting, Rol) bevat een waarde die niet in de lijst staat.",
      en: "A list field (Status, Direction, Role) holds a value that is not in its list.",
    },
    docs: {
      details: {
        nl: "Tellingen per status, de voortgang per richting en de groepen per rol werken alleen met de exacte lijstwaarden. `In Uitvoering` of `Gereed ` (met spatie) lijken goed maar tellen niet mee; de melding stelt de bedoelde waarde voor.",
        en: "Counts by status, progress by direction and groups by role only work with the exact list values. `In Uitvoering` or `Gereed ` (trailing space) look right but do not count; the finding suggests the intended value.",
      },
      bad: {
        activities: [{ ID: "1.1a", Thema: "Wonen", Afspraak: "Nieuwbouw", Trekker: "OFW", Planning: "2026", Status: "In Uitvoering", "Laatst bijgewerkt": "2025-05-01" }],
      },
      good: {
        activities: [{ ID: "1.1a", Thema: "Wonen", Afspraak: "Nieuwbouw", Trekker: "OFW", Planning: "2026", Status: "In uitvoering", "Laatst bijgewerkt": "2025-05-01" }],
      },
    },
    messages: {
      notInList: {
        nl: "{{header}} '{{value}}' staat niet in de lijst ({{list}}).",
        en: "{{header}} '{{value}}' is not in the list ({{list}}).",
      },
      didYouMean: {
        nl: "{{header}} '{{value}}' staat niet in de lijst — bedoelde u '{{suggestion}}'?",
        en: "{{header}} '{{value}}' is not in the list — did you mean '{{suggestion}}'?",
      },
    },
  },
  check(model, context) {
    for (const table of Object.values(model.tables)) {
      for (const column of table.spec.columns) {
        if (column.type !== "list" || !column.list || !table.has(column.key)) continue;
        const allowed = new Set<string>(column.list);
        for (const row of table.filledRows) {
          const value = row.get(column.key);
          if (typeof value !== "string" && typeof value !== "number") continue;
          const text = String(value);
          if (text.trim() === "" || allowed.has(text)) continue;
          const suggestion = suggest(text, column.list);
          const header = table.header(column.key);
          if (suggestion) context.report({ messageId: "didYouMean", data: { header, value: text, suggestion }, at: cellTarget(table, row, column.key) });
          else context.report({ messageId: "notInList", data: { header, value: text, list: column.list.join(", ") }, at: cellTarget(table, row, column.key) });
        }
      }
    }
  },
};
