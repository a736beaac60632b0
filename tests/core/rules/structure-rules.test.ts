import { rule as tableMissing } from "../../../src/core/rules/table-missing";
import { rule as columnMissing } from "../../../src/core/rules/column-missing";
import { rule as cellErrorValue } from "../../../src/core/rules/cell-error-value";
import { activity } from "./fixtures";
import { testRule } from "./ruleTester";

testRule(tableMissing, {
  valid: [{ name: "the clean base workbook", fragment: {} }, { name: "the optional Planning table may be absent", fragment: { plan: null } }],
  invalid: [
    { name: "no Taakstelling sheet", fragment: { quota: null }, errors: [{ messageId: "noSheet", sheet: "Taakstelling", cell: null }] },
    {
      name: "a sheet without a recognisable header row",
      fragment: { activities: { cells: [["Overzicht"], ["iets anders"]], plain: true } },
      errors: [{ messageId: "noHeader", sheet: "Activiteiten", cell: "A1" }],
    },
    { name: "two tables missing give two findings, not one per row", fragment: { quota: null, indicators: null }, errors: [{ messageId: "noSheet", sheet: "Indicatoren" }, { messageId: "noSheet", sheet: "Taakstelling" }] },
  ],
});

testRule(columnMissing, {
  valid: [
    { name: "headers with odd case, spacing and a trailing year", fragment: { indicators: { cells: [["id", " Indicator ", "RICHTING", "Nulmeting", "Nulmeting  jaar", "Streefwaarde 2028", "Streefjaar", "Bron"]] } } },
    { name: "aliases: Uitvoering and Nr", fragment: { activities: { cells: [["Nr", "Thema", "Afspraak", "Trekker", "Uitvoering", "Status", "Toelichting", "Laatst bijgewerkt"]] } } },
  ],
  invalid: [
    {
      name: "Rol missing from Partijen",
      fragment: { parties: { cells: [["Partij", "Afkorting"], ["Gemeente Dronten", null]] } },
      errors: [{ messageId: "missing", sheet: "Partijen", cell: "A1", includes: "Rol" }],
    },
    {
      name: "conditional columns count as required columns",
      fragment: { activities: { cells: [["ID", "Thema", "Afspraak", "Trekker", "Planning", "Status", "Laatst bijgewerkt"]] } },
      errors: [{ messageId: "missing", includes: "Toelichting" }],
    },
  ],
});

testRule(cellErrorValue, {
  valid: [{ name: "values only", fragment: { activities: [activity()] } }],
  invalid: [
    { name: "#REF! in Gehuisvest", fragment: { quota: [{ Periode: "2024-H1", Taakstelling: 46, Gehuisvest: { error: "#REF!" } }] }, errors: [{ messageId: "error", sheet: "Taakstelling", cell: "C2", includes: "#REF!" }] },
    { name: "Dutch #WAARDE! in an activity", fragment: { activities: [activity({ Doelwaarde: { error: "#WAARDE!" } })] }, errors: [{ messageId: "error", cell: "L2" }] },
  ],
});
