import { localizedDate } from "../format/formatDate";
import { activityTimings, isClosed, updatedBefore } from "../activities/activityTiming";
import { daysBetween } from "../parse/isoDate";
import type { Rule } from "./types";
import { cellTarget } from "./target";

export const rule: Rule = {
  meta: {
    id: "stale-row",
    name: { nl: "Lang niet bijgewerkt", en: "Not updated for long" },
    category: "time",
    severity: "warning",
    description: {
      nl: "Een lopende activiteit is langer dan de signaleringstermijn niet bijgewerkt.",
      en: "An open activity has not been updated for longer than the stale period.",
    },
    docs: {
      details: {
        nl: "De termijn staat in Instellingen (`Signaleringstermijn (dagen)`, standaard 90) en telt terug vanaf de peildatum. Activiteiten die Gereed of Vervallen zijn tellen niet mee. De trekker krijgt het bijwerken op zijn takenlijst.",
        en: "The period is set in Instellingen (default 90 days) and counts back from the reference date. Activities that are Gereed or Vervallen do not count.",
      },
      bad: { activities: [{ ID: "1.1a", Thema: "Wonen", Afspraak: "Nieuwbouw", Trekker: "OFW", Planning: "2026", Status: "In uitvoering", "Laatst bijgewerkt": "2024-11-01" }] },
      good: { activities: [{ ID: "1.1a", Thema: "Wonen", Afspraak: "Nieuwbouw", Trekker: "OFW", Planning: "2026", Status: "In uitvoering", "Laatst bijgewerkt": "2025-05-01" }] },
    },
    messages: {
      stale: {
        nl: "Laatst bijgewerkt op {{updated}}, {{days}} dagen voor de peildatum (termijn {{limit}} dagen).",
        en: "Last updated on {{updated}}, {{days}} days before the reference date (limit {{limit}} days).",
      },
    },
  },
  check(model, context) {
    const table = model.tables.activities;
    if (!table?.has("updated")) return;
    const rows = table.filledRows;
    // Stale: not closed, and last updated before the Signaleringstermijn (`isStale`), read as columns.
    const timings = activityTimings(table);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      const updated = timings.updated[row.index];
      if (updated === null || !updatedBefore(updated, model.settings, context.referenceDate) || isClosed(timings.statuses[row.index])) continue;
      context.report({
        messageId: "stale",
        data: { updated: localizedDate(updated), days: daysBetween(updated, context.referenceDate), limit: model.settings.staleDays },
        at: cellTarget(table, row, "updated"),
      });
    }
  },
};
