import { plain } from "../format/formatNumber";
import type { Rule } from "./types";
import { cellTarget } from "./target";

export const rule: Rule = {
  meta: {
    id: "target-year-before-baseline-year",
    name: { nl: "Streefjaar vóór het jaar van de nulmeting", en: "Target year before baseline year" },
    category: "time",
    severity: "error",
    description: {
      nl: "Het streefjaar van een indicator ligt vóór het jaar van de nulmeting.",
      en: "An indicator's target year lies before its baseline year.",
    },
    docs: {
      details: {
        nl: "De verwachte waarde ligt op de rechte lijn van nulmeting naar streefwaarde; met een streefjaar vóór het nulmetingsjaar bestaat die lijn niet. Een streefjaar gelijk aan het nulmetingsjaar mag wel (dan geldt de streefwaarde meteen).",
        en: "The expected value lies on the straight line from baseline to target; with a target year before the baseline year there is no such line.",
      },
      bad: { indicators: [{ ID: "BZ-1", Indicator: "% laag inkomen", Richting: "Afname", Nulmeting: 0.04, "Nulmeting jaar": 2025, Streefwaarde: 0.03, Streefjaar: 2024, Bron: "CBS" }] },
      good: { indicators: [{ ID: "BZ-1", Indicator: "% laag inkomen", Richting: "Afname", Nulmeting: 0.04, "Nulmeting jaar": 2025, Streefwaarde: 0.03, Streefjaar: 2028, Bron: "CBS" }] },
    },
    messages: {
      before: { nl: "{{header}} {{target}} ligt vóór het nulmetingsjaar {{baseline}}.", en: "{{header}} {{target}} is before the baseline year {{baseline}}." },
    },
  },
  check(model, context) {
    const table = model.tables.indicators;
    if (!table) return;
    for (const row of table.filledRows) {
      const baseline = row.value<number>("baselineYear");
      const target = row.value<number>("targetYear") ?? table.column("target")?.year ?? null;
      if (baseline === null || target === null || target >= baseline) continue;
      const key = table.has("targetYear") && !row.isBlank("targetYear") ? "targetYear" : "baselineYear";
      context.report({ messageId: "before", data: { header: table.header("targetYear"), target: plain(target), baseline: plain(baseline) }, at: cellTarget(table, row, key) });
    }
  },
};
