import { plain } from "../format/formatNumber";
import { firstOccurrences } from "../model/firstOccurrences";
import { trimmedText } from "../model/parsedTable";
import type { Rule } from "./types";
import { cellTarget } from "./target";

/** `id.toLowerCase()` without a new string (and so a new hash) when nothing changes: IDs are mostly `1.2a`, `BZ-1`. */
function lowerCase(id: string): string {
  for (let i = 0; i < id.length; i++) {
    const code = id.charCodeAt(i);
    if ((code >= 65 && code <= 90) || code >= 128) return id.toLowerCase();
  }
  return id;
}

const KEYED_TABLES = ["activities", "indicators"] as const;

export const rule: Rule = {
  meta: {
    id: "duplicate-id",
    name: { nl: "ID dubbel", en: "Duplicate ID" },
    category: "references",
    severity: "error",
    description: {
      nl: "Een ID komt meer dan één keer voor in dezelfde tabel.",
      en: "An ID occurs more than once in the same table.",
    },
    docs: {
      details: {
        nl: "Activiteiten en indicatoren worden overal bij hun ID genoemd: in Metingen, in de verwijzing vanuit Activiteiten, in de samenvatting en in het overleg. Twee rijen met hetzelfde ID maken elke verwijzing dubbelzinnig. Elke herhaling wordt gemeld, met de rij van het eerste voorkomen.",
        en: "Activities and indicators are referred to by ID everywhere. Two rows with the same ID make every reference ambiguous. Every repeat is reported, with the row of the first occurrence.",
      },
      bad: {
        indicators: [
          { ID: "BZ-1", Indicator: "% huishoudens met een laag inkomen", Richting: "Maximaal", Nulmeting: 0.03, "Nulmeting jaar": 2022, Streefwaarde: 0.03, Streefjaar: 2028, Bron: "CBS" },
          { ID: "BZ-1", Indicator: "% huishoudens dat moeite heeft met rondkomen", Richting: "Maximaal", Nulmeting: 0.32, "Nulmeting jaar": 2024, Streefwaarde: 0.32, Streefjaar: 2028, Bron: "Nibud" },
        ],
      },
      good: {
        indicators: [
          { ID: "BZ-1", Indicator: "% huishoudens met een laag inkomen", Richting: "Maximaal", Nulmeting: 0.03, "Nulmeting jaar": 2022, Streefwaarde: 0.03, Streefjaar: 2028, Bron: "CBS" },
          { ID: "BZ-2", Indicator: "% huishoudens dat moeite heeft met rondkomen", Richting: "Maximaal", Nulmeting: 0.32, "Nulmeting jaar": 2024, Streefwaarde: 0.32, Streefjaar: 2028, Bron: "Nibud" },
        ],
      },
    },
    messages: {
      duplicate: {
        nl: "ID '{{id}}' komt al voor in rij {{first}}.",
        en: "ID '{{id}}' already occurs in row {{first}}.",
      },
    },
  },
  check(model, context) {
    for (const key of KEYED_TABLES) {
      const table = model.tables[key];
      if (!table?.has("id")) continue;
      const offset = table.offsetOf("id")!;
      const rows = table.filledRows;
      // `1.1a` and `1.1A ` are the same activity to a reader.
      const ids = rows.map((row) => lowerCase(trimmedText(row.cells[offset])));
      const first = firstOccurrences(ids);
      for (let r = 0; r < rows.length; r++) {
        if (first[r] < 0 || first[r] === r) continue;
        const row = rows[r];
        const data = { id: trimmedText(row.cells[offset]), first: plain(rows[first[r]].row) };
        context.report({ messageId: "duplicate", data, at: cellTarget(table, row, "id") });
      }
    }
  },
};
