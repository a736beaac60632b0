import { localizedDate } from "../format/formatDate";
import { activityTimings, isClosed } from "../activities/activityTiming";
import type { Rule } from "./types";
import { cellTarget } from "./target";

export const rule: Rule = {
  meta: {
    id: "activity-overdue",
    name: { nl: "Over tijd", en: "Overdue" },
    category: "time",
    severity: "warning",
    description: {
      nl: "De planning of deadline van een activiteit is verstreken op de peildatum, maar de status is niet Gereed of Vervallen.",
      en: "An activity's planning or deadline has passed at the reference date, but its status is not Gereed or Vervallen.",
    },
    docs: {
      details: {
        nl: "Telt de Deadline, en anders het einde van de Planning (`2026` eindigt op 31 december 2026, `eerste helft 2026` op 30 juni). Doorlopende en jaarlijkse afspraken verlopen niet. Zet de status op Gereed, Vertraagd (met toelichting) of Vervallen, of pas de planning aan.",
        en: "Uses the Deadline, else the end of the Planning. Continuous and yearly agreements do not expire. Set the status to Gereed, Vertraagd (with a note) or Vervallen, or change the planning.",
      },
      bad: { activities: [{ ID: "PvA-1", Thema: "Taakstelling", Afspraak: "Plan van aanpak indienen bij de provincie", Trekker: "Gemeente", Planning: "2024", Deadline: "2025-02-01", Status: "In uitvoering", "Laatst bijgewerkt": "2025-05-01" }] },
      good: { activities: [{ ID: "PvA-1", Thema: "Taakstelling", Afspraak: "Plan van aanpak indienen bij de provincie", Trekker: "Gemeente", Planning: "2024", Deadline: "2025-02-01", Status: "Gereed", "Laatst bijgewerkt": "2025-05-01" }] },
    },
    messages: {
      overdue: {
        nl: "De planning liep tot {{due}}, maar de status is '{{status}}'.",
        en: "The planning ran until {{due}}, but the status is '{{status}}'.",
      },
    },
  },
  check(model, context) {
    const table = model.tables.activities;
    if (!table) return;
    const rows = table.filledRows;
    // Overdue: not closed, and its due date before the reference date (`isOverdue`), read as columns.
    const { statuses, dueDates } = activityTimings(table);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      const due = dueDates[row.index];
      if (due === null || !(due < context.referenceDate) || isClosed(statuses[row.index])) continue;
      context.report({ messageId: "overdue", data: { due: localizedDate(due), status: row.text("status") || { nl: "leeg", en: "empty" } }, at: cellTarget(table, row, "status") });
    }
  },
};
