import { parseRangeAddress, rangeAddress } from "../address";
import { findSheet, SPARE_COLUMNS, SPARE_ROWS } from "../locate/locateTable";
import { lastColumn, lastRow } from "../locate/sheetGrid";
import { normalizeText } from "../parse/normalizeText";
import { TABLES } from "../schema/tables";
import type { Rule } from "./types";

export const rule: Rule = {
  meta: {
    id: "table-range-invalid",
    name: { nl: "Tabelbereik klopt niet", en: "Table range is wrong" },
    category: "structure",
    severity: "warning",
    description: {
      nl: "Het bereik van een tabel is onleesbaar of veel groter dan de gegevens.",
      en: "A table's range is unreadable or far larger than its data.",
    },
    docs: {
      details: {
        nl: "Een tabel die tot rij 1.048.576 loopt, of waarvan het bereik in het bestand niet klopt, maakt Excel traag en verbergt waar de gegevens eindigen. De controle leest alleen de cellen die gevuld zijn en zegt hier hoe groot de tabel volgens het bestand is. Verklein de tabel (*Tabelontwerp > Tabelgrootte wijzigen*).",
        en: "A table reaching row 1,048,576, or whose range in the file is wrong, slows Excel down and hides where the data ends. The check reads only the filled cells and says here how large the file claims the table is. Resize the table (*Table Design > Resize Table*).",
      },
      bad: { quota: { cells: [["Periode", "Taakstelling"], ["2024-H2", 42]], tableRef: "A1:B1048576" } },
      good: { quota: { cells: [["Periode", "Taakstelling"], ["2024-H2", 42]], tableRef: "A1:B3" } },
    },
    messages: {
      enormous: {
        nl: "De tabel {{table}} beslaat volgens het bestand {{declared}}, maar de gegevens eindigen bij {{used}}; alleen de gevulde cellen zijn gelezen.",
        en: "The table {{table}} spans {{declared}} according to the file, but its data ends at {{used}}; only the filled cells were read.",
      },
      malformed: {
        nl: "Het bereik '{{ref}}' van de tabel {{table}} is onleesbaar; de gegevens zijn gezocht aan de hand van de kopregel op blad '{{sheet}}'.",
        en: "The range '{{ref}}' of table {{table}} cannot be read; the data was looked up by its header row on sheet '{{sheet}}'.",
      },
    },
  },
  check(model, context) {
    for (const table of Object.values(model.tables)) {
      const { located } = table;
      const declared = located.declared;
      const sheet = findSheet(model.snapshot, located.sheet);
      if (!declared || !located.tableName || !sheet) continue;
      const usedBottom = Math.max(located.headerRow, lastRow(sheet));
      const usedRight = Math.max(declared.left, lastColumn(sheet));
      if (declared.bottom - usedBottom <= SPARE_ROWS && declared.right - usedRight <= SPARE_COLUMNS) continue;
      const used = rangeAddress({ top: declared.top, left: declared.left, bottom: Math.min(declared.bottom, usedBottom), right: Math.min(declared.right, usedRight) });
      context.report({ messageId: "enormous", data: { table: located.tableName, declared: rangeAddress(declared), used }, at: { sheet: located.sheet, table: table.spec.key, cell: rangeAddress(declared).split(":")[0] } });
    }
    const contract = new Set(TABLES.map((t) => t.table.toLowerCase()));
    const sheets = new Set(TABLES.map((t) => normalizeText(t.sheet)));
    for (const ref of model.snapshot.tables) {
      if (parseRangeAddress(ref.address)) continue;
      if (!contract.has(ref.name.toLowerCase()) && !sheets.has(normalizeText(ref.sheet))) continue;
      const sheet = findSheet(model.snapshot, ref.sheet)?.name ?? ref.sheet;
      context.report({ messageId: "malformed", data: { ref: ref.address, table: ref.name, sheet }, at: { sheet, cell: "A1" } });
    }
  },
};
