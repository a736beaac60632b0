import { rule as planningEndBeforeStart } from "../../../src/core/rules/planning-end-before-start";
import { rule as activityOverdue } from "../../../src/core/rules/activity-overdue";
import { rule as staleRow } from "../../../src/core/rules/stale-row";
import { rule as measurementAfter } from "../../../src/core/rules/measurement-after-reference-date";
import { rule as targetYearBefore } from "../../../src/core/rules/target-year-before-baseline-year";
import { activity, indicator } from "./fixtures";
import { testRule } from "./ruleTester";

testRule(planningEndBeforeStart, {
  valid: [{ name: "a forward range with a deadline inside", fragment: { activities: [activity({ Planning: "2025 - 2028", Deadline: "2027-06-30" })] } }],
  invalid: [
    { name: "a reversed range", fragment: { activities: [activity({ Planning: "2028 - 2025" })] }, errors: [{ messageId: "reversed", cell: "G2" }] },
    // Issue 12: the envelope 2025–2028 hid the reversed first part.
    {
      name: "a reversed part of a ;-list",
      fragment: { activities: [activity({ Planning: "2028 - 2025; 2025 - 2028" })] },
      errors: [{ messageId: "reversedPart", cell: "G2", includes: "Planning '2028 - 2025; 2025 - 2028': het deel '2028 - 2025' eindigt vóór het begint." }],
    },
    { name: "a deadline before the start", fragment: { activities: [activity({ Planning: "2026", Deadline: "2025-12-01" })] }, errors: [{ messageId: "deadlineBeforeStart", cell: "H2", includes: "1 december 2025" }] },
  ],
});

testRule(activityOverdue, {
  valid: [
    { name: "planning still running", fragment: { activities: [activity({ Planning: "2025 - 2028" })] } },
    { name: "ended but Gereed", fragment: { activities: [activity({ Planning: "2024", Status: "Gereed" })] } },
    { name: "yearly agreements do not expire", fragment: { activities: [activity({ Planning: "Jaarlijks" })] } },
    { name: "a later reference date is not looked at before it", fragment: { activities: [activity({ Planning: "eerste helft 2025" })] }, referenceDate: "2025-06-30" },
  ],
  invalid: [
    { name: "deadline passed (plan van aanpak, 1 februari 2025)", fragment: { activities: [activity({ Planning: "2024", Deadline: "2025-02-01" })] }, errors: [{ messageId: "overdue", cell: "I2", includes: "1 februari 2025" }] },
    { name: "first half of 2025 ended at 1 July", fragment: { activities: [activity({ Planning: "eerste helft 2025", Status: "Niet gestart" })] }, referenceDate: "2025-07-01", errors: [{ messageId: "overdue", includes: "30 juni 2025" }] },
  ],
});

testRule(staleRow, {
  valid: [
    { name: "updated 45 days ago", fragment: { activities: [activity()] } },
    { name: "old but Gereed", fragment: { activities: [activity({ Status: "Gereed", "Laatst bijgewerkt": "2024-01-01" })] } },
  ],
  invalid: [
    { name: "updated 28 November 2024", fragment: { activities: [activity({ "Laatst bijgewerkt": "2024-11-28" })] }, errors: [{ messageId: "stale", cell: "N2", includes: "199 dagen" }] },
    {
      name: "a shorter period from Instellingen",
      fragment: { activities: [activity()], settings: [{ Instelling: "Peildatum", Waarde: "2025-06-15" }, { Instelling: "Signaleringstermijn (dagen)", Waarde: 30 }] },
      errors: [{ messageId: "stale", includes: "termijn 30 dagen" }],
    },
  ],
});

testRule(measurementAfter, {
  valid: [{ name: "measured in 2024", fragment: { measurements: [{ Indicator: "BZ-1", Jaar: 2024, Waarde: 3, Peildatum: "2024-12-31" }] } }],
  invalid: [
    { name: "a later year", fragment: { measurements: [{ Indicator: "BZ-1", Jaar: 2026, Waarde: 3 }] }, errors: [{ messageId: "laterYear", cell: "B2" }] },
    { name: "a later date in the same year", fragment: { measurements: [{ Indicator: "BZ-1", Jaar: 2025, Peildatum: "2025-09-01", Waarde: 3 }] }, errors: [{ messageId: "laterDate", cell: "C2", includes: "1 september 2025" }] },
  ],
});

testRule(targetYearBefore, {
  valid: [{ name: "2022 → 2028", fragment: { indicators: [indicator()] } }, { name: "the same year", fragment: { indicators: [indicator({ Streefjaar: 2022 })] } }],
  invalid: [
    { name: "2028 before 2030", fragment: { indicators: [indicator({ "Nulmeting jaar": 2030 })] }, errors: [{ messageId: "before", cell: "J2" }] },
  ],
});
