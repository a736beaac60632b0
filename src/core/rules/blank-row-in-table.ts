import { plain } from "../format/formatNumber";
import type { Rule } from "./types";

export const rule: Rule = {
  meta: {
    id: "blank-row-in-table",
    name: { nl: "Lege rij in een tabel", en: "Blank row in a table" },
    category: "structure",
    severity: "info",
    description: {
      nl: "Een tabel heeft lege rijen tussen gevulde rijen.",
      en: "A table has blank rows between filled rows.",
    },
    docs: {
      details: {
        nl: "Lege rijen tellen niet als ontbrekende gegevens en worden overgeslagen. Ze breken wel filters en sorteren in Excel; verwijder ze als ze niet bewust zijn. Een reeks opeenvolgende lege rijen is één melding.",
        en: "Blank rows are not missing data and are skipped. They do break filters and sorting in Excel. A run of consecutive blank rows is one finding.",
      },
      bad: { quota: [{ Periode: "2024-H1", Taakstelling: 46 }, {}, { Periode: "2024-H2", Taakstelling: 42 }] },
      good: { quota: [{ Periode: "2024-H1", Taakstelling: 46 }, { Periode: "2024-H2", Taakstelling: 42 }] },
    },
    messages: {
      blank: { nl: "Rij {{from}} is leeg, midden in tabel {{table}}.", en: "Row {{from}} is blank, inside table {{table}}." },
      blankRun: { nl: "Rijen {{from}} t/m {{to}} zijn leeg, midden in tabel {{table}}.", en: "Rows {{from}} to {{to}} are blank, inside table {{table}}." },
    },
  },
  check(model, context) {
    for (const table of Object.values(model.tables)) {
      const { rows } = table;
      let lastFilled = rows.length - 1;
      while (lastFilled >= 0 && rows[lastFilled].blank) lastFilled--;
      let start = -1;
      for (let i = 0; i <= lastFilled; i++) {
        if (rows[i].blank && start < 0) start = i;
        if (!rows[i].blank && start >= 0) {
          const from = rows[start].row;
          const to = rows[i - 1].row;
          const at = { sheet: table.sheet, table: table.spec.key, cell: rows[start].cell() };
          if (from === to) context.report({ messageId: "blank", data: { from: plain(from), table: table.spec.table }, at });
          else context.report({ messageId: "blankRun", data: { from: plain(from), to: plain(to), table: table.spec.table }, at });
          start = -1;
        }
      }
    }
  },
};
