import type { Localized } from "../rules/types";
import type { Blocker } from "./tableLayout";

/** The sentences of the preview and the report, in both languages. */

const quote = (s: string) => `‘${s}’`;
/** `‘a’`, `‘a’ en ‘b’`, `‘a’, ‘b’ en ‘c’`. */
function names(items: readonly string[], lang: "nl" | "en"): string {
  const quoted = items.map(quote);
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} ${lang === "nl" ? "en" : "and"} ${quoted[quoted.length - 1]}`;
}

export const sentences = {
  createSheet: (sheet: string): Localized => ({ nl: `Blad ${quote(sheet)} aanmaken.`, en: `Create sheet ${quote(sheet)}.` }),

  createTable: (table: string, address: string, columns: number): Localized => ({
    nl: `Tabel ${table} met ${columns} kolommen en kopregel aanmaken in ${address}.`,
    en: `Create table ${table} with ${columns} columns and a header row in ${address}.`,
  }),

  convertRange: (table: string, address: string, rows: number, extra: readonly string[], rewritten: readonly string[]): Localized => ({
    nl:
      `Bereik ${address} omzetten in tabel ${table}; ${rows === 1 ? "de rij onder de kopregel blijft staan waar hij staat" : `de ${rows} rijen onder de kopregel blijven staan waar ze staan`}` +
      (extra.length ? `, ook de eigen kolom${extra.length > 1 ? "men" : ""} ${names(extra, "nl")}` : "") +
      "." +
      (rewritten.length ? ` Excel zet een tekstkop in kopcel ${rewritten.join(", ")}, die nu leeg is of een getal bevat.` : ""),
    en:
      `Turn range ${address} into table ${table}; ${rows === 1 ? "the row under the header stays where it is" : `the ${rows} rows under the header stay where they are`}` +
      (extra.length ? `, including your own column${extra.length > 1 ? "s" : ""} ${names(extra, "en")}` : "") +
      "." +
      (rewritten.length ? ` Excel puts a text header into header cell ${rewritten.join(", ")}, now empty or holding a number.` : ""),
  }),

  renameTable: (from: string, to: string): Localized => ({ nl: `Tabel ${quote(from)} hernoemen tot ${to}.`, en: `Rename table ${quote(from)} to ${to}.` }),

  blocked: (table: string, blocker: Blocker, address: string): Localized => {
    switch (blocker.reason) {
      case "merged":
        return {
          nl: `${table} niet aangemaakt: het bereik ${address} bevat samengevoegde cellen (${blocker.area}), en Excel maakt daar geen tabel van. Hef de samenvoeging op en kies opnieuw Inrichten.`,
          en: `${table} not created: range ${address} holds merged cells (${blocker.area}), which Excel cannot turn into a table. Unmerge them and choose Set up again.`,
        };
      case "duplicate-headers":
        return {
          nl: `${table} niet aangemaakt: de kop ${names(blocker.headers, "nl")} komt twee keer voor in ${address}, en Excel zou de tweede hernoemen. Maak de koppen verschillend en kies opnieuw Inrichten.`,
          en: `${table} not created: the header ${names(blocker.headers, "en")} appears twice in ${address}, and Excel would rename the second. Make the headers distinct and choose Set up again.`,
        };
      case "overlaps-table":
        return {
          nl: `${table} niet aangemaakt: het bereik ${address} overlapt tabel ${quote(blocker.table)}.`,
          en: `${table} not created: range ${address} overlaps table ${quote(blocker.table)}.`,
        };
      case "no-header":
        return {
          nl: `${table} niet aangemaakt: het blad heeft gegevens maar geen herkenbare kopregel. Zet de kopjes uit de standaard (bijvoorbeeld ID, Thema, Status) boven de gegevens.`,
          en: `${table} not created: the sheet holds data but no recognisable header row. Put the standard headers (such as ID, Thema, Status) above the data.`,
        };
    }
  },

  addColumn: (header: string, cell: string): Localized => ({
    nl: `Kolom ${quote(header)} toevoegen aan het eind van de tabel (${cell}).`,
    en: `Add column ${quote(header)} at the end of the table (${cell}).`,
  }),

  columnNotAdded: (header: string, cell: string): Localized => ({
    nl: `Kolom ${quote(header)} niet toegevoegd: ${cell} of de cellen eronder zijn al in gebruik. Maak de kolom rechts van de tabel vrij en kies opnieuw Inrichten.`,
    en: `Column ${quote(header)} not added: ${cell} or the cells below it are in use. Clear the column right of the table and choose Set up again.`,
  }),

  listValidation: (headers: readonly string[]): Localized => ({
    nl: `Keuzelijst voor ${names(headers, "nl")}, uit het verborgen blad Lijsten.`,
    en: `Drop-down list for ${names(headers, "en")}, from the hidden sheet Lijsten.`,
  }),

  numberFormat: (headers: readonly string[]): Localized => ({
    nl: `Datum- of getalnotatie voor ${names(headers, "nl")}.`,
    en: `Date or number format for ${names(headers, "en")}.`,
  }),

  textFormat: (headers: readonly string[]): Localized => ({
    nl: `Tekstopmaak voor ${names(headers, "nl")}, zodat invoer als =, + of - tekst blijft.`,
    en: `Text format for ${names(headers, "en")}, so that entries starting with =, + or - stay text.`,
  }),

  freeze: (rows: number): Localized => ({
    nl: rows === 1 ? "Kopregel vastzetten." : `Bovenste ${rows} rijen vastzetten (tot en met de kopregel).`,
    en: rows === 1 ? "Freeze the header row." : `Freeze the top ${rows} rows (through the header row).`,
  }),

  columnWidth: (headers: readonly string[]): Localized => ({
    nl: `Kolombreedte voor de nieuwe kolom${headers.length > 1 ? "men" : ""} ${names(headers, "nl")}.`,
    en: `Column width for the new column${headers.length > 1 ? "s" : ""} ${names(headers, "en")}.`,
  }),

  listsSheet: (created: boolean): Localized =>
    created
      ? { nl: "Verborgen blad Lijsten aanmaken met de keuzes voor Status, Richting, Rol en Trekker.", en: "Create the hidden sheet Lijsten with the choices for Status, Richting, Rol and Trekker." }
      : { nl: "Keuzes op het verborgen blad Lijsten bijwerken.", en: "Update the choices on the hidden sheet Lijsten." },
};
