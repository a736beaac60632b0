import type { DutchNumber } from "../parse/parseDutchNumber";
import type { Rule } from "./types";
import { cellTarget } from "./target";

const NUMERIC = new Set(["number", "wholeNumber", "year"]);

export const rule: Rule = {
  meta: {
    id: "number-stored-as-text",
    name: { nl: "Getal als tekst", en: "Number stored as text" },
    category: "structure",
    severity: "info",
    description: {
      nl: "Een getal staat als tekst in de cel, zodat Excel er niet mee rekent.",
      en: "A number is stored as text, so Excel does not calculate with it.",
    },
    docs: {
      details: {
        nl: "Beleidsmonitor leest `42` of `7,9%` ook als tekst, maar `SOM`, filters en grafieken in Excel slaan tekst over. Het groene driehoekje van Excel zet de cel om naar een getal. Teksten met een toevoeging als `ca. 140` zijn bewust tekst en worden niet gemeld.",
        en: "Beleidsmonitor reads `42` or `7,9%` as text too, but Excel's SUM, filters and charts skip text. Texts with a qualifier like `ca. 140` are text on purpose and are not reported.",
      },
      bad: { quota: [{ Periode: "2024-H2", Taakstelling: "42" }] },
      good: { quota: [{ Periode: "2024-H2", Taakstelling: 42 }] },
    },
    messages: {
      text: { nl: "{{header}} '{{text}}' is tekst; Excel rekent er niet mee.", en: "{{header}} '{{text}}' is text; Excel does not calculate with it." },
    },
  },
  cells: { kinds: ["text"], byValue: true, columns: (_table, column) => NUMERIC.has(column.type) },
  checkCell({ table, row, column }, context) {
    const parsed = row.value<DutchNumber | number>(column.key);
    if (parsed === null) return;
    if (typeof parsed === "object" && (parsed.approx || parsed.currency)) return;
    context.report({ messageId: "text", data: { header: table.header(column.key), text: row.text(column.key) }, at: cellTarget(table, row, column.key) });
  },
};
