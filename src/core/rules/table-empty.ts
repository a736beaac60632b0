import type { TableKey } from "../schema/tables";
import { tableTarget } from "./target";
import type { Rule } from "./types";

/** Tables whose emptiness no other rule reports: without rows, nothing in them is checked. */
const DATA_TABLES: readonly TableKey[] = ["activities", "indicators", "quota", "parties"];

export const rule: Rule = {
  meta: {
    id: "table-empty",
    name: { nl: "Lege tabel", en: "Empty table" },
    category: "completeness",
    severity: "warning",
    description: {
      nl: "Een tabel van het activiteitenoverzicht heeft geen enkele gevulde rij.",
      en: "A table of the activity overview has no filled row at all.",
    },
    docs: {
      details: {
        nl: "Een lege tabel geeft geen fouten, maar er is dan ook niets gecontroleerd: een werkmap zonder activiteiten is niet 'in orde'. Vaak is de tabel te klein gemaakt of staan de gegevens op een ander blad. Een lege tabel Activiteiten is een fout, de andere een waarschuwing.",
        en: "An empty table gives no errors, but then nothing was checked either: a workbook without activities is not 'fine'. Often the table was made too small or the data sits on another sheet. An empty Activiteiten table is an error, the others a warning.",
      },
      bad: { quota: [] },
      good: {
        activities: [{ ID: "1.1a", Thema: "Wonen", Afspraak: "97 appartementen", Trekker: "OFW", Planning: "2026", Status: "In uitvoering", "Laatst bijgewerkt": "2025-05-01" }],
        indicators: [{ ID: "BZ-1", Indicator: "Laag inkomen", Richting: "Afname", Nulmeting: 3, "Nulmeting jaar": 2022, Streefwaarde: 2, Streefjaar: 2028, Bron: "CBS" }],
        quota: [{ Periode: "2024-H2", Taakstelling: 42 }],
      },
    },
    messages: {
      empty: {
        nl: "De tabel {{table}} op blad '{{sheet}}' heeft geen gevulde rijen; er is niets in gecontroleerd.",
        en: "The table {{table}} on sheet '{{sheet}}' has no filled rows; nothing in it was checked.",
      },
    },
  },
  check(model, context) {
    for (const key of DATA_TABLES) {
      const table = model.tables[key];
      if (!table || table.filledRows.length > 0) continue;
      context.report({
        messageId: "empty",
        data: { table: table.located.tableName ?? table.spec.table, sheet: table.sheet },
        at: tableTarget(table),
        severity: key === "activities" ? "error" : undefined,
      });
    }
  },
};
