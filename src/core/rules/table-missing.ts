import { TABLES } from "../schema/tables";
import type { Rule } from "./types";

export const rule: Rule = {
  meta: {
    id: "table-missing",
    name: { nl: "Tabel ontbreekt", en: "Table missing" },
    category: "structure",
    severity: "error",
    description: {
      nl: "Een verplichte tabel van het activiteitenoverzicht ontbreekt.",
      en: "A required table of the activity overview is missing.",
    },
    docs: {
      details: {
        nl: "Elke tabel staat op een blad met dezelfde Nederlandse naam (`Activiteiten`, `Indicatoren`, …). Zonder de tabel kan geen enkele controle op die gegevens draaien; *Inrichten* maakt hem aan. Eén melding per tabel, niet per rij.",
        en: "Every table lives on a sheet of the same Dutch name. Without it no check on that data can run; *Inrichten* (Structure) creates it. One finding per table, not per row.",
      },
      bad: { quota: null },
      good: {},
    },
    messages: {
      noSheet: {
        nl: "Het blad '{{sheet}}' met de tabel {{table}} ontbreekt.",
        en: "The sheet '{{sheet}}' with table {{table}} is missing.",
      },
      noHeader: {
        nl: "Op blad '{{sheet}}' is geen kopregel van {{table}} gevonden (verwacht onder meer: {{headers}}).",
        en: "No header row of {{table}} was found on sheet '{{sheet}}' (expected among others: {{headers}}).",
      },
    },
  },
  check(model, context) {
    for (const spec of TABLES) {
      const missing = model.missing[spec.key];
      if (!missing || spec.optional) continue;
      const headers = spec.columns
        .filter((c) => c.required === true)
        .slice(0, 4)
        .map((c) => c.header)
        .join(", ");
      if (missing.reason === "no-sheet") {
        context.report({ messageId: "noSheet", data: { sheet: spec.sheet, table: spec.table }, at: { sheet: spec.sheet } });
      } else {
        context.report({ messageId: "noHeader", data: { sheet: missing.sheet ?? spec.sheet, table: spec.table, headers }, at: { sheet: missing.sheet ?? spec.sheet, cell: "A1" } });
      }
    }
  },
};
