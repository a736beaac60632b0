import { isPlaceholder } from "../parse/isPlaceholder";
import type { Rule } from "./types";
import { cellTarget } from "./target";

const NEEDS_NOTE = new Set(["Vertraagd", "Vervallen"]);
const WORDS_ONLY_DIRECTIONS = new Set(["Toename", "Afname"]);

/** The columns that another value of the row makes required (see `checkCell`). */
const CONDITIONAL = new Set(["activities.note", "indicators.target", "indicators.targetYear"]);

export const rule: Rule = {
  meta: {
    id: "required-value-missing",
    name: { nl: "Verplicht veld leeg", en: "Required field empty" },
    category: "completeness",
    severity: "error",
    description: {
      nl: "Een verplicht veld is leeg, ook de velden die pas verplicht zijn door een andere waarde.",
      en: "A required field is empty, including fields that another value makes required.",
    },
    docs: {
      details: {
        nl: "Verplicht volgens het standaardformaat van de werkmap: bijvoorbeeld ID, Thema, Afspraak, Trekker, Planning, Status en Laatst bijgewerkt bij activiteiten. Voorwaardelijk verplicht: Toelichting bij status Vertraagd of Vervallen, Streefwaarde behalve bij Toename/Afname in woorden, Streefjaar zodra er een streefwaarde is. Lege rijen tellen niet mee. Een tekst als `n.t.b.` meldt de regel `placeholder-value`.",
        en: "Required by the workbook format, e.g. ID, Theme, Agreement, Lead, Planning, Status and Last updated for activities. Conditionally required: Toelichting when the status is Vertraagd or Vervallen, Streefwaarde except for Toename/Afname in words, Streefjaar once there is a target. Blank rows do not count. Texts like `n.t.b.` are reported by `placeholder-value`.",
      },
      bad: {
        activities: [
          { ID: "1.1a", Thema: "Wonen", Afspraak: "Nieuwbouw 97 appartementen", Trekker: "OFW", Planning: "2026", Status: "Vertraagd", Toelichting: null, "Laatst bijgewerkt": "2025-05-01" },
        ],
      },
      good: {
        activities: [
          { ID: "1.1a", Thema: "Wonen", Afspraak: "Nieuwbouw 97 appartementen", Trekker: "OFW", Planning: "2026", Status: "Vertraagd", Toelichting: "Vergunning loopt vertraging op", "Laatst bijgewerkt": "2025-05-01" },
        ],
      },
    },
    messages: {
      missing: { nl: "{{header}} is leeg.", en: "{{header}} is empty." },
      noteForStatus: {
        nl: "{{header}} is verplicht bij status '{{status}}': licht toe waarom.",
        en: "{{header}} is required when the status is '{{status}}': explain why.",
      },
      targetForDirection: {
        nl: "{{header}} is verplicht bij richting '{{direction}}'.",
        en: "{{header}} is required for direction '{{direction}}'.",
      },
      targetYear: {
        nl: "{{header}} is verplicht zodra er een streefwaarde is.",
        en: "{{header}} is required once there is a target value.",
      },
    },
  },
  // Only the columns where a blank can be reported: the pass then skips the many blanks of optional columns.
  cells: { kinds: ["blank"], columns: (table, column) => column.required === true || (column.required !== false && CONDITIONAL.has(`${table.spec.key}.${column.key}`)) },
  checkCell({ table, row, column }, context) {
    const report = (messageId: string, data: Record<string, string> = {}) =>
      context.report({ messageId, data: { header: table.header(column.key), ...data }, at: cellTarget(table, row, column.key) });
    if (column.required === true) {
      report("missing");
      return;
    }
    if (table.spec.key === "activities" && column.key === "note") {
      const status = row.text("status");
      if (NEEDS_NOTE.has(status)) report("noteForStatus", { status });
    } else if (table.spec.key === "indicators" && column.key === "target") {
      const direction = row.text("direction");
      if (direction && !WORDS_ONLY_DIRECTIONS.has(direction)) report("targetForDirection", { direction });
    } else if (table.spec.key === "indicators" && column.key === "targetYear") {
      if (!row.isBlank("target") && !isPlaceholder(row.get("target") ?? null)) report("targetYear");
    }
  },
};
