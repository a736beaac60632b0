import { cellAddress } from "../address";
import { plain } from "../format/formatNumber";
import type { Rule } from "./types";

export const rule: Rule = {
  meta: {
    id: "totals-row",
    name: { nl: "Totaalrij", en: "Totals row" },
    category: "structure",
    severity: "info",
    description: {
      nl: "Een tabel heeft een totaalrij; die wordt niet als gegevensrij gecontroleerd.",
      en: "A table has a totals row, which is not checked as a data row.",
    },
    docs: {
      details: {
        nl: "De totaalrij van een Excel-tabel (*Tabelontwerp > Totaalrij*) telt de kolommen op. Het is geen activiteit, periode of partij en wordt daarom overgeslagen. Deze melding zegt alleen dat dat is gebeurd, zodat niemand zich afvraagt waarom die rij niet in de telling zit.",
        en: "The totals row of an Excel table (*Table Design > Total Row*) adds up its columns. It is no activity, period or party and is skipped. This finding only says so, so nobody wonders why that row is not counted.",
      },
      bad: { quota: { cells: [["Periode", "Taakstelling"], ["2024-H2", 42], ["Totaal", 42]], totalsRowCount: 1 } },
      good: { quota: { cells: [["Periode", "Taakstelling"], ["2024-H2", 42]] } },
    },
    messages: {
      skipped: {
        nl: "Rij {{row}} is de totaalrij van {{table}} en wordt niet als gegevensrij gecontroleerd.",
        en: "Row {{row}} is the totals row of {{table}} and is not checked as a data row.",
      },
    },
  },
  check(model, context) {
    for (const table of Object.values(model.tables)) {
      const row = table.located.totalsRow;
      if (row === undefined) continue;
      context.report({ messageId: "skipped", data: { row: plain(row), table: table.located.tableName ?? table.spec.table }, at: { sheet: table.sheet, table: table.spec.key, cell: cellAddress(row, table.located.left) } });
    }
  },
};
