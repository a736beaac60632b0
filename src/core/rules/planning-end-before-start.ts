import { localizedDate } from "../format/formatDate";
import { periodDates, type Period } from "../parse/period";
import { parsedValue } from "../model/parsedTable";
import type { Rule } from "./types";
import { cellTarget } from "./target";

export const rule: Rule = {
  meta: {
    id: "planning-end-before-start",
    name: { nl: "Planning eindigt vóór het begin", en: "Planning ends before it starts" },
    category: "time",
    severity: "error",
    description: {
      nl: "Een planning eindigt vóór hij begint, of de deadline ligt vóór het begin van de planning.",
      en: "A planning ends before it starts, or the deadline is before the planning starts.",
    },
    docs: {
      details: {
        nl: "`2028 - 2025` is vrijwel altijd een tikfout voor `2025 - 2028`, ook als het één deel is van een lijst met `;` (`2028 - 2025; 2025 - 2028`). Ook een Deadline vóór het begin van de Planning kan niet kloppen.",
        en: "`2028 - 2025` is almost always a typo for `2025 - 2028`, also as one part of a `;`-list (`2028 - 2025; 2025 - 2028`). A Deadline before the Planning starts cannot be right either.",
      },
      bad: { activities: [{ ID: "1.1a", Thema: "Wonen", Afspraak: "Nieuwbouw", Trekker: "OFW", Planning: "2028 - 2025", Status: "Niet gestart", "Laatst bijgewerkt": "2025-05-01" }] },
      good: { activities: [{ ID: "1.1a", Thema: "Wonen", Afspraak: "Nieuwbouw", Trekker: "OFW", Planning: "2025 - 2028", Status: "Niet gestart", "Laatst bijgewerkt": "2025-05-01" }] },
    },
    messages: {
      reversed: { nl: "{{header}} '{{text}}' eindigt vóór het begint.", en: "{{header}} '{{text}}' ends before it starts." },
      reversedPart: { nl: "{{header}} '{{text}}': het deel '{{part}}' eindigt vóór het begint.", en: "{{header}} '{{text}}': the part '{{part}}' ends before it starts." },
      deadlineBeforeStart: { nl: "{{header}} {{deadline}} ligt vóór het begin van de planning ({{start}}).", en: "{{header}} {{deadline}} is before the planning starts ({{start}})." },
    },
  },
  check(model, context) {
    const table = model.tables.activities;
    if (!table) return;
    const periods = table.parsedOf<Period>("schedule");
    const deadlines = table.parsedOf<string>("due");
    const rows = table.filledRows;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      const period = parsedValue(periods[row.index]);
      if (!period) continue;
      const { start, end } = periodDates(period);
      if (start && end && end < start) {
        context.report({ messageId: "reversed", data: { header: table.header("schedule"), text: row.text("schedule") }, at: cellTarget(table, row, "schedule") });
        continue;
      }
      if (period.reversed) {
        const data = { header: table.header("schedule"), text: row.text("schedule"), part: period.reversed.text };
        context.report({ messageId: "reversedPart", data, at: cellTarget(table, row, "schedule") });
        continue;
      }
      const deadline = parsedValue(deadlines[row.index]);
      if (start && deadline && deadline < start) {
        context.report({ messageId: "deadlineBeforeStart", data: { header: table.header("due"), deadline: localizedDate(deadline), start: localizedDate(start) }, at: cellTarget(table, row, "due") });
      }
    }
  },
};
