import { localizedDate } from "../format/formatDate";
import { quotaProjection } from "../quota/projection";
import { quotaLedger } from "../quota/quotaTable";
import type { Rule } from "./types";
import { cellTarget } from "./target";

const PLAN_H1_2025 = [
  { Actie: "Toewijzing vrijkomende sociale huurwoningen", Maand: "jan 2025", Aantal: 7 },
  { Actie: "Flexwoningen", Maand: "jan 2025", Aantal: 19 },
  { Actie: "Flexwoningen", Maand: "mrt 2025", Aantal: 3 },
];

export const rule: Rule = {
  meta: {
    id: "plan-projected-backlog",
    category: "quota",
    severity: "warning",
    description: {
      nl: "Het maandplan (Planning) haalt de opgave van het lopende halfjaar niet: op het volgende peilmoment blijft een achterstand.",
      en: "The monthly plan (Planning) does not reach the running half-year's due: a backlog remains at the next peilmoment.",
    },
    docs: {
      details: {
        nl: "Peilmomenten zijn 1 januari en 1 juli. De verwachte achterstand is opgave − al gehuisvest − gepland in de resterende maanden; een bereik als `10-20` telt met het minimum. Wijkt de vermelde opgave af van de berekende, dan noemt de melding beide. In het plan van aanpak van Dronten voor 2025 staat 67 gepland tegen een opgave van 76 op 1 juli 2025: 9 tekort, wat de tekst zelf niet noemt.",
        en: "Peilmomenten are 1 January and 1 July. Expected backlog = due − housed so far − planned in the remaining months; a range like `10-20` counts at its minimum.",
      },
      bad: {
        quota: [{ Periode: "Eerste helft 2025", Taakstelling: 44, Gehuisvest: null, "Opgave incl. achterstand": 44 }],
        plan: PLAN_H1_2025,
      },
      good: {
        quota: [{ Periode: "Eerste helft 2025", Taakstelling: 29, Gehuisvest: null, "Opgave incl. achterstand": 29 }],
        plan: PLAN_H1_2025,
      },
    },
    messages: {
      shortfall: {
        nl: "Het maandplan voorziet {{planned}} huisvestingen in {{period}} tegen een opgave van {{due}}: verwachte achterstand op {{peilmoment}} is {{shortfall}}.",
        en: "The monthly plan provides {{planned}} housings in {{period}} against a due of {{due}}: expected backlog at {{peilmoment}} is {{shortfall}}.",
      },
      shortfallBoth: {
        nl: "Het maandplan voorziet {{planned}} huisvestingen in {{period}} tegen een berekende opgave van {{due}} (de tabel vermeldt {{statedDue}}): verwachte achterstand op {{peilmoment}} is {{shortfall}} ({{shortfallStated}} volgens de vermelde opgave).",
        en: "The monthly plan provides {{planned}} housings in {{period}} against a computed due of {{due}} (the table states {{statedDue}}): expected backlog at {{peilmoment}} is {{shortfall}} ({{shortfallStated}} by the stated due).",
      },
    },
  },
  check(model, context) {
    const table = model.tables.quota;
    if (!table) return;
    const projection = quotaProjection(quotaLedger(table, model.settings.openingBalance), model.tables.plan, context.referenceDate);
    if (!projection) return;
    const row = table.rows.find((r) => r.row === projection.row);
    if (!row) return;
    const planned = projection.planned + (projection.realised ?? 0);
    const peilmoment = localizedDate(projection.peilmoment);
    const differs = projection.statedDue !== null && projection.due !== null && projection.statedDue !== projection.due;
    if (differs && ((projection.shortfall ?? 0) > 0 || (projection.shortfallStated ?? 0) > 0)) {
      context.report({
        messageId: "shortfallBoth",
        data: { planned, period: row.text("period"), due: projection.due!, statedDue: projection.statedDue!, peilmoment, shortfall: projection.shortfall!, shortfallStated: projection.shortfallStated! },
        at: cellTarget(table, row, "due"),
      });
      return;
    }
    const due = projection.due ?? projection.statedDue;
    const shortfall = projection.shortfall ?? projection.shortfallStated;
    if (due === null || shortfall === null || shortfall <= 0) return;
    context.report({ messageId: "shortfall", data: { planned, period: row.text("period"), due, peilmoment, shortfall }, at: cellTarget(table, row, "due") });
  },
};
