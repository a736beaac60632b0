import { indicatorKey } from "../indicators/indicatorReport";
import { isPercentIndicator, scaledValue, type PercentNotation } from "../indicators/indicatorValues";
import type { ParsedRow } from "../model/parsedTable";
import type { Rule } from "./types";
import { cellTarget } from "./target";

const NOTATION = { fraction: { nl: "als fractie of met %-teken", en: "as a fraction or with a % sign" }, points: { nl: "in procentpunten", en: "in percentage points" } };

export const rule: Rule = {
  meta: {
    id: "percent-notation-mixed",
    category: "indicator",
    severity: "warning",
    description: {
      nl: "Een percentage-indicator mengt schrijfwijzen: de ene waarde als fractie (0,079 of 7,9%), de andere in procentpunten (7,9).",
      en: "A percentage indicator mixes notations: one value as a fraction (0.079 or 7.9%), another in percentage points (7.9).",
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
        nl: "{{header}} '{{text}}' staat {{notation}}, terwijl de nulmeting van deze indicator {{baseNotation}} staat.",
        en: "{{header}} '{{text}}' is written {{notation}}, while this indicator's baseline is written {{baseNotation}}.",
      },
    },
  },
  check(model, context) {
    const table = model.tables.indicators;
    if (!table) return;
    const byId = new Map<string, { row: ParsedRow; notation: PercentNotation }>();
    const report = (row: ParsedRow, key: string, notation: PercentNotation, base: PercentNotation) =>
      context.report({ messageId: "mixed", data: { header: row.table.header(key), text: row.text(key), notation: NOTATION[notation], baseNotation: NOTATION[base] }, at: cellTarget(row.table, row, key) });
    for (const row of table.filledRows) {
      if (!isPercentIndicator(row)) continue;
      const base = scaledValue(row, "baseline", true)?.notation;
      if (!base) continue;
      byId.set(indicatorKey(row.text("id")), { row, notation: base });
      const target = scaledValue(row, "target", true)?.notation;
      if (target && target !== base) report(row, "target", target, base);
    }
    for (const row of model.tables.measurements?.filledRows ?? []) {
      const indicator = byId.get(indicatorKey(row.text("indicator")));
      if (!indicator) continue;
      const notation = scaledValue(row, "value", true)?.notation;
      if (notation && notation !== indicator.notation) report(row, "value", notation, indicator.notation);
    }
  },
};
