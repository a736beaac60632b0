import { quotaLedger } from "../quota/quotaTable";
import type { Rule } from "./types";
import { cellTarget } from "./target";

export const rule: Rule = {
  meta: {
    id: "housed-implausible",
    name: { nl: "Gehuisvest ongewoon hoog", en: "Housed unusually high" },
    category: "quota",
    severity: "warning",
    description: {
      nl: "Het aantal gehuisveste vergunninghouders ligt ver boven de opgave van dat halfjaar.",
      en: "The number of housed permit holders is far above that half-year's due.",
    },
    docs: {
      details: {
        nl: "Meer huisvesten dan de opgave kan (een voorsprong), maar veel meer wijst vaak op een tikfout of een jaartotaal in een halfjaarcel. De grens is de opgave plus `Marge gehuisvest boven opgave (%)` uit Instellingen (standaard 50 %), met minstens 10 extra.",
        en: "Housing more than due is possible (a surplus), but far more often means a typo or a yearly total in a half-year cell. The limit is the due plus the `Marge gehuisvest boven opgave (%)` setting (default 50 %), at least 10 more.",
      },
      bad: { quota: [{ Periode: "2024-H2", Taakstelling: 42, Gehuisvest: 660 }] },
      good: { quota: [{ Periode: "2024-H2", Taakstelling: 42, Gehuisvest: 55 }] },
    },
    messages: {
      implausible: {
        nl: "Gehuisvest {{housed}} ligt ver boven de opgave {{due}} (grens {{limit}}); klopt het getal?",
        en: "Housed {{housed}} is far above the due {{due}} (limit {{limit}}); is the number right?",
      },
    },
  },
  check(model, context) {
    const table = model.tables.quota;
    if (!table) return;
    const margin = model.settings.housedMarginPercent / 100;
    for (const period of quotaLedger(table, model.settings.openingBalance).periods) {
      const due = period.due ?? period.statedDue ?? period.quota;
      if (period.housed === null || due === null) continue;
      const limit = Math.ceil(Math.max(due, 0) + Math.max(10, margin * Math.max(due, 0)));
      if (period.housed > limit) context.report({ messageId: "implausible", data: { housed: period.housed, due, limit }, at: cellTarget(table, period.row, "housed") });
    }
  },
};
