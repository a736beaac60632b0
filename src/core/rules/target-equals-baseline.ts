import { baselineAndTarget } from "../indicators/indicatorValues";
import type { Rule } from "./types";
import { cellTarget } from "./target";
import { indicatorValueWords } from "./valueWords";

export const rule: Rule = {
  meta: {
    id: "target-equals-baseline",
    name: { nl: "Streefwaarde gelijk aan nulmeting", en: "Target equals baseline" },
    category: "indicator",
    severity: "warning",
    description: {
      nl: "Bij Toename of Afname is de streefwaarde gelijk aan de nulmeting, zodat voortgang niets betekent.",
      en: "For Toename or Afname the target equals the baseline, so progress means nothing.",
    },
    docs: {
      details: {
        nl: "Voortgang is (meting − nulmeting) / (streefwaarde − nulmeting); bij een gelijke streefwaarde wordt dat delen door nul. Is het doel gelijk blijven of er niet boven komen, kies dan richting `Gelijk` of `Maximaal` (zoals 'Maximaal 3%' in het programma Bestaanszekerheid).",
        en: "Progress divides by (target − baseline), which is zero here. If the aim is to stay level or not exceed it, choose `Gelijk` or `Maximaal`.",
      },
      bad: { indicators: [{ ID: "BZ-1", Indicator: "% laag inkomen", Richting: "Afname", Nulmeting: 0.03, "Nulmeting jaar": 2022, Streefwaarde: 0.03, Streefjaar: 2028, Bron: "CBS" }] },
      good: { indicators: [{ ID: "BZ-1", Indicator: "% laag inkomen", Richting: "Maximaal", Nulmeting: 0.03, "Nulmeting jaar": 2022, Streefwaarde: 0.03, Streefjaar: 2028, Bron: "CBS" }] },
    },
    messages: {
      equal: {
        nl: "Streefwaarde {{target}} is gelijk aan de nulmeting bij richting '{{direction}}': kies 'Gelijk' of 'Maximaal'/'Minimaal', of een andere streefwaarde.",
        en: "Target {{target}} equals the baseline for direction '{{direction}}': choose 'Gelijk' or 'Maximaal'/'Minimaal', or another target.",
      },
    },
  },
  check(model, context) {
    const table = model.tables.indicators;
    if (!table) return;
    for (const row of table.filledRows) {
      const direction = row.text("direction");
      if (direction !== "Toename" && direction !== "Afname") continue;
      const pair = baselineAndTarget(row);
      if (!pair || Math.abs(pair.baseline - pair.target) > 1e-12) continue;
      context.report({ messageId: "equal", data: { target: indicatorValueWords(row, "target"), direction }, at: cellTarget(table, row, "target") });
    }
  },
};
