import { rule as quotaPeriodSequence } from "../../../src/core/rules/quota-period-sequence";
import { rule as housedImplausible } from "../../../src/core/rules/housed-implausible";
import { rule as negativeCount } from "../../../src/core/rules/negative-count";
import { rule as planProjectedBacklog } from "../../../src/core/rules/plan-projected-backlog";
import { DRONTEN_QUOTA, SETTINGS_OPENING_MINUS_5 } from "./fixtures";
import { testRule } from "./ruleTester";

/** The seed's 2025 monthly plan (seed 002 lines 720–760), January to June. */
const PLAN_2025_H1 = [
  ...["jan", "feb", "mrt", "apr", "mei", "jun"].map((m, i) => ({ Actie: "Toewijzing vrijkomende sociale huurwoningen", Maand: `${m} 2025`, Aantal: [7, 7, 8, 7, 8, 7][i] })),
  { Actie: "Flexwoningen", Maand: "jan 2025", Aantal: 19 },
  { Actie: "Flexwoningen", Maand: "feb 2025", Aantal: "-" },
  { Actie: "Flexwoningen", Maand: "mrt 2025", Aantal: 3 },
  { Actie: "De Thuisgevers", Maand: "mrt 2025", Aantal: 1 },
  { Actie: "Transformatie gebouwen", Maand: "dec 2025", Aantal: "10-20" },
];

testRule(quotaPeriodSequence, {
  valid: [
    { name: "Dronten 2022–2025", fragment: { quota: DRONTEN_QUOTA } },
    { name: "order on the sheet does not matter", fragment: { quota: [{ Periode: "2024-H2", Taakstelling: 42 }, { Periode: "1e helft 2024", Taakstelling: 46 }] } },
  ],
  invalid: [
    { name: "one gap", fragment: { quota: [{ Periode: "2024-H1", Taakstelling: 46 }, { Periode: "2025-H1", Taakstelling: 44 }] }, errors: [{ messageId: "gap", cell: "A3", includes: "2024-H2" }] },
    { name: "a longer gap", fragment: { quota: [{ Periode: "2022-H1", Taakstelling: 24 }, { Periode: "2024-H1", Taakstelling: 46 }] }, errors: [{ messageId: "gapMany", includes: "3 halfjaren" }] },
    { name: "the same half-year written two ways", fragment: { quota: [{ Periode: "2024-H2", Taakstelling: 42 }, { Periode: "tweede helft 2024", Taakstelling: 42 }] }, errors: [{ messageId: "duplicate", cell: "A3", includes: "rij 2" }] },
  ],
});

testRule(housedImplausible, {
  valid: [{ name: "Dronten's real counts", fragment: { quota: DRONTEN_QUOTA, settings: SETTINGS_OPENING_MINUS_5 } }],
  invalid: [{ name: "a yearly total typed into a half-year", fragment: { quota: [{ Periode: "2024-H2", Taakstelling: 42, Gehuisvest: 660 }] }, errors: [{ messageId: "implausible", cell: "C2" }] }],
});

testRule(negativeCount, {
  valid: [{ name: "a negative balance is a backlog, not a count", fragment: { quota: DRONTEN_QUOTA, settings: SETTINGS_OPENING_MINUS_5 } }],
  invalid: [
    { name: "negative housed", fragment: { quota: [{ Periode: "2024-H2", Taakstelling: 42, Gehuisvest: -66 }] }, errors: [{ messageId: "negative", cell: "C2" }] },
    { name: "a negative planned count", fragment: { plan: [{ Actie: "Flexwoningen", Maand: "jan 2025", Aantal: -3 }] }, errors: [{ messageId: "negative", sheet: "Planning", cell: "C2" }] },
  ],
});

testRule(planProjectedBacklog, {
  valid: [
    { name: "a plan that covers the due", fragment: { quota: [{ Periode: "Eerste helft 2025", Taakstelling: 60, "Opgave incl. achterstand": 60 }], plan: PLAN_2025_H1 } },
    { name: "no plan, no projection", fragment: { quota: DRONTEN_QUOTA, settings: SETTINGS_OPENING_MINUS_5, plan: null } },
  ],
  invalid: [
    {
      name: "the seed's 2025 plan: 67 against 76 due leaves 9 at 1 July 2025",
      fragment: { quota: DRONTEN_QUOTA, settings: SETTINGS_OPENING_MINUS_5, plan: PLAN_2025_H1 },
      errors: [{ messageId: "shortfall", sheet: "Taakstelling", cell: "D8", includes: "67 huisvestingen in Eerste helft 2025 tegen een opgave van 76: verwachte achterstand op 1 juli 2025 is 9" }],
    },
    {
      name: "with the text's 18 housed in H1 2024 both dues are named",
      fragment: { quota: DRONTEN_QUOTA.map((r) => (r.Periode === "Eerste helft 2024" ? { ...r, Gehuisvest: 18 } : r)), settings: SETTINGS_OPENING_MINUS_5, plan: PLAN_2025_H1 },
      errors: [{ messageId: "shortfallBoth", includes: "berekende opgave van 92 (de tabel vermeldt 76): verwachte achterstand op 1 juli 2025 is 25 (9 volgens de vermelde opgave)" }],
    },
  ],
});
