import { indicatorKey } from "../indicators/indicatorReport";
import { trimmedText } from "../model/parsedTable";
import { suggest } from "../parse/suggest";
import type { WorkbookModel } from "../model/workbookModel";
import type { Rule, RuleContext } from "./types";
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
  // Each distinct reference is judged once while it names a known indicator (`byValue`).
  cells: {
    kinds: ["text", "number", "boolean", "error"],
    byValue: true,
    columns: (table, column) => (table.spec.key === "activities" || table.spec.key === "measurements") && column.key === "indicator",
  },
  checkCell({ model, table, row, column, value }, context) {
    const indicators = knownIndicators(model, context);
    if (!indicators) return;
    const id = trimmedText(value);
    if (id === "" || indicators.known.has(indicatorKey(id))) return;
    const header = table.header(column.key);
    const suggestion = suggest(id, indicators.ids);
    if (suggestion) context.report({ messageId: "didYouMean", data: { header, id, suggestion }, at: cellTarget(table, row, column.key) });
    else context.report({ messageId: "unknown", data: { header, id }, at: cellTarget(table, row, column.key) });
  },
};

interface KnownIndicators {
  ids: string[];
  known: Set<string>;
}

/** Per pass (its context): the indicator IDs, as written and as compared; null without an ID column. */
const KNOWN = new WeakMap<RuleContext, KnownIndicators | null>();

function knownIndicators(model: WorkbookModel, context: RuleContext): KnownIndicators | null {
  let found = KNOWN.get(context);
  if (found === undefined) {
    const indicators = model.tables.indicators;
    const ids = indicators?.has("id") ? indicators.filledRows.map((row) => row.text("id")).filter((id) => id !== "") : null;
    found = ids && { ids, known: new Set(ids.map(indicatorKey)) };
    KNOWN.set(context, found);
  }
  return found;
}
