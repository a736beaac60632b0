import { isCellError } from "../cell";
import type { Rule } from "./types";
import { cellTarget } from "./target";

export const rule: Rule = {
  meta: {
    id: "cell-error-value",
    name: { nl: "Foutwaarde in een cel", en: "Error value in a cell" },
    category: "structure",
    severity: "error",
    description: {
      nl: "Een gegevenscel bevat een Excel-foutwaarde zoals #VERW!, #N/B of #WAARDE!.",
      en: "A data cell holds an Excel error value such as #REF!, #N/A or #VALUE!.",
    },
    docs: {
      details: {
        nl: "Een foutwaarde ontstaat meestal door een formule die naar een verwijderde cel of een ander bestand verwijst. De waarde telt nergens mee en valt in een afgedrukt overzicht op. Herstel de formule of vul de waarde in.",
        en: "An error value usually comes from a formula pointing at a deleted cell or another file. It counts nowhere and stands out in a printed overview. Repair the formula or type the value.",
      },
      bad: { quota: [{ Periode: "2024-H1", Taakstelling: 46, Gehuisvest: { error: "#REF!" } }] },
      good: { quota: [{ Periode: "2024-H1", Taakstelling: 46, Gehuisvest: 34 }] },
    },
    messages: {
      error: { nl: "{{header}} bevat de foutwaarde {{error}}.", en: "{{header}} holds the error value {{error}}." },
    },
  },
  cells: { kinds: ["error"] },
  checkCell({ table, row, column, value }, context) {
    if (isCellError(value)) context.report({ messageId: "error", data: { header: table.header(column.key), error: value.error }, at: cellTarget(table, row, column.key) });
  },
};
