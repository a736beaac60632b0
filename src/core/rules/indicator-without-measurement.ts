import { indicatorKey, measurementsByIndicator } from "../indicators/indicatorReport";
import type { Rule } from "./types";
import { cellTarget } from "./target";

export const rule: Rule = {
  meta: {
    id: "indicator-without-measurement",
    name: { nl: "Nog geen meting", en: "No measurement yet" },
    category: "references",
    severity: "warning",
    description: {
      nl: "Een indicator heeft nog geen enkele meting in Metingen.",
      en: "An indicator has no measurement in Metingen yet.",
    },
    docs: {
      details: {
        nl: "Zonder meting is de voortgang `onbekend` en staat de indicator grijs in de samenvatting. Vul de laatste meting in Metingen in, met jaar en bron.",
        en: "Without a measurement progress is `onbekend` and the indicator shows grey in the summary. Add the latest measurement in Metingen.",
      },
      bad: { indicators: [{ ID: "BZ-1", Indicator: "% laag inkomen", Richting: "Maximaal", Nulmeting: 0.03, "Nulmeting jaar": 2022, Streefwaarde: 0.03, Streefjaar: 2028, Bron: "CBS" }] },
      good: {
        indicators: [{ ID: "BZ-1", Indicator: "% laag inkomen", Richting: "Maximaal", Nulmeting: 0.03, "Nulmeting jaar": 2022, Streefwaarde: 0.03, Streefjaar: 2028, Bron: "CBS" }],
        measurements: [{ Indicator: "BZ-1", Jaar: 2024, Waarde: 0.03 }],
      },
    },
    messages: {
      none: { nl: "Er is nog geen meting van deze indicator in Metingen.", en: "There is no measurement of this indicator in Metingen yet." },
    },
  },
  check(model, context) {
    const indicators = model.tables.indicators;
    if (!indicators || !model.tables.measurements) return;
    const measured = measurementsByIndicator(model);
    for (const row of indicators.filledRows) {
      const id = row.text("id");
      if (id !== "" && !measured.has(indicatorKey(id))) context.report({ messageId: "none", at: cellTarget(indicators, row, "id") });
    }
  },
};
