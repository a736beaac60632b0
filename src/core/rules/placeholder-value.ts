import { isPlaceholder } from "../parse/isPlaceholder";
import type { Rule } from "./types";
import { cellTarget } from "./target";

export const rule: Rule = {
  meta: {
    id: "placeholder-value",
    name: { nl: "Nog niet ingevuld", en: "Not filled in yet" },
    category: "completeness",
    severity: "warning",
    description: {
      nl: "Een cel bevat een voorlopige tekst zoals `n.t.b.`, `volgt` of `?`: het gegeven ontbreekt nog.",
      en: "A cell holds a placeholder such as `n.t.b.`, `volgt` or `?`: the data is still missing.",
    },
    docs: {
      details: {
        nl: "Een voorlopige tekst telt als ontbrekend gegeven en komt op de takenlijst van de trekker, maar de reden blijft zichtbaar: `Nulmeting in 2025` is iets anders dan een vergeten cel.",
        en: "A placeholder counts as missing data and lands on the lead party's to-do list, but its reason stays visible.",
      },
      bad: { indicators: [{ ID: "VV-1", Indicator: "Aantal aanmeldingen beschermd wonen", Richting: "Toename", Nulmeting: "volgt in 2026", "Nulmeting jaar": 2026, Bron: "Centrumgemeente" }] },
      good: { indicators: [{ ID: "VV-1", Indicator: "Aantal aanmeldingen beschermd wonen", Richting: "Toename", Nulmeting: 41, "Nulmeting jaar": 2026, Bron: "Centrumgemeente" }] },
    },
    messages: {
      placeholder: {
        nl: "{{header}} is nog niet ingevuld: '{{text}}'.",
        en: "{{header}} is not filled in yet: '{{text}}'.",
      },
    },
  },
  cells: { kinds: ["text"], byValue: true, columns: (table, column) => table.spec.key !== "settings" && column.key !== "note" },
  checkCell({ table, row, column, value }, context) {
    if (typeof value === "string" && isPlaceholder(value)) {
      context.report({ messageId: "placeholder", data: { header: table.header(column.key), text: value.trim() }, at: cellTarget(table, row, column.key) });
    }
  },
};
