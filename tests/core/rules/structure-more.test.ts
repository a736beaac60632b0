import { rule as duplicateHeader } from "../../../src/core/rules/duplicate-header";
import { rule as renamedHeader } from "../../../src/core/rules/renamed-header";
import { rule as blankRowInTable } from "../../../src/core/rules/blank-row-in-table";
import { rule as mergedCells } from "../../../src/core/rules/merged-cells";
import { rule as numberStoredAsText } from "../../../src/core/rules/number-stored-as-text";
import { activity } from "./fixtures";
import { testRule } from "./ruleTester";

const ACTIVITY_HEADERS = ["ID", "Thema", "Afspraak", "Trekker", "Planning", "Status", "Toelichting", "Laatst bijgewerkt"];

testRule(duplicateHeader, {
  valid: [{ name: "distinct headers", fragment: { activities: { cells: [[...ACTIVITY_HEADERS, "Status vorig jaar"]] } } }],
  invalid: [
    { name: "Status twice, differing in case", fragment: { activities: { cells: [[...ACTIVITY_HEADERS, "status"]] } }, errors: [{ messageId: "duplicate", sheet: "Activiteiten", cell: "I1", includes: "'status'" }] },
  ],
});

testRule(renamedHeader, {
  valid: [{ name: "standard headers", fragment: { activities: { cells: [ACTIVITY_HEADERS] } } }],
  invalid: [
    {
      name: "Uitvoering and Nummer",
      fragment: { activities: { cells: [["Nummer", "Thema", "Afspraak", "Trekker", "Uitvoering", "Status", "Toelichting", "Laatst bijgewerkt"]] } },
      errors: [
        { messageId: "renamed", cell: "A1", includes: "'Nummer' wordt gelezen als 'ID'" },
        { messageId: "renamed", cell: "E1", includes: "'Planning'" },
      ],
    },
  ],
});

testRule(blankRowInTable, {
  valid: [
    { name: "trailing blank rows are not reported", fragment: { quota: [{ Periode: "2024-H1", Taakstelling: 46 }, {}, {}] } },
    { name: "no blank rows", fragment: { quota: [{ Periode: "2024-H1", Taakstelling: 46 }] } },
  ],
  invalid: [
    { name: "one blank row", fragment: { quota: [{ Periode: "2024-H1", Taakstelling: 46 }, {}, { Periode: "2024-H2", Taakstelling: 42 }] }, errors: [{ messageId: "blank", cell: "A3" }] },
    {
      name: "a run of blank rows is one finding",
      fragment: { activities: [activity(), {}, {}, {}, activity({ ID: "1.1b" }), {}, activity({ ID: "1.1c" })] },
      errors: [
        { messageId: "blankRun", cell: "A3", includes: "Rijen 3 t/m 5" },
        { messageId: "blank", cell: "A7" },
      ],
    },
  ],
});

testRule(mergedCells, {
  valid: [{ name: "merged title rows above a plain range are outside the table", fragment: { quota: { cells: [["Taakstelling Dronten", null, null], ["Periode", "Taakstelling", "Gehuisvest"], ["2024-H1", 46, 34]], merged: ["A1:C1"], plain: true } } }],
  invalid: [
    { name: "a quota merged over two half-years", fragment: { quota: { cells: [["Periode", "Taakstelling", "Gehuisvest"], ["2024-H1", 46, 34], ["2024-H2", null, 66]], merged: ["B2:B3"] } }, errors: [{ messageId: "merged", cell: "B2", includes: "B2:B3" }] },
  ],
});

testRule(numberStoredAsText, {
  valid: [
    { name: "real numbers", fragment: { quota: [{ Periode: "2024-H2", Taakstelling: 42, Gehuisvest: 66 }] } },
    { name: "approximate text is text on purpose", fragment: { activities: [activity({ Doelwaarde: "ca. 140" })] } },
  ],
  invalid: [
    { name: "42 as text", fragment: { quota: [{ Periode: "2024-H2", Taakstelling: "42" }] }, errors: [{ messageId: "text", cell: "B2" }] },
    { name: "a year as text", fragment: { measurements: [{ Indicator: "BZ-1", Jaar: "2024", Waarde: 3 }] }, errors: [{ messageId: "text", cell: "B2" }] },
  ],
});
