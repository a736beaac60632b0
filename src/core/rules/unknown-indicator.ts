import { indicatorKey } from "../indicators/indicatorReport";
import { trimmedText } from "../model/parsedTable";
import { suggest } from "../parse/suggest";
import type { Rule } from "./types";
import { cellTarget } from "./target";

export const rule: Rule = {
  meta: {
    id: "unknown-indicator",
    name: { nl: "Onbekende indicator", en: "Unknown indicator" },
    category: "references",
    severity: "error",
    description: {
      nl: "Een verwijzing naar een indicator (in Activiteiten of Metingen) bestaat niet in Indicatoren.",
      en: "A reference to an indicator (in Activiteiten or Metingen) does not exist in Indicatoren.",
    },
    docs: {
      details: {
        nl: "Een meting zonder bestaande indicator telt nergens mee: de voortgang van de bedoelde indicator blijft `onbekend`. Controleer het ID; de melding noemt het meest gelijkende bestaande ID.",
        en: "A measurement without an existing indicator counts nowhere: the intended indicator's progress stays `onbekend`. The finding names the closest existing ID.",
      },
      bad: { measurements: [{ Indicator: "BZ-9", Jaar: 2024, Waarde: 0.03 }] },
      good: { measurements: [] },
    },
    messages: {
      unknown: { nl: "{{header}} '{{id}}' bestaat niet in Indicatoren.", en: "{{header}} '{{id}}' does not exist in Indicatoren." },
      didYouMean: { nl: "{{header}} '{{id}}' bestaat niet in Indicatoren — bedoelde u '{{suggestion}}'?", en: "{{header}} '{{id}}' does not exist in Indicatoren — did you mean '{{suggestion}}'?" },
    },
  },
  check(model, context) {
    const indicators = model.tables.indicators;
    if (!indicators?.has("id")) return;
    const ids = indicators.filledRows.map((row) => row.text("id")).filter((id) => id !== "");
    const known = new Set(ids.map(indicatorKey));
    for (const table of [model.tables.activities, model.tables.measurements]) {
      if (!table?.has("indicator")) continue;
      const offset = table.offsetOf("indicator")!;
      const rows = table.filledRows;
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r];
        const id = trimmedText(row.cells[offset]);
        if (id === "" || known.has(indicatorKey(id))) continue;
        const header = table.header("indicator");
        const suggestion = suggest(id, ids);
        if (suggestion) context.report({ messageId: "didYouMean", data: { header, id, suggestion }, at: cellTarget(table, row, "indicator") });
        else context.report({ messageId: "unknown", data: { header, id }, at: cellTarget(table, row, "indicator") });
      }
    }
  },
};
