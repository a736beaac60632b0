import type { Rule } from "./types";
import { tableTarget } from "./target";

export const rule: Rule = {
  meta: {
    id: "renamed-header",
    name: { nl: "Andere kolomnaam", en: "Alternative header" },
    category: "structure",
    severity: "info",
    description: {
      nl: "Een kolom heeft een andere, bekende naam dan in het standaardformaat (zoals `Uitvoering` voor `Planning`).",
      en: "A column has a known alternative name instead of the standard header (such as `Uitvoering` for `Planning`).",
    },
    docs: {
      details: {
        nl: "Bekende andere namen worden gewoon gelezen, dus er gaat niets mis. Wie werkmappen van partners samenvoegt, heeft het wel makkelijker als iedereen dezelfde kop gebruikt.",
        en: "Known alternative names are read as usual, so nothing goes wrong. Merging partners' workbooks is easier when everyone uses the same header.",
      },
      bad: { activities: { cells: [["Nr", "Thema", "Afspraak", "Trekker", "Planning", "Status", "Toelichting", "Laatst bijgewerkt"]] } },
      good: { activities: { cells: [["ID", "Thema", "Afspraak", "Trekker", "Planning", "Status", "Toelichting", "Laatst bijgewerkt"]] } },
    },
    messages: {
      renamed: {
        nl: "Kolom '{{header}}' wordt gelezen als '{{standard}}', de naam in het standaardformaat.",
        en: "Column '{{header}}' is read as '{{standard}}', the name in the standard format.",
      },
    },
  },
  check(model, context) {
    for (const table of Object.values(model.tables)) {
      for (const column of table.located.columns.values()) {
        if (!column.alias) continue;
        context.report({ messageId: "renamed", data: { header: column.header, standard: table.columnSpec(column.key)?.header ?? column.key }, at: tableTarget(table, column.key) });
      }
    }
  },
};
