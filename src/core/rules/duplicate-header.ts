import type { Rule } from "./types";

export const rule: Rule = {
  meta: {
    id: "duplicate-header",
    name: { nl: "Kolomkop dubbel", en: "Duplicate header" },
    category: "structure",
    severity: "error",
    description: {
      nl: "Twee kolommen van één tabel hebben dezelfde kop.",
      en: "Two columns of one table have the same header.",
    },
    docs: {
      details: {
        nl: "De controle en de samenvatting lezen de eerste kolom met een kop; een tweede kolom met dezelfde kop (ook als alleen hoofdletters of spaties verschillen) wordt genegeerd en de gegevens daarin tellen niet mee. Geef de kolom een eigen naam of voeg de gegevens samen.",
        en: "The check and the summary read the first column with a header; a second column with the same header (even differing only in case or spaces) is ignored and its data does not count.",
      },
      bad: { activities: { cells: [["ID", "Thema", "Afspraak", "Trekker", "Planning", "Status", "Toelichting", "Laatst bijgewerkt", "status"]] } },
      good: { activities: { cells: [["ID", "Thema", "Afspraak", "Trekker", "Planning", "Status", "Toelichting", "Laatst bijgewerkt", "Status vorig jaar"]] } },
    },
    messages: {
      duplicate: {
        nl: "De kop '{{header}}' staat twee keer in {{table}}; alleen de eerste kolom ('{{first}}') wordt gelezen.",
        en: "Header '{{header}}' occurs twice in {{table}}; only the first column ('{{first}}') is read.",
      },
    },
  },
  check(model, context) {
    for (const table of Object.values(model.tables)) {
      for (const duplicate of table.located.duplicates) {
        context.report({
          messageId: "duplicate",
          data: { header: duplicate.header, table: table.spec.table, first: table.header(duplicate.key) },
          at: { sheet: table.sheet, table: table.spec.key, row: table.located.headerRow, column: duplicate.header, columnIndex: duplicate.index },
        });
      }
    }
  },
};
