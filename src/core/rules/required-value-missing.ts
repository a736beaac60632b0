import { isPlaceholder } from "../parse/isPlaceholder";
import type { ParsedRow, ParsedTable } from "../model/parsedTable";
import type { Rule, RuleContext } from "./types";
import { cellTarget } from "./target";

const NEEDS_NOTE = new Set(["Vertraagd", "Vervallen"]);
const WORDS_ONLY_DIRECTIONS = new Set(["Toename", "Afname"]);

function reportIfBlank(table: ParsedTable, row: ParsedRow, key: string, context: RuleContext, messageId: string, data: Record<string, string>): void {
  if (!table.has(key) || !row.isBlank(key)) return;
  context.report({ messageId, data: { header: table.header(key), ...data }, at: cellTarget(table, row, key) });
}

export const rule: Rule = {
  meta: {
    id: "required-value-missing",
    category: "completeness",
    severity: "error",
    description: {
      nl: "Een verplicht veld is leeg, ook de velden die pas verplicht zijn door een andere waarde.",
      en: "A required field is empty, including fields that another value makes required.",
    },
    docs: {
      details: {
        nl: "Verplicht volgens het werkboekformaat: bijvoorbeeld ID, Thema, Afspraak, Trekker, Planning, Status en Laatst bijgewerkt bij activiteiten. Voorwaardelijk verplicht: Toelichting bij status Vertraagd of Vervallen, Streefwaarde behalve bij Toename/Afname in woorden, Streefjaar zodra er een streefwaarde is. Lege rijen tellen niet mee. Een tekst als `n.t.b.` meldt de regel `placeholder-value`.",
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
  check(model, context) {
    for (const table of Object.values(model.tables)) {
      const required = table.spec.columns.filter((c) => c.required === true && table.has(c.key));
      for (const row of table.filledRows) {
        for (const column of required) {
          if (row.isBlank(column.key)) context.report({ messageId: "missing", data: { header: table.header(column.key) }, at: cellTarget(table, row, column.key) });
        }
        if (table.spec.key === "activities") {
          const status = row.text("status");
          if (NEEDS_NOTE.has(status)) reportIfBlank(table, row, "note", context, "noteForStatus", { status });
        }
        if (table.spec.key === "indicators") {
          const direction = row.text("direction");
          if (direction && !WORDS_ONLY_DIRECTIONS.has(direction)) reportIfBlank(table, row, "target", context, "targetForDirection", { direction });
          if (!row.isBlank("target") && !isPlaceholder(row.get("target") ?? null)) reportIfBlank(table, row, "targetYear", context, "targetYear", {});
        }
      }
    }
  },
};
