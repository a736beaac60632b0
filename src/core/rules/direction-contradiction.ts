import { baselineAndTarget } from "../indicators/indicatorValues";
import { contradictsDirection } from "../indicators/progress";
import type { Direction } from "../schema/lists";
import type { Rule } from "./types";
import { cellTarget } from "./target";
import { indicatorValueWords } from "./valueWords";

export const rule: Rule = {
  meta: {
    id: "direction-contradiction",
    name: { nl: "Richting past niet bij de cijfers", en: "Direction contradicts the numbers" },
    category: "indicator",
    severity: "error",
    description: {
      nl: "De richting van een indicator spreekt de getallen tegen (Toename met een streefwaarde onder de nulmeting, of Afname erboven).",
      en: "An indicator's direction contradicts its numbers (Toename with a target below the baseline, or Afname above it).",
    },
    docs: {
      details: {
        nl: "Beleidsmonitor raadt niet welke van de twee klopt: de voortgang blijft `onbekend` tot richting of streefwaarde is aangepast. Vaak is `Maximaal` of `Minimaal` bedoeld.",
        en: "Beleidsmonitor does not guess which of the two is right: progress stays `onbekend` until the direction or target is corrected. Often `Maximaal` or `Minimaal` is meant.",
      },
      bad: { indicators: [{ ID: "GZ-1", Indicator: "% inwoners dat zich eenzaam voelt", Richting: "Toename", Nulmeting: 0.3, "Nulmeting jaar": 2022, Streefwaarde: 0.25, Streefjaar: 2028, Bron: "GGD" }] },
      good: { indicators: [{ ID: "GZ-1", Indicator: "% inwoners dat zich eenzaam voelt", Richting: "Afname", Nulmeting: 0.3, "Nulmeting jaar": 2022, Streefwaarde: 0.25, Streefjaar: 2028, Bron: "GGD" }] },
    },
    messages: {
      contradiction: {
        nl: "Richting '{{direction}}', maar de streefwaarde {{target}} ligt {{side}} de nulmeting {{baseline}}.",
        en: "Direction '{{direction}}', but the target {{target}} is {{side}} the baseline {{baseline}}.",
      },
    },
  },
  check(model, context) {
    const table = model.tables.indicators;
    if (!table) return;
    for (const row of table.filledRows) {
      const direction = row.text("direction") as Direction;
      if (direction !== "Toename" && direction !== "Afname") continue;
      const pair = baselineAndTarget(row);
      if (!pair || !contradictsDirection(direction, pair.baseline, pair.target)) continue;
      const side = direction === "Toename" ? { nl: "onder", en: "below" } : { nl: "boven", en: "above" };
      context.report({
        messageId: "contradiction",
        data: { direction, target: indicatorValueWords(row, "target"), baseline: indicatorValueWords(row, "baseline"), side },
        at: cellTarget(table, row, "direction"),
      });
    }
  },
};
