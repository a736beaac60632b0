import { parseRangeAddress } from "../address";
import { findSheet } from "../locate/locateTable";
import type { Rule } from "./types";

export const rule: Rule = {
  meta: {
    id: "formula-without-value",
    name: { nl: "Formule zonder berekende waarde", en: "Formula without a value" },
    category: "values",
    severity: "error",
    description: {
      nl: "Cellen met een formule hebben geen berekende waarde in het bestand.",
      en: "Cells with a formula have no calculated value in the file.",
    },
    docs: {
      details: {
        nl: "Excel bewaart bij elke formule de laatst berekende waarde; de controle leest die waarde. Een bestand dat door een ander programma is gemaakt, of is opgeslagen voordat Excel klaar was met rekenen, heeft die waarde niet: de cel lijkt dan leeg en elke controle erop zegt niets. Open het bestand in Excel, laat het rekenen (F9) en sla het op. Eén melding per tabel; andere regels melden die cellen dan niet nog eens als leeg.",
        en: "Excel stores the last calculated value of every formula, and the check reads that value. A file made by another program, or saved before Excel finished calculating, lacks it: the cell looks empty and every check on it says nothing. Open the file in Excel, let it calculate (F9) and save it. One finding per table; other rules then do not also report those cells as empty.",
      },
      bad: { quota: { cells: [["Periode", "Taakstelling", "Gehuisvest"], ["2024-H2", 42, null]], formulasWithoutValue: ["C2"] } },
      good: { quota: { cells: [["Periode", "Taakstelling", "Gehuisvest"], ["2024-H2", 42, 66]] } },
    },
    messages: {
      one: {
        nl: "Cel {{cell}} in {{table}} heeft een formule zonder berekende waarde; de controle kan haar niet lezen. Open het bestand in Excel, laat het rekenen (F9) en sla het op.",
        en: "Cell {{cell}} in {{table}} has a formula without a calculated value, which the check cannot read. Open the file in Excel, let it calculate (F9) and save it.",
      },
      many: {
        nl: "{{count}} cellen in {{table}} hebben een formule zonder berekende waarde (de eerste is {{cell}}); de controle kan ze niet lezen. Open het bestand in Excel, laat het rekenen (F9) en sla het op.",
        en: "{{count}} cells in {{table}} have a formula without a calculated value (the first is {{cell}}), which the check cannot read. Open the file in Excel, let it calculate (F9) and save it.",
      },
    },
  },
  check(model, context) {
    for (const table of Object.values(model.tables)) {
      const { located } = table;
      const sheet = findSheet(model.snapshot, located.sheet);
      if (!sheet?.formulasWithoutValue?.length) continue;
      const bottom = located.rows.length ? located.rows[located.rows.length - 1].row : located.headerRow;
      const inside = sheet.formulasWithoutValue.filter((address) => {
        const box = parseRangeAddress(address);
        return box !== null && box.top >= located.headerRow && box.top <= bottom && box.left >= located.left && box.left <= located.right;
      });
      if (inside.length === 0) continue;
      const data = { cell: inside[0], count: inside.length, table: located.tableName ?? table.spec.table };
      context.report({ messageId: inside.length === 1 ? "one" : "many", data, at: { sheet: located.sheet, table: table.spec.key, cell: inside[0] } });
    }
  },
};
