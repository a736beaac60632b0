import { compareHalfYears, halfYearLabel, nextHalfYear, type HalfYear } from "../parse/halfYear";
import type { ParsedRow } from "../model/parsedTable";
import { plain } from "../format/formatNumber";
import type { Rule } from "./types";
import { cellTarget } from "./target";

export const rule: Rule = {
  meta: {
    id: "quota-period-sequence",
    name: { nl: "Halfjaren niet aaneengesloten", en: "Half-years not consecutive" },
    category: "quota",
    severity: "error",
    description: {
      nl: "De halfjaren in Taakstelling zijn niet aaneengesloten: een halfjaar ontbreekt of staat er twee keer.",
      en: "The half-years in Taakstelling are not consecutive: one is missing or occurs twice.",
    },
    docs: {
      details: {
        nl: "De achterstand schuift van halfjaar naar halfjaar door. Ontbreekt er een, dan telt de achterstand van die periode niet mee; staat er een dubbel, dan telt hij twee keer. De volgorde in het blad maakt niet uit: Beleidsmonitor sorteert op periode.",
        en: "The backlog carries from half-year to half-year. A missing one drops its backlog; a duplicate counts it twice. The order on the sheet does not matter.",
      },
      bad: { quota: [{ Periode: "2024-H1", Taakstelling: 46 }, { Periode: "2025-H1", Taakstelling: 44 }] },
      good: { quota: [{ Periode: "2024-H1", Taakstelling: 46 }, { Periode: "2024-H2", Taakstelling: 42 }] },
    },
    messages: {
      gap: { nl: "Na {{previous}} ontbreekt {{missing}}.", en: "{{missing}} is missing after {{previous}}." },
      gapMany: { nl: "Na {{previous}} ontbreken {{count}} halfjaren ({{missing}} t/m {{last}}).", en: "{{count}} half-years are missing after {{previous}} ({{missing}} to {{last}})." },
      duplicate: { nl: "Halfjaar {{period}} staat ook in rij {{first}}.", en: "Half-year {{period}} also occurs in row {{first}}." },
    },
  },
  check(model, context) {
    const table = model.tables.quota;
    if (!table) return;
    const rows = table.filledRows
      .map((row) => ({ row, half: row.value<HalfYear>("period") }))
      .filter((r): r is { row: ParsedRow; half: HalfYear } => r.half !== null)
      .sort((a, b) => compareHalfYears(a.half, b.half) || a.row.row - b.row.row);
    for (let i = 1; i < rows.length; i++) {
      const previous = rows[i - 1];
      const current = rows[i];
      if (compareHalfYears(previous.half, current.half) === 0) {
        context.report({ messageId: "duplicate", data: { period: halfYearLabel(current.half), first: plain(previous.row.row) }, at: cellTarget(table, current.row, "period") });
        continue;
      }
      const missing: HalfYear[] = [];
      for (let h = nextHalfYear(previous.half); compareHalfYears(h, current.half) < 0 && missing.length < 100; h = nextHalfYear(h)) missing.push(h);
      if (missing.length === 1) {
        context.report({ messageId: "gap", data: { previous: halfYearLabel(previous.half), missing: halfYearLabel(missing[0]) }, at: cellTarget(table, current.row, "period") });
      } else if (missing.length > 1) {
        context.report({
          messageId: "gapMany",
          data: { previous: halfYearLabel(previous.half), count: missing.length, missing: halfYearLabel(missing[0]), last: halfYearLabel(missing[missing.length - 1]) },
          at: cellTarget(table, current.row, "period"),
        });
      }
    }
  },
};
