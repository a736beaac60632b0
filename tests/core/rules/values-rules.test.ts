import { rule as valueNotInList } from "../../../src/core/rules/value-not-in-list";
import { rule as unknownParty } from "../../../src/core/rules/unknown-party";
import { rule as unparseableValue } from "../../../src/core/rules/unparseable-value";
import { rule as duplicateId } from "../../../src/core/rules/duplicate-id";
import { rule as periodUnreadable } from "../../../src/core/rules/period-unreadable";
import { activity, indicator } from "./fixtures";
import { testRule } from "./ruleTester";

testRule(valueNotInList, {
  valid: [{ name: "every status of the list", fragment: { activities: ["Niet gestart", "In uitvoering", "Vertraagd", "Gereed", "Vervallen"].map((Status, i) => activity({ ID: `a${i}`, Status, Toelichting: "x" })) } }],
  invalid: [
    // A value the engine already reads as the list value is a warning that names the difference.
    {
      name: "wrong case",
      fragment: { activities: [activity({ Status: "In Uitvoering" })] },
      errors: [{ messageId: "spelledDifferently", cell: "I2", severity: "warning", includes: "Status 'In Uitvoering' telt mee als 'In uitvoering', maar hoofdletters wijken af" }],
    },
    {
      name: "trailing space",
      fragment: { activities: [activity({ Status: "Gereed " })] },
      errors: [{ messageId: "spelledDifferently", severity: "warning", includes: "'Gereed ' telt mee als 'Gereed', maar eindigt op een spatie" }],
    },
    {
      name: "a direction in capitals with a space",
      fragment: { indicators: [indicator({ Richting: " TOENAME" })] },
      errors: [{ messageId: "spelledDifferently", cell: "F2", severity: "warning", includes: "begint met een spatie en hoofdletters wijken af" }],
    },
    { name: "a role with a trailing space is read", fragment: { parties: [{ Partij: "Gemeente Dronten", Rol: "Gemeente " }] }, errors: [{ messageId: "spelledDifferently", sheet: "Partijen", severity: "warning" }] },
    { name: "a misspelled status stays an error", fragment: { activities: [activity({ Status: "Gerreed" })] }, errors: [{ messageId: "didYouMean", severity: "error", includes: "bedoelde u 'Gereed'?" }] },
    { name: "not near anything", fragment: { indicators: [indicator({ Richting: "omhoog" })] }, errors: [{ messageId: "notInList", cell: "F2", includes: "Toename, Afname" }] },
    // withRole compares exactly: a role in other capitals does not count, so it stays an error.
    { name: "a role", fragment: { parties: [{ Partij: "Gemeente Dronten", Rol: "gemeente" }] }, errors: [{ messageId: "didYouMean", sheet: "Partijen", cell: "C2", severity: "error" }] },
  ],
});

testRule(unknownParty, {
  valid: [
    { name: "short name, full name and group names", fragment: { activities: [activity({ Trekker: "Gemeente", Betrokkenen: "Oost Flevoland Woondiensten, HBV en Corporaties" })] } },
    { name: "Huurdersorganisaties as a group", fragment: { activities: [activity({ Trekker: "Huurdersorganisaties", Betrokkenen: null })] } },
  ],
  invalid: [
    {
      name: "OFW with a trailing space",
      fragment: { activities: [activity({ Trekker: "OFW " })] },
      errors: [{ messageId: "spelledDifferently", cell: "E2", severity: "warning", includes: "Trekker 'OFW ' telt mee als 'OFW', maar eindigt op een spatie" }],
    },
    {
      name: "a full name and a group in other capitals",
      fragment: { activities: [activity({ Trekker: "oost flevoland woondiensten", Betrokkenen: "corporaties" })] },
      errors: [
        { messageId: "spelledDifferently", cell: "E2", severity: "warning", includes: "telt mee als 'Oost Flevoland Woondiensten', maar hoofdletters wijken af" },
        { messageId: "spelledDifferently", cell: "F2", severity: "warning", includes: "telt mee als 'Corporaties'" },
      ],
    },
    { name: "an unknown involved party", fragment: { activities: [activity({ Betrokkenen: "Gemeente; Woonstichting X" })] }, errors: [{ messageId: "unknown", cell: "F2", includes: "'Woonstichting X'" }] },
    { name: "a misspelled party", fragment: { activities: [activity({ Trekker: "HVB" })] }, errors: [{ messageId: "didYouMean", includes: "'HBV'" }] },
  ],
});

testRule(unparseableValue, {
  valid: [
    { name: "Dutch numbers and half-years", fragment: { quota: [{ Periode: "2e helft 2024", Taakstelling: "42", Gehuisvest: "66" }] } },
    { name: "Dutch dates", fragment: { activities: [activity({ "Laatst bijgewerkt": "1 juli 2025", Deadline: "1-12-2025" })] } },
    { name: "placeholders are left to placeholder-value", fragment: { indicators: [indicator({ Nulmeting: "n.t.b." })] } },
  ],
  invalid: [
    { name: "a season is no half-year", fragment: { quota: [{ Periode: "najaar", Taakstelling: 40 }] }, errors: [{ messageId: "unreadable", cell: "A2", includes: "halfjaar" }] },
    { name: "a word for a number", fragment: { quota: [{ Periode: "2024-H2", Taakstelling: "veertig" }] }, errors: [{ messageId: "unreadable", cell: "B2" }] },
    { name: "a fraction of a permit holder", fragment: { quota: [{ Periode: "2024-H2", Taakstelling: 42.5 }] }, errors: [{ messageId: "notWhole", cell: "B2" }] },
    {
      name: "a fractional housed count typed as text, and a planned count",
      fragment: { quota: [{ Periode: "2024-H2", Taakstelling: 42, Gehuisvest: "54.81" }], plan: [{ Actie: "Flexwoningen", Maand: "jan 2025", Aantal: "54,81" }] },
      errors: [{ messageId: "notWhole", sheet: "Taakstelling", cell: "C2" }, { messageId: "notWhole", sheet: "Planning", cell: "C2" }],
    },
    { name: "a year typed in a date column is no date in 1905", fragment: { activities: [activity({ Deadline: 1899 })] }, errors: [{ messageId: "unreadable", cell: "H2", includes: "datum" }] },
    { name: "an impossible date", fragment: { activities: [activity({ "Laatst bijgewerkt": "31-02-2025" })] }, errors: [{ messageId: "unreadable", cell: "N2", includes: "datum" }] },
  ],
});

testRule(duplicateId, {
  valid: [{ name: "unique ids", fragment: { activities: [activity(), activity({ ID: "1.1b" })] } }],
  invalid: [
    { name: "the second occurrence points at the first", fragment: { activities: [activity(), activity({ Thema: "Ander thema" })] }, errors: [{ messageId: "duplicate", cell: "A3", includes: "rij 2" }] },
    { name: "case and spaces do not make an id different", fragment: { indicators: [indicator(), indicator({ ID: "bz-1 " })] }, errors: [{ messageId: "duplicate", cell: "A3" }] },
  ],
});

testRule(periodUnreadable, {
  valid: [
    { name: "ranges, open ends and recurrences", fragment: { activities: ["2025 - 2028", "vanaf 2025", "Jaarlijks", "Doorlopend", "eind 2026", "2025: ca. 140 won. 2026 - 2028: ca 80 won."].map((Planning, i) => activity({ ID: `p${i}`, Planning })) } },
    { name: "an empty planning is required-value-missing's finding", fragment: { activities: [activity({ Planning: null })] } },
    // Issue 10: texts quoted from Dronten's signed agreement, each saying when, however loosely.
    {
      name: "the texts the sample called unreadable",
      fragment: {
        activities: [
          "in 2026 aan de slag; vanaf 2027 met het SMP gewerkt", "Afhankelijk van de ingangsdatum van de wet (tijdig)", "eind 2026; evaluatie uiterlijk een jaar na realisatie",
          "In 2026; binnen 6 maanden; eens per 4 maanden", "In 2026; in het voorjaar (inspiratiemarkt)", "Van 2024 tot en met 2029; In 2026; Daarna",
          "In 2026 (pilot); in 2027 geëvalueerd; gebiedsagenda looptijd van vier jaar", "uiterlijk 1 februari 2025",
        ].map((Planning, i) => activity({ ID: `d${i}`, Planning })),
      },
    },
    { name: "never when Deadline is filled: that says when", fragment: { activities: [activity({ Planning: "zo snel mogelijk", Deadline: "2025-02-01" })] } },
  ],
  invalid: [
    { name: "a text with no time in it at all, quoted", fragment: { activities: [activity({ Planning: "zo snel mogelijk" })] }, errors: [{ messageId: "unreadable", cell: "G2", includes: "'zo snel mogelijk' noemt geen tijd" }] },
    { name: "a year outside 1900–2100 is no time either", fragment: { activities: [activity({ Planning: "1850" })] }, errors: [{ messageId: "unreadable", cell: "G2" }] },
  ],
});
