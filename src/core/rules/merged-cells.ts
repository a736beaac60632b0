import { rangeAddress } from "../address";
import type { Rule } from "./types";

export const rule: Rule = {
  meta: {
    id: "merged-cells",
    name: { nl: "Samengevoegde cellen", en: "Merged cells" },
    category: "structure",
    severity: "warning",
    description: {
      nl: "Samengevoegde cellen in of over een tabel.",
      en: "Merged cells inside or across a table.",
    },
    docs: {
      details: {
        nl: "Van samengevoegde cellen heeft alleen de eerste cel een waarde; de andere rijen lijken daardoor leeg. Excel kan samengevoegde cellen bovendien niet in een tabel omzetten. Maak de samenvoeging ongedaan en vul de waarde in elke rij in.",
        en: "Only the first cell of a merged area holds a value, so the other rows look empty. Excel also cannot turn merged cells into a table. Unmerge and fill the value in every row.",
      },
      bad: { quota: { cells: [["Periode", "Taakstelling", "Gehuisvest"], ["2024-H1", 46, 34], ["2024-H2", null, 66]], merged: ["B2:B3"] } },
      good: { quota: { cells: [["Periode", "Taakstelling", "Gehuisvest"], ["2024-H1", 46, 34], ["2024-H2", 42, 66]] } },
    },
    messages: {
      merged: { nl: "Cellen {{range}} zijn samengevoegd, binnen {{table}}.", en: "Cells {{range}} are merged, inside {{table}}." },
    },
  },
  check(model, context) {
    for (const table of Object.values(model.tables)) {
      for (const area of table.located.merged) {
        const range = rangeAddress(area);
        context.report({ messageId: "merged", data: { range, table: table.spec.table }, at: { sheet: table.sheet, table: table.spec.key, cell: range.split(":")[0] } });
      }
    }
  },
};
