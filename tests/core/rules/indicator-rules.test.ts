import { rule as directionContradiction } from "../../../src/core/rules/direction-contradiction";
import { rule as targetEqualsBaseline } from "../../../src/core/rules/target-equals-baseline";
import { rule as percentNotationMixed } from "../../../src/core/rules/percent-notation-mixed";
import { rule as percentageAbove100 } from "../../../src/core/rules/percentage-above-100";
import { rule as unknownIndicator } from "../../../src/core/rules/unknown-indicator";
import { rule as indicatorWithoutMeasurement } from "../../../src/core/rules/indicator-without-measurement";
import { activity, indicator } from "./fixtures";
import { testRule } from "./ruleTester";

testRule(directionContradiction, {
  valid: [
    { name: "Toename upwards", fragment: { indicators: [indicator({ Richting: "Toename", Nulmeting: 295, Streefwaarde: 320, Eenheid: "aantal" })] } },
    { name: "Toename in words only", fragment: { indicators: [indicator({ Richting: "Toename", Streefwaarde: null, Streefjaar: null })] } },
    { name: "Maximaal below the baseline is fine", fragment: { indicators: [indicator({ Nulmeting: 0.04 })] } },
  ],
  invalid: [
    { name: "Toename with a lower target (GS-2 in the seed)", fragment: { indicators: [indicator({ Richting: "Toename", Nulmeting: "75%", Streefwaarde: "72%" })] }, errors: [{ messageId: "contradiction", cell: "F2", includes: "onder de nulmeting" }] },
    { name: "Afname with a higher target, mixed notations", fragment: { indicators: [indicator({ Richting: "Afname", Nulmeting: 0.3, Streefwaarde: 35 })] }, errors: [{ messageId: "contradiction", includes: "boven" }] },
  ],
});

testRule(targetEqualsBaseline, {
  valid: [{ name: "Maximaal equal to the baseline", fragment: { indicators: [indicator()] } }],
  invalid: [{ name: "Afname equal to the baseline", fragment: { indicators: [indicator({ Richting: "Afname" })] }, errors: [{ messageId: "equal", cell: "I2" }] }],
});

testRule(percentNotationMixed, {
  valid: [
    { name: "all fractions", fragment: { indicators: [indicator()], measurements: [{ Indicator: "BZ-1", Jaar: 2024, Waarde: 0.031 }] } },
    { name: "all with a % sign", fragment: { indicators: [indicator({ Nulmeting: "3%", Streefwaarde: "2,5%" })], measurements: [{ Indicator: "BZ-1", Jaar: 2024, Waarde: "2,9%" }] } },
    { name: "not a percentage indicator", fragment: { indicators: [indicator({ Eenheid: "aantal", Richting: "Toename", Nulmeting: 295, Streefwaarde: 320 })], measurements: [{ Indicator: "BZ-1", Jaar: 2024, Waarde: 0.5 }] } },
  ],
  invalid: [
    {
      name: "points in the indicator, a fraction in the measurement",
      fragment: { indicators: [indicator({ Nulmeting: 7.9, Streefwaarde: 6, Richting: "Afname" })], measurements: [{ Indicator: "BZ-1", Jaar: 2024, Waarde: 0.081 }] },
      errors: [{ messageId: "mixed", sheet: "Metingen", cell: "D2", includes: "Waarde 0,081 staat als percentage (7,9% of 0,079 met procentnotatie), de nulmeting van deze indicator als getal zonder %-teken (7,9). Beide tellen als percentage (8,1%)" }],
    },
    { name: "baseline and target differ", fragment: { indicators: [indicator({ Nulmeting: "7,9%", Streefwaarde: 6, Richting: "Afname" })] }, errors: [{ messageId: "mixed", cell: "I2" }] },
  ],
});

testRule(percentageAbove100, {
  valid: [{ name: "3 %", fragment: { indicators: [indicator()] } }, { name: "counts may be large", fragment: { indicators: [indicator({ Eenheid: "aantal", Nulmeting: 295, Streefwaarde: 320, Richting: "Toename" })] } }],
  invalid: [
    { name: "130 %", fragment: { indicators: [indicator({ Nulmeting: "130%" })] }, errors: [{ messageId: "outOfRange", cell: "G2" }] },
    { name: "a measurement of 790 % (7,9 typed into a % cell)", fragment: { indicators: [indicator()], measurements: [{ Indicator: "BZ-1", Jaar: 2024, Waarde: "790%" }] }, errors: [{ messageId: "outOfRange", sheet: "Metingen", cell: "D2" }] },
  ],
});

testRule(unknownIndicator, {
  valid: [{ name: "known ids, in any case", fragment: { indicators: [indicator()], measurements: [{ Indicator: "bz-1", Jaar: 2024, Waarde: 0.03 }], activities: [activity({ Indicator: "BZ-1" })] } }],
  invalid: [
    { name: "a measurement of KG-4", fragment: { indicators: [indicator()], measurements: [{ Indicator: "KG-4", Jaar: 2024, Waarde: 3 }] }, errors: [{ messageId: "unknown", sheet: "Metingen", cell: "A2" }] },
    { name: "an activity pointing at BZ-2 suggests BZ-1", fragment: { indicators: [indicator()], activities: [activity({ Indicator: "BZ-2" })] }, errors: [{ messageId: "didYouMean", sheet: "Activiteiten", cell: "K2", includes: "'BZ-1'" }] },
  ],
});

testRule(indicatorWithoutMeasurement, {
  valid: [{ name: "measured", fragment: { indicators: [indicator()], measurements: [{ Indicator: "BZ-1", Jaar: 2024, Waarde: 0.03 }] } }],
  invalid: [{ name: "never measured", fragment: { indicators: [indicator()] }, errors: [{ messageId: "none", cell: "A2" }] }],
});
