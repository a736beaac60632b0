import { localizedDate } from "../format/formatDate";
import { quotaProjections } from "../quota/projection";
import { dueWords, missingWords, plannedWords, realisedWords, shortfallWords } from "../quota/projectionWords";
import { quotaLedger } from "../quota/quotaTable";
import type { Rule } from "./types";
import { cellTarget } from "./target";

const PLAN_H1_2025 = [
  { Actie: "Toewijzing vrijkomende sociale huurwoningen", Maand: "jan 2025", Aantal: 7, Gerealiseerd: 6 },
  { Actie: "Flexwoningen", Maand: "jan 2025", Aantal: 19, Gerealiseerd: 19 },
  { Actie: "Flexwoningen", Maand: "mrt 2025", Aantal: 3, Gerealiseerd: null },
];

export const rule: Rule = {
  meta: {
    id: "plan-projected-backlog",
    name: { nl: "Verwacht tekort op het peilmoment", en: "Expected shortfall at the reference point" },
    category: "quota",
    severity: "warning",
    description: {
      nl: "Wat al gerealiseerd is plus het maandplan (Planning) haalt de opgave niet: op een van de volgende twee peilmomenten blijft een achterstand.",
      en: "What is realised plus the monthly plan (Planning) does not reach the due: a backlog remains at one of the next two peilmomenten.",
    },
    docs: {
      details: {
        nl: "Peilmomenten zijn 1 januari en 1 juli; de controle kijkt naar het einde van het lopende halfjaar en naar het peilmoment daarna. De verwachte achterstand is opgave − al gerealiseerd − gepland in de overige maanden. Een maand met `Gerealiseerd` telt met wat gerealiseerd is, een maand zonder met het plan (ook als die maand al voorbij is: dat staat er dan bij); een bereik als `10-20` telt met het minimum, de hoge schatting staat ernaast. Het tweede peilmoment rekent door met wat het eerste naar verwachting overlaat. De opgave volgens de tabel is de officiële; wijkt de berekende af, dan staan beide er.",
        en: "Peilmomenten are 1 January and 1 July; the check looks at the end of the running half-year and the peilmoment after it. Expected backlog = due − realised − planned in the other months. A month with `Gerealiseerd` counts what was realised, a month without counts the plan (also when it is over: the finding says so); a range like `10-20` counts at its minimum, the high estimate beside it. The second peilmoment carries on from what the first is expected to leave. The stated due is the official one; a different computed due is shown beside it.",
      },
      bad: {
        quota: [{ Periode: "Eerste helft 2025", Taakstelling: 44, Gehuisvest: null, "Opgave incl. achterstand": 44 }],
        plan: PLAN_H1_2025,
      },
      good: {
        quota: [{ Periode: "Eerste helft 2025", Taakstelling: 28, Gehuisvest: null, "Opgave incl. achterstand": 28 }],
        plan: PLAN_H1_2025,
      },
    },
    messages: {
      shortfall: {
        nl: "Verwachte achterstand op {{peilmoment}}: {{shortfall}}. Opgave {{due}}; {{realised}}; {{planned}}.{{missing}}",
        en: "Expected backlog at {{peilmoment}}: {{shortfall}}. Due {{due}}; {{realised}}; {{planned}}.{{missing}}",
      },
    },
  },
  check(model, context) {
    const table = model.tables.quota;
    if (!table) return;
    const ledger = quotaLedger(table, model.settings.openingBalance);
    for (const projection of quotaProjections(ledger, model.tables.plan, context.referenceDate)) {
      if ((projection.shortfallStated ?? 0) <= 0 && (projection.shortfall ?? 0) <= 0) continue;
      const row = table.rows.find((r) => r.row === projection.row);
      if (!row) continue;
      context.report({
        messageId: "shortfall",
        data: {
          peilmoment: localizedDate(projection.peilmoment),
          shortfall: shortfallWords(projection),
          due: dueWords(projection),
          realised: realisedWords(projection),
          planned: plannedWords(projection),
          missing: missingWords(projection),
        },
        at: cellTarget(table, row, "due"),
      });
    }
  },
};
