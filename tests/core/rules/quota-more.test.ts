import { rule as quotaPeriodSequence } from "../../../src/core/rules/quota-period-sequence";
import { rule as housedImplausible } from "../../../src/core/rules/housed-implausible";
import { rule as negativeCount } from "../../../src/core/rules/negative-count";
import { rule as planProjectedBacklog } from "../../../src/core/rules/plan-projected-backlog";
import { rule as planRealisationMissing } from "../../../src/core/rules/plan-realisation-missing";
import { DRONTEN_QUOTA, SETTINGS_OPENING_MINUS_5 } from "./fixtures";
import { testRule } from "./ruleTester";

/** The seed's 2025 monthly plan (seed 002 lines 720–760), January to June. */
const PLAN_2025_H1 = [
  ...["jan", "feb", "mrt", "apr", "mei", "jun"].map((m, i) => ({ Actie: "Toewijzing vrijkomende sociale huurwoningen", Maand: `${m} 2025`, Aantal: [7, 7, 8, 7, 8, 7][i] })),
  { Actie: "Flexwoningen", Maand: "jan 2025", Aantal: 19 },
  { Actie: "Flexwoningen", Maand: "feb 2025", Aantal: "-" },
  { Actie: "Flexwoningen", Maand: "mrt 2025", Aantal: 3 },
  { Actie: "De Thuisgevers", Maand: "mrt 2025", Aantal: 1 },
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

/** The same plan with realisation filled for January–April (fictitious: 46 of the 52 planned), May not yet. */
const REALISED_2025 = [6, 5, 7, 6];
const PLAN_2025_H1_REALISED = PLAN_2025_H1.map((row) => {
  const month = ["jan", "feb", "mrt", "apr"].indexOf(String(row.Maand).slice(0, 3));
  if (month < 0 || row.Maand === "dec 2025") return row;
  if (row.Actie.startsWith("Toewijzing")) return { ...row, Gerealiseerd: REALISED_2025[month] };
  return { ...row, Gerealiseerd: row.Actie === "Flexwoningen" && row.Maand === "mrt 2025" ? 2 : row.Aantal === "-" ? 0 : row.Aantal };
});
const PLAN_2025_H2 = [
  ...["jul", "aug", "sep", "okt", "nov", "dec"].map((m, i) => ({ Actie: "Toewijzing vrijkomende sociale huurwoningen", Maand: `${m} 2025`, Aantal: [8, 7, 8, 7, 7, 7][i] })),
  { Actie: "De Thuisgevers", Maand: "sep 2025", Aantal: 1 },
  { Actie: "Kamergewijze verhuur/amv", Maand: "okt 2025", Aantal: 8 },
  { Actie: "Transformatie gebouwen", Maand: "dec 2025", Aantal: "10-20" },
];
const WITH_H2_2025 = [...DRONTEN_QUOTA, { Periode: "Tweede helft 2025", Taakstelling: 44, Gehuisvest: null, "Opgave incl. achterstand": null, Saldo: null }];
const AS_STATED = DRONTEN_QUOTA.map((r) => (r.Periode === "Eerste helft 2024" ? { ...r, Gehuisvest: 18 } : r));

testRule(planProjectedBacklog, {
  valid: [
    { name: "a plan that covers the due", fragment: { quota: [{ Periode: "Eerste helft 2025", Taakstelling: 60, "Opgave incl. achterstand": 60 }], plan: PLAN_2025_H1 } },
    { name: "no plan, no projection", fragment: { quota: DRONTEN_QUOTA, settings: SETTINGS_OPENING_MINUS_5, plan: null } },
    {
      name: "the next half-year without a quota yet gives no finding of its own",
      fragment: { quota: [{ Periode: "Eerste helft 2025", Taakstelling: 60, "Opgave incl. achterstand": 60 }], plan: [...PLAN_2025_H1, ...PLAN_2025_H2] },
    },
  ],
  invalid: [
    {
      name: "the seed's 2025 plan: 67 against 76 due leaves 9 at 1 July 2025; the months already over are named",
      fragment: { quota: DRONTEN_QUOTA, settings: SETTINGS_OPENING_MINUS_5, plan: PLAN_2025_H1 },
      errors: [
        {
          messageId: "shortfall",
          sheet: "Taakstelling",
          cell: "D8",
          includes: "Verwachte achterstand op 1 juli 2025: 9. Opgave 76; nog niets gerealiseerd; gepland 67 (jan t/m jun 2025). Voor jan t/m mei 2025 is de realisatie nog niet ingevuld; die maanden tellen met het plan.",
        },
      ],
    },
    {
      name: "with the text's 18 housed in H1 2024 the stated figure leads and the computed one stands beside it",
      fragment: { quota: AS_STATED, settings: SETTINGS_OPENING_MINUS_5, plan: PLAN_2025_H1 },
      errors: [{ messageId: "shortfall", includes: "Verwachte achterstand op 1 juli 2025: 9 volgens de tabel (berekend 25). Opgave 76 volgens de tabel (berekend 92);" }],
    },
    {
      name: "realised months replace the plan, and both peilmomenten are projected: 1 July and 1 January",
      fragment: { quota: [...AS_STATED, WITH_H2_2025[7]], settings: SETTINGS_OPENING_MINUS_5, plan: [...PLAN_2025_H1_REALISED, ...PLAN_2025_H2] },
      errors: [
        {
          messageId: "shortfall",
          cell: "D8",
          includes: "Verwachte achterstand op 1 juli 2025: 15 volgens de tabel (berekend 31). Opgave 76 volgens de tabel (berekend 92); gerealiseerd 46 (jan t/m apr 2025); gepland 15 (mei, jun 2025). Voor mei 2025 is de realisatie nog niet ingevuld; die maand telt met het plan.",
        },
        {
          messageId: "shortfall",
          cell: "D9",
          includes: "Verwachte achterstand op 1 januari 2026: 0 volgens de tabel (berekend 12); bij de hoge schatting 0 volgens de tabel (berekend 2). Opgave 59 volgens de tabel (berekend 75); nog niets gerealiseerd; gepland 63 tot 73 (jul t/m dec 2025).",
        },
      ],
    },
  ],
});

testRule(planRealisationMissing, {
  valid: [
    { name: "January–May realised at 15 June (June is not over yet)", fragment: { plan: PLAN_2025_H1_REALISED.map((row) => (String(row.Maand).startsWith("mei") ? { ...row, Gerealiseerd: 7 } : row)) } },
    { name: "a month of the plan still to come", fragment: { plan: PLAN_2025_H2 } },
    {
      name: "in the second half-year the first half's months are for Gehuisvest, not for the projection",
      fragment: { plan: PLAN_2025_H1 },
      referenceDate: "2025-07-15",
    },
  ],
  invalid: [
    {
      name: "May 2025 is over and has no realisation: one finding, at the month's first row",
      fragment: { plan: PLAN_2025_H1_REALISED },
      errors: [{ messageId: "missing", sheet: "Planning", cell: "D6", includes: "Gerealiseerd voor mei 2025 is nog niet ingevuld: de verwachting voor 1 juli 2025 rekent die maand met het plan (8)." }],
    },
    {
      name: "a plan without the Gerealiseerd column: one finding at the table, naming the months",
      fragment: { plan: { cells: [["Actie", "Maand", "Aantal"], ...PLAN_2025_H1.map((row) => [row.Actie, row.Maand, row.Aantal])] } },
      errors: [{ messageId: "noColumn", sheet: "Planning", cell: "A1", includes: "rekent jan t/m mei 2025 met het plan" }],
    },
  ],
});
