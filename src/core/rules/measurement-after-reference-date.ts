import { localizedDate } from "../format/formatDate";
import { plain } from "../format/formatNumber";
import type { Rule } from "./types";
import { cellTarget } from "./target";

export const rule: Rule = {
  meta: {
    id: "measurement-after-reference-date",
    name: { nl: "Meting na de peildatum", en: "Measurement after the reference date" },
    category: "time",
    severity: "warning",
    description: {
      nl: "Een meting ligt na de peildatum en telt daarom niet mee.",
      en: "A measurement lies after the reference date and therefore does not count.",
    },
    docs: {
      details: {
        nl: "De voortgang wordt berekend op de peildatum; een meting uit een later jaar of met een latere Peildatum is daar nog niet bekend en wordt overgeslagen. Meestal is het jaar verkeerd getypt, of is de peildatum in Instellingen verouderd.",
        en: "Progress is computed at the reference date; a later measurement is skipped. Usually the year is a typo, or the reference date in Instellingen is out of date.",
      },
      bad: { measurements: [{ Indicator: "BZ-1", Jaar: 2026, Waarde: 0.03 }] },
      good: { measurements: [{ Indicator: "BZ-1", Jaar: 2024, Waarde: 0.03 }] },
    },
    messages: {
      laterYear: { nl: "Jaar {{year}} ligt na de peildatum {{reference}}.", en: "Year {{year}} is after the reference date {{reference}}." },
      laterDate: { nl: "Peildatum van de meting {{date}} ligt na de peildatum {{reference}}.", en: "The measurement date {{date}} is after the reference date {{reference}}." },
    },
  },
  check(model, context) {
    const table = model.tables.measurements;
    if (!table) return;
    const referenceYear = Number(context.referenceDate.slice(0, 4));
    for (const row of table.filledRows) {
      const year = row.value<number>("year");
      const date = row.value<string>("date");
      if (year !== null && year > referenceYear) {
        context.report({ messageId: "laterYear", data: { year: plain(year), reference: localizedDate(context.referenceDate) }, at: cellTarget(table, row, "year") });
      } else if (date !== null && date > context.referenceDate) {
        context.report({ messageId: "laterDate", data: { date: localizedDate(date), reference: localizedDate(context.referenceDate) }, at: cellTarget(table, row, "date") });
      }
    }
  },
};
