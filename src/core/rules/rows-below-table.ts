import { cellAddress } from "../address";
import { isBlank } from "../cell";
import { findSheet } from "../locate/locateTable";
import { cellAt } from "../locate/sheetGrid";
import { plain } from "../format/formatNumber";
import type { Rule } from "./types";

/** Most rows looked at below a table: a run longer than this is reported as "at least". */
const LOOK_BELOW = 100_000;

export const rule: Rule = {
  meta: {
    id: "rows-below-table",
    name: { nl: "Rijen onder de tabel", en: "Rows below the table" },
    category: "structure",
    severity: "error",
    description: {
      nl: "Direct onder een tabel staan gevulde rijen die niet bij de tabel horen.",
      en: "Filled rows directly below a table are not part of it.",
    },
    docs: {
      details: {
        nl: "Excel breidt een tabel niet altijd uit: rijen die zijn geplakt of door een ander programma zijn toegevoegd, vallen er soms net onder. Die rijen worden niet gecontroleerd en niet geteld, zonder dat iemand het merkt. Vergroot de tabel (*Tabelontwerp > Tabelgrootte wijzigen*) zodat hij de rijen omvat. Eén melding per tabel.",
        en: "Excel does not always grow a table: rows pasted in or added by another program may end up just below it. Those rows are neither checked nor counted, silently. Resize the table (*Table Design > Resize Table*) to include them. One finding per table.",
      },
      bad: { quota: { cells: [["Periode", "Taakstelling"], ["2024-H1", 46], ["2024-H2", 42]], tableRef: "A1:B2" } },
      good: { quota: { cells: [["Periode", "Taakstelling"], ["2024-H1", 46], ["2024-H2", 42]], tableRef: "A1:B3" } },
    },
    messages: {
      one: {
        nl: "Rij {{from}}, direct onder {{table}}, is gevuld maar hoort niet bij de tabel en wordt dus niet gecontroleerd. Vergroot de tabel tot en met rij {{to}}.",
        en: "Row {{from}}, directly below {{table}}, is filled but not part of the table, so it is not checked. Resize the table to include row {{to}}.",
      },
      many: {
        nl: "Rijen {{from}} t/m {{to}}, direct onder {{table}}, zijn gevuld maar horen niet bij de tabel en worden dus niet gecontroleerd ({{count}} rijen). Vergroot de tabel tot en met rij {{to}}.",
        en: "Rows {{from}} to {{to}}, directly below {{table}}, are filled but not part of the table, so they are not checked ({{count}} rows). Resize the table to include row {{to}}.",
      },
    },
  },
  check(model, context) {
    for (const table of Object.values(model.tables)) {
      const { located } = table;
      if (!located.tableName || !located.declared) continue;
      const sheet = findSheet(model.snapshot, located.sheet);
      if (!sheet) continue;
      const filled = (row: number) => {
        for (let c = located.left; c <= located.right; c++) if (!isBlank(cellAt(sheet, row, c))) return true;
        return false;
      };
      const from = located.declared.bottom + 1;
      let to = from - 1;
      while (to + 1 <= 1_048_576 && to - from < LOOK_BELOW && filled(to + 1)) to++;
      if (to < from) continue;
      const data = { from: plain(from), to: plain(to), count: to - from + 1, table: located.tableName };
      context.report({ messageId: to === from ? "one" : "many", data, at: { sheet: located.sheet, table: table.spec.key, cell: cellAddress(from, located.left) } });
    }
  },
};
