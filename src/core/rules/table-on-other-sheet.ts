import { normalizeText } from "../parse/normalizeText";
import { tableTarget } from "./target";
import type { Rule } from "./types";

export const rule: Rule = {
  meta: {
    id: "table-on-other-sheet",
    name: { nl: "Tabel op een ander blad", en: "Table on another sheet" },
    category: "structure",
    severity: "warning",
    description: {
      nl: "Een tabel van het activiteitenoverzicht staat op een ander blad dan verwacht.",
      en: "A table of the activity overview is on another sheet than expected.",
    },
    docs: {
      details: {
        nl: "Elke tabel hoort op het blad met dezelfde naam (`tblTaakstelling` op `Taakstelling`). Staat hij elders, dan leest de controle hem wel, maar collega's en *Inrichten* zoeken hem op het verwachte blad, waar misschien een oudere versie staat. Verplaats de tabel of hernoem het blad.",
        en: "Every table belongs on the sheet of its name (`tblTaakstelling` on `Taakstelling`). Elsewhere, the check still reads it, but colleagues and *Inrichten* (Structure) look on the expected sheet, where an older copy may sit. Move the table or rename the sheet.",
      },
      bad: { quota: { cells: [["Periode", "Taakstelling"], ["2024-H2", 42]], sheet: "Blad1" } },
      good: { quota: { cells: [["Periode", "Taakstelling"], ["2024-H2", 42]] } },
    },
    messages: {
      elsewhere: {
        nl: "De tabel {{table}} staat op blad '{{sheet}}' in plaats van op '{{expected}}'; de controle leest hem daar.",
        en: "The table {{table}} is on sheet '{{sheet}}' instead of '{{expected}}'; the check reads it there.",
      },
    },
  },
  check(model, context) {
    for (const table of Object.values(model.tables)) {
      const { located, spec } = table;
      if (!located.tableName || normalizeText(located.sheet) === normalizeText(spec.sheet)) continue;
      context.report({ messageId: "elsewhere", data: { table: located.tableName, sheet: located.sheet, expected: spec.sheet }, at: tableTarget(table) });
    }
  },
};
