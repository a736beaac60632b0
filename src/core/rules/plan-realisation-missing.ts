import { localizedDate } from "../format/formatDate";
import { halfYearEnd, halfYearOfIso } from "../parse/halfYear";
import { planMonths } from "../quota/monthlyPlan";
import { monthWords } from "../quota/monthWords";
import { count, numberWords } from "../format/formatNumber";
import type { Rule } from "./types";
import { cellTarget, tableTarget } from "./target";

const PLAN = [
  { Actie: "Toewijzing vrijkomende sociale huurwoningen", Maand: "apr 2025", Aantal: 7, Gerealiseerd: 6 },
  { Actie: "Toewijzing vrijkomende sociale huurwoningen", Maand: "mei 2025", Aantal: 8, Gerealiseerd: null },
  { Actie: "Toewijzing vrijkomende sociale huurwoningen", Maand: "jun 2025", Aantal: 7, Gerealiseerd: null },
];

export const rule: Rule = {
  meta: {
    id: "plan-realisation-missing",
    name: { nl: "Realisatie van een maand ontbreekt", en: "A month's realisation missing" },
    category: "completeness",
    severity: "warning",
    description: {
      nl: "Voor een maand van het lopende halfjaar die al voorbij is, staat in Planning nog geen Gerealiseerd.",
      en: "A month of the running half-year that is over has no Gerealiseerd in Planning yet.",
    },
    docs: {
      details: {
        nl: "Het COA deelt de realisatiecijfers per maand. Een maand met `Gerealiseerd` telt in de verwachting voor de peilmomenten met wat er echt is gehuisvest; een voorbije maand zonder telt nog met het plan, en dan is de verwachting te rooskleurig of te somber. De melding staat bij de eerste rij van de maand (één getal per maand volstaat, per actie mag ook) en komt op de takenlijst van de gemeente. Heeft Planning de kolom nog niet, dan voegt Inrichten hem toe.",
        en: "The COA shares realisation figures per month. A month with `Gerealiseerd` counts what was really housed in the projection to the peilmomenten; a month that is over without it still counts the plan. The finding is at the month's first row (one figure per month will do, per action is fine too) and lands on the municipality's to-do list. When Planning lacks the column, Inrichten adds it.",
      },
      bad: { plan: PLAN },
      good: { plan: PLAN.map((row) => (row.Maand === "mei 2025" ? { ...row, Gerealiseerd: 8 } : row)) },
    },
    messages: {
      missing: {
        nl: "Gerealiseerd voor {{month}} is nog niet ingevuld: de verwachting voor {{peilmoment}} rekent die maand met het plan ({{planned}}). Vul het COA-realisatiecijfer in.",
        en: "Gerealiseerd for {{month}} is not filled in yet: the projection to {{peilmoment}} counts that month as planned ({{planned}}). Fill in the COA's realisation figure.",
      },
      noColumn: {
        nl: "Planning heeft nog geen kolom Gerealiseerd: de verwachting voor {{peilmoment}} rekent {{months}} met het plan. Voeg de kolom toe (Inrichten doet dat) en vul de COA-realisatiecijfers in.",
        en: "Planning has no Gerealiseerd column yet: the projection to {{peilmoment}} counts {{months}} as planned. Add the column (Inrichten does) and fill in the COA's realisation figures.",
      },
    },
  },
  check(model, context) {
    const table = model.tables.plan;
    const half = halfYearOfIso(context.referenceDate);
    if (!table || !half) return;
    const reference = Number(context.referenceDate.slice(0, 4)) * 12 + Number(context.referenceDate.slice(5, 7));
    const over = planMonths(table).filter((m) => {
      const index = m.month.year * 12 + m.month.month;
      const inHalf = m.month.year === half.year && (half.half === 1 ? m.month.month <= 6 : m.month.month >= 7);
      return inHalf && index < reference && m.realised === null;
    });
    if (over.length === 0) return;
    const peilmoment = localizedDate(halfYearEnd(half));
    if (!table.has("realised")) {
      context.report({ messageId: "noColumn", data: { peilmoment, months: monthWords(over.map((m) => m.month)) }, at: tableTarget(table) });
      return;
    }
    for (const m of over) {
      const [low, high] = [numberWords(m.planned.min), numberWords(m.planned.max)];
      const planned = m.planned.max > m.planned.min ? { nl: `${low.nl} tot ${high.nl}`, en: `${low.en} to ${high.en}` } : count(m.planned.min);
      context.report({ messageId: "missing", data: { month: monthWords([m.month]), peilmoment, planned }, at: cellTarget(table, m.firstRow, "realised") });
    }
  },
};
