import { rule as quotaStatedMismatch } from "../../../src/core/rules/quota-stated-mismatch";
import { DRONTEN_QUOTA, SETTINGS_OPENING_MINUS_5 } from "./fixtures";
import type { FragmentRow } from "../../../src/core/rules/fragment";
import { testRule } from "./ruleTester";

const change = (period: string, patch: FragmentRow) => (rows: FragmentRow[]): FragmentRow[] => rows.map((row) => (row.Periode === period ? { ...row, ...patch } : row));
const withHousedH1_2024 = (housed: number) => change("Eerste helft 2024", { Gehuisvest: housed })(DRONTEN_QUOTA);

// The root-cause rule of workbook-format.md (Stated figures and their root cause): each stated row checked
// against its own neighbours; one finding at the cell that breaks it, none at rows that only follow.
testRule(quotaStatedMismatch, {
  valid: [
    { name: "Dronten's table with the housed counts it implies", fragment: { quota: DRONTEN_QUOTA, settings: SETTINGS_OPENING_MINUS_5 } },
    { name: "a half-year without a housed count yet", fragment: { quota: DRONTEN_QUOTA.slice(5), settings: [{ Instelling: "Beginsaldo taakstelling", Waarde: -56 }] } },
    {
      name: "a table that states only dues, each following from the housed counts",
      fragment: { quota: DRONTEN_QUOTA.map((row) => ({ ...row, Saldo: null })), settings: SETTINGS_OPENING_MINUS_5 },
    },
  ],
  invalid: [
    {
      name: "a housed count against a stated balance: the text's 18 in H1 2024, where Opgave 90 and Saldo -56 imply 34; the chain that follows gets nothing",
      fragment: { quota: withHousedH1_2024(18), settings: SETTINGS_OPENING_MINUS_5 },
      errors: [
        {
          messageId: "housed",
          sheet: "Taakstelling",
          cell: "C6",
          includes: "Gehuisvest 18 past niet bij opgave 90 en een vermelde achterstand van 56: daarbij horen 34 gehuisvest. Daardoor berekent Beleidsmonitor na 2e helft 2024 een achterstand van 48 in plaats van 32.",
        },
      ],
    },
    {
      name: "a wrong due: H2 2023 states 58 where the row above gives 60, and its balance and the rows after follow the 58",
      fragment: {
        quota: change("Tweede helft 2023", { "Opgave incl. achterstand": 58, Saldo: -42 })(change("Eerste helft 2024", { "Opgave incl. achterstand": 88, Saldo: -54 })(change("Tweede helft 2024", { "Opgave incl. achterstand": 96, Saldo: -30 })(change("Eerste helft 2025", { "Opgave incl. achterstand": 74 })(DRONTEN_QUOTA)))),
        settings: SETTINGS_OPENING_MINUS_5,
      },
      errors: [
        {
          messageId: "due",
          cell: "D5",
          includes: "Opgave incl. achterstand 58 volgt niet uit de vorige rij: taakstelling 43 plus de achterstand van 17 is 60. Daardoor vermeldt de tabel na 2e helft 2024 een achterstand van 30 in plaats van 32.",
        },
      ],
    },
    {
      name: "a due typed wrong once: the row's balance and the rows after use the right one",
      fragment: { quota: change("Tweede helft 2022", { "Opgave incl. achterstand": 42 })(DRONTEN_QUOTA), settings: SETTINGS_OPENING_MINUS_5 },
      errors: [{ messageId: "due", cell: "D3", includes: "Opgave incl. achterstand 42 volgt niet uit de vorige rij: taakstelling 33 min de voorsprong van 11 is 22." }],
    },
    {
      name: "a balance typed wrong once, which the next row does not carry on",
      fragment: { quota: change("Tweede helft 2022", { Saldo: 50 })(DRONTEN_QUOTA), settings: SETTINGS_OPENING_MINUS_5 },
      errors: [{ messageId: "balance", cell: "E3", includes: "Saldo 50 is niet gehuisvest 27 min opgave 22: dat is 5" }],
    },
    {
      name: "the last stated balance off with no row after it to tell which cell is wrong",
      fragment: { quota: DRONTEN_QUOTA.slice(0, 6).map((row, i) => (i === 5 ? { ...row, Saldo: -30 } : row)), settings: SETTINGS_OPENING_MINUS_5 },
      errors: [
        {
          messageId: "balanceOrHoused",
          cell: "E7",
          includes: "Saldo -30 is niet gehuisvest 66 min opgave 98, dat is -32; klopt het saldo wel, dan hoort bij gehuisvest 68. Daardoor vermeldt de tabel na 2e helft 2024 een achterstand van 30 in plaats van 32.",
        },
      ],
    },
    {
      name: "two independent causes: a housed count in 2022 and one in 2024, each said once with its own consequence",
      fragment: { quota: change("Tweede helft 2022", { Gehuisvest: 25 })(withHousedH1_2024(18)), settings: SETTINGS_OPENING_MINUS_5 },
      errors: [
        { messageId: "housed", cell: "C3", includes: "Gehuisvest 25 past niet bij opgave 22 en een vermelde voorsprong van 5: daarbij horen 27 gehuisvest. Daardoor berekent Beleidsmonitor na 2e helft 2024 een achterstand van 50 in plaats van 48." },
        { messageId: "housed", cell: "C6", includes: "Daardoor berekent Beleidsmonitor na 2e helft 2024 een achterstand van 50 in plaats van 34." },
      ],
    },
    {
      name: "without the opening balance the first due does not follow: said once, with the Beginsaldo that fits",
      fragment: { quota: DRONTEN_QUOTA.slice(0, 2) },
      errors: [
        {
          messageId: "opening",
          cell: "D2",
          includes: "Opgave incl. achterstand 29 volgt niet uit taakstelling 24 en het beginsaldo 0 in Instellingen: dat geeft 24. Is het beginsaldo -5, vul dat dan in bij Instellingen. Daardoor berekent Beleidsmonitor na 2e helft 2022 een voorsprong van 10 in plaats van een voorsprong van 5.",
        },
      ],
    },
  ],
});
