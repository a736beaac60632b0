import { isBlank } from "../cell";
import type { Rule } from "./types";
import { cellTarget } from "./target";

export const rule: Rule = {
  meta: {
    id: "period-unreadable",
    name: { nl: "Planning zonder tijd", en: "Planning without a time" },
    category: "values",
    severity: "warning",
    description: {
      nl: "Een planningstekst noemt geen enkele tijd en er is geen Deadline; de activiteit telt dan niet mee bij 'over tijd'.",
      en: "A planning text names no time at all and there is no Deadline; the activity then does not count towards 'overdue'.",
    },
    docs: {
      details: {
        nl: "Planning en Uitvoering zijn vrije tekst, en een tekst die zegt wanneer, hoe los ook, wordt gelezen: `2026`, `2025 - 2028`, `vanaf 2025`, `t/m 2030`, `Q2 2026`, `eerste helft 2026`, `in de loop van 2026`, `eind 2026`, `voor de zomer van 2027`, `uiterlijk 1 februari 2025`, `Jaarlijks`, `elk kwartaal`, `eens per 4 maanden`, `Doorlopend`, `Bij ieder nieuwbouwproject`, `binnen 6 maanden`, schema's als `2025: ca. 140 won. 2026 - 2028: ca 80 won.`, en lijsten met `;` deel voor deel (`In 2026; in het voorjaar`). Alleen een tekst zonder enige tijd erin (`zo snel mogelijk`, `n.t.b.` is een plaatshouder) wordt gemeld, en nooit als de Deadline is ingevuld: die zegt dan wanneer.",
        en: "Planning texts are free text, and a text that says when, however loosely, is read: `2026`, `2025 - 2028`, `vanaf 2025`, `Q2 2026`, `in de loop van 2026`, `voor de zomer van 2027`, `uiterlijk 1 februari 2025`, `Jaarlijks`, `eens per 4 maanden`, `Doorlopend`, `binnen 6 maanden`, quantity schedules and `;`-lists part by part. Only a text with no time in it at all is reported, and never when Deadline is filled: that says when.",
      },
      bad: { activities: [{ ID: "1.2c", Thema: "Wonen", Afspraak: "Huisvestingsverordening aanpassen", Trekker: "Gemeente", Planning: "zo snel mogelijk", Status: "Niet gestart", "Laatst bijgewerkt": "2025-05-01" }] },
      good: { activities: [{ ID: "1.2c", Thema: "Wonen", Afspraak: "Huisvestingsverordening aanpassen", Trekker: "Gemeente", Planning: "zo snel mogelijk", Deadline: "2026-07-01", Status: "Niet gestart", "Laatst bijgewerkt": "2025-05-01" }] },
    },
    messages: {
      unreadable: {
        nl: "{{header}} '{{text}}' noemt geen tijd; schrijf erbij wanneer, bijvoorbeeld '2026', '2025 - 2028', 'eind 2026' of 'Jaarlijks', of vul de Deadline in.",
        en: "{{header}} '{{text}}' names no time; add when, e.g. '2026', '2025 - 2028', 'eind 2026' or 'Jaarlijks', or fill in Deadline.",
      },
    },
  },
  check(model, context) {
    const table = model.tables.activities;
    if (!table?.has("schedule")) return;
    const due = table.offsetOf("due");
    const results = table.parsedOf("schedule");
    const rows = table.filledRows;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (due !== undefined && !isBlank(row.cells[due])) continue;
      const result = results[row.index];
      if (result && !result.ok && result.reason === "invalid") {
        context.report({ messageId: "unreadable", data: { header: table.header("schedule"), text: row.text("schedule") }, at: cellTarget(table, row, "schedule") });
      }
    }
  },
};
