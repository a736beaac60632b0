import { rule as requiredValueMissing } from "../../../src/core/rules/required-value-missing";
import { rule as placeholderValue } from "../../../src/core/rules/placeholder-value";
import { activity, indicator } from "./fixtures";
import { testRule } from "./ruleTester";

testRule(requiredValueMissing, {
  valid: [
    { name: "a clean activity", fragment: { activities: [activity()] } },
    { name: "blank rows inside the table are skipped", fragment: { activities: [activity(), {}, activity({ ID: "1.1b" })] } },
    { name: "Vertraagd with a Toelichting", fragment: { activities: [activity({ Status: "Vertraagd", Toelichting: "Vergunning loopt vertraging op" })] } },
    { name: "Toename in words needs no Streefwaarde", fragment: { indicators: [indicator({ Richting: "Toename", Streefwaarde: null, Streefjaar: null })] } },
    { name: "a placeholder is not an empty cell", fragment: { indicators: [indicator({ Nulmeting: "volgt in 2025" })] } },
  ],
  invalid: [
    { name: "Trekker empty", fragment: { activities: [activity({ Trekker: null })] }, errors: [{ messageId: "missing", sheet: "Activiteiten", cell: "E2", includes: "Activiteit 1.1a (rij 2): Trekker is leeg." }] },
    { name: "whitespace counts as empty", fragment: { activities: [activity({ Planning: "   " })] }, errors: [{ messageId: "missing", cell: "G2" }] },
    { name: "Vertraagd without Toelichting", fragment: { activities: [activity({ Status: "Vertraagd" })] }, errors: [{ messageId: "noteForStatus", cell: "J2" }] },
    { name: "Vervallen without Toelichting", fragment: { activities: [activity({ Status: "Vervallen" })] }, errors: [{ messageId: "noteForStatus", cell: "J2" }] },
    { name: "Maximaal needs a Streefwaarde", fragment: { indicators: [indicator({ Streefwaarde: null, Streefjaar: null })] }, errors: [{ messageId: "targetForDirection", cell: "I2" }] },
    { name: "a Streefwaarde needs a Streefjaar", fragment: { indicators: [indicator({ Streefjaar: null })] }, errors: [{ messageId: "targetYear", cell: "J2" }] },
    { name: "Bron of an indicator", fragment: { indicators: [indicator({ Bron: "" })] }, errors: [{ messageId: "missing", cell: "K2", includes: "Indicator BZ-1" }] },
  ],
});

testRule(placeholderValue, {
  valid: [
    { name: "a real baseline", fragment: { indicators: [indicator()] } },
    { name: "n.v.t. is an answer, not a placeholder", fragment: { activities: [activity({ Betrokkenen: "n.v.t." })] } },
    { name: "notes may say anything", fragment: { activities: [activity({ Toelichting: "volgt" })] } },
  ],
  invalid: [
    { name: "volgt in 2025", fragment: { indicators: [indicator({ Nulmeting: "volgt in 2025" })] }, errors: [{ messageId: "placeholder", cell: "G2", includes: "'volgt in 2025'" }] },
    { name: "n.t.b. in Planning", fragment: { activities: [activity({ Planning: "n.t.b." })] }, errors: [{ messageId: "placeholder", cell: "G2" }] },
    { name: "a question mark as Trekker", fragment: { activities: [activity({ Trekker: "?" })] }, errors: [{ messageId: "placeholder", cell: "E2" }] },
  ],
});
