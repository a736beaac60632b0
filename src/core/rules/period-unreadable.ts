import type { Rule } from "./types";
import { cellTarget } from "./target";

export const rule: Rule = {
  meta: {
    id: "period-unreadable",
    category: "values",
    severity: "warning",
    description: {
      nl: "Een planningstekst is niet te lezen als periode; de activiteit telt dan niet mee bij 'over tijd'.",
      en: "A planning text cannot be read as a period; the activity then does not count towards 'overdue'.",
    },
    docs: {
      details: {
        nl: "Planning en Uitvoering zijn vrije tekst. Gelezen worden onder meer `2026`, `2025 - 2028`, `vanaf 2025`, `t/m 2030`, `Q2 2026`, `eerste helft 2026`, `eind 2026`, `Jaarlijks`, `elk kwartaal`, `Doorlopend`, `Bij ieder nieuwbouwproject` en schema's als `2025: ca. 140 won. 2026 - 2028: ca 80 won.`. Wat daarbuiten valt wordt niet geraden: de tekst wordt geciteerd, zodat de trekker er een leesbare periode van kan maken.",
        en: "Planning texts are free text. Forms such as `2026`, `2025 - 2028`, `vanaf 2025`, `Q2 2026`, `Jaarlijks`, `Doorlopend` and quantity schedules are read. Anything else is not guessed: the text is quoted so the lead party can make it readable.",
      },
      bad: { activities: [{ ID: "1.2c", Thema: "Wonen", Afspraak: "Huisvestingsverordening aanpassen", Trekker: "Gemeente", Planning: "Afhankelijk van de ingangsdatum van de wet", Status: "Niet gestart", "Laatst bijgewerkt": "2025-05-01" }] },
      good: { activities: [{ ID: "1.2c", Thema: "Wonen", Afspraak: "Huisvestingsverordening aanpassen", Trekker: "Gemeente", Planning: "tweede helft 2026", Status: "Niet gestart", "Laatst bijgewerkt": "2025-05-01" }] },
    },
    messages: {
      unreadable: {
        nl: "{{header}} '{{text}}' is niet te lezen als periode; schrijf bijvoorbeeld '2026', '2025 - 2028', 'eind 2026' of 'Jaarlijks'.",
        en: "{{header}} '{{text}}' cannot be read as a period; write e.g. '2026', '2025 - 2028', 'eind 2026' or 'Jaarlijks'.",
      },
    },
  },
  check(model, context) {
    const table = model.tables.activities;
    if (!table?.has("schedule")) return;
    for (const row of table.filledRows) {
      const result = row.parsed("schedule");
      if (result && !result.ok && result.reason === "invalid") {
        context.report({ messageId: "unreadable", data: { header: table.header("schedule"), text: row.text("schedule") }, at: cellTarget(table, row, "schedule") });
      }
    }
  },
};
