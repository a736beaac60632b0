import { isPercentIndicator, scaledValue } from "../indicators/indicatorValues";
import { indicatorKey } from "../indicators/indicatorReport";
import type { ParsedRow } from "../model/parsedTable";
import type { Rule } from "./types";
import { cellTarget } from "./target";
import { cellValueWords } from "./valueWords";

export const rule: Rule = {
  meta: {
    id: "percentage-above-100",
    name: { nl: "Onmogelijk percentage", en: "Impossible percentage" },
    category: "values",
    severity: "error",
    description: {
      nl: "Een percentage van een indicator is hoger dan 100 % of lager dan 0 %.",
      en: "A percentage of an indicator is above 100 % or below 0 %.",
    },
    docs: {
      details: {
        nl: "Bij een indicator in procenten (eenheid `%` of getallen met `%`) kan een waarde niet boven 100 % liggen. Meestal is 7,9 getypt in een cel met procentnotatie: dat wordt dan 790%.",
        en: "For an indicator in percent, a value cannot exceed 100 %. Usually 7.9 was typed into a cell with percent format: it then shows as 790%.",
      },
      bad: { indicators: [{ ID: "BZ-1", Indicator: "% laag inkomen", Eenheid: "%", Richting: "Maximaal", Nulmeting: "130%", "Nulmeting jaar": 2022, Streefwaarde: "3%", Streefjaar: 2028, Bron: "CBS" }] },
      good: { indicators: [{ ID: "BZ-1", Indicator: "% laag inkomen", Eenheid: "%", Richting: "Maximaal", Nulmeting: "3%", "Nulmeting jaar": 2022, Streefwaarde: "3%", Streefjaar: 2028, Bron: "CBS" }] },
    },
    messages: {
      outOfRange: { nl: "{{header}} {{text}} is geen mogelijk percentage: het ligt niet tussen 0% en 100%.", en: "{{header}} {{text}} is not a possible percentage: it is not between 0% and 100%." },
    },
  },
  check(model, context) {
    const indicators = model.tables.indicators;
    if (!indicators) return;
    const percentIds = new Set<string>();
    const check = (row: ParsedRow, key: string) => {
      const value = scaledValue(row, key, true);
      if (value && (value.value > 1 || value.value < 0)) {
        context.report({ messageId: "outOfRange", data: { header: row.table.header(key), text: cellValueWords(row, key) }, at: cellTarget(row.table, row, key) });
      }
    };
    for (const row of indicators.filledRows) {
      if (!isPercentIndicator(row)) continue;
      percentIds.add(indicatorKey(row.text("id")));
      check(row, "baseline");
      check(row, "target");
    }
    for (const row of model.tables.measurements?.filledRows ?? []) {
      if (percentIds.has(indicatorKey(row.text("indicator")))) check(row, "value");
    }
  },
};
