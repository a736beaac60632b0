import { indicatorKey } from "../indicators/indicatorReport";
import { isPercentIndicator, scaledValue, type PercentNotation } from "../indicators/indicatorValues";
import type { ParsedRow } from "../model/parsedTable";
import type { Rule } from "./types";
import { cellTarget } from "./target";
import { cellValueWords, indicatorValueWords } from "./valueWords";

const NOTATION = {
  fraction: { nl: "als percentage (7,9% of 0,079 met procentnotatie)", en: "as a percentage (7.9% or 0.079 formatted as a percentage)" },
  points: { nl: "als getal zonder %-teken (7,9)", en: "as a number without a % sign (7.9)" },
};

export const rule: Rule = {
  meta: {
    id: "percent-notation-mixed",
    name: { nl: "Percentage verschillend geschreven", en: "Percentage written two ways" },
    category: "indicator",
    severity: "warning",
    description: {
      nl: "Een percentage-indicator mengt schrijfwijzen: de ene waarde als percentage (7,9% of 0,079 met procentnotatie), de andere als getal zonder %-teken (7,9).",
      en: "A percentage indicator mixes notations: one value as a percentage (7.9% or 0.079 formatted as a percentage), another as a number without a % sign (7.9).",
    },
    docs: {
      details: {
        nl: "Beleidsmonitor rekent 7,9 onder eenheid % om naar 7,9 %, maar een waarde als 0,5 is dan dubbelzinnig (0,5 % of 50 %?). Gebruik per indicator één schrijfwijze, bij voorkeur `7,9%` of een getal met procentnotatie.",
        en: "Beleidsmonitor reads 7.9 under unit % as 7.9 %, but a value like 0.5 is then ambiguous. Use one notation per indicator.",
      },
      bad: {
        indicators: [{ ID: "BZ-3", Indicator: "% kinderen in armoede", Eenheid: "%", Richting: "Afname", Nulmeting: 7.9, "Nulmeting jaar": 2023, Streefwaarde: 6, Streefjaar: 2028, Bron: "CBS" }],
        measurements: [{ Indicator: "BZ-3", Jaar: 2024, Waarde: 0.075 }],
      },
      good: {
        indicators: [{ ID: "BZ-3", Indicator: "% kinderen in armoede", Eenheid: "%", Richting: "Afname", Nulmeting: 7.9, "Nulmeting jaar": 2023, Streefwaarde: 6, Streefjaar: 2028, Bron: "CBS" }],
        measurements: [{ Indicator: "BZ-3", Jaar: 2024, Waarde: 7.5 }],
      },
    },
    messages: {
      mixed: {
        nl: "{{header}} {{text}} staat {{notation}}, de nulmeting van deze indicator {{baseNotation}}. Beide tellen als percentage ({{value}}); schrijf ze op dezelfde manier.",
        en: "{{header}} {{text}} is written {{notation}}, this indicator's baseline {{baseNotation}}. Both count as a percentage ({{value}}); write them the same way.",
      },
    },
  },
  check(model, context) {
    const table = model.tables.indicators;
    if (!table) return;
    const byId = new Map<string, { row: ParsedRow; notation: PercentNotation }>();
    const report = (row: ParsedRow, key: string, notation: PercentNotation, base: PercentNotation, indicator: ParsedRow) =>
      context.report({
        messageId: "mixed",
        data: { header: row.table.header(key), text: cellValueWords(row, key), notation: NOTATION[notation], baseNotation: NOTATION[base], value: indicatorValueWords(row, key, indicator) },
        at: cellTarget(row.table, row, key),
      });
    for (const row of table.filledRows) {
      if (!isPercentIndicator(row)) continue;
      const base = scaledValue(row, "baseline", true)?.notation;
      if (!base) continue;
      byId.set(indicatorKey(row.text("id")), { row, notation: base });
      const target = scaledValue(row, "target", true)?.notation;
      if (target && target !== base) report(row, "target", target, base, row);
    }
    for (const row of model.tables.measurements?.filledRows ?? []) {
      const indicator = byId.get(indicatorKey(row.text("indicator")));
      if (!indicator) continue;
      const notation = scaledValue(row, "value", true)?.notation;
      if (notation && notation !== indicator.notation) report(row, "value", notation, indicator.notation, indicator.row);
    }
  },
};
