import type { Rule } from "./types";
import { tableTarget } from "./target";

export const rule: Rule = {
  meta: {
    id: "column-missing",
    name: { nl: "Kolom ontbreekt", en: "Column missing" },
    category: "structure",
    severity: "error",
    description: {
      nl: "Een verplichte kolom ontbreekt in een tabel.",
      en: "A required column is missing from a table.",
    },
    docs: {
      details: {
        nl: "Kolommen worden herkend aan hun kop, ongeacht hoofdletters, spaties, accenten of een jaartal erachter (`Streefwaarde 2028`). Ontbreekt een verplichte kolom, dan meldt de controle dat één keer; *Inrichten* voegt de kolom achteraan toe zonder iets te verplaatsen.",
        en: "Columns are recognised by their header, ignoring case, spaces, accents or a trailing year. A missing required column is reported once; *Inrichten* adds it at the end without moving anything.",
      },
      bad: { parties: { cells: [["Partij", "Afkorting"], ["Gemeente Dronten", null]] } },
      good: {},
    },
    messages: {
      missing: {
        nl: "De kolom '{{header}}' ontbreekt in {{table}} op blad '{{sheet}}'.",
        en: "Column '{{header}}' is missing from {{table}} on sheet '{{sheet}}'.",
      },
    },
  },
  check(model, context) {
    for (const table of Object.values(model.tables)) {
      for (const column of table.spec.columns) {
        if (column.required === false || table.has(column.key)) continue;
        context.report({
          messageId: "missing",
          data: { header: column.header, table: table.spec.table, sheet: table.sheet },
          at: tableTarget(table),
        });
      }
    }
  },
};
