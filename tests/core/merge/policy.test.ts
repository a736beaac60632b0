import { isoToExcelSerial } from "../../../src/core/parse/isoDate";
import type { FragmentRow } from "../../../src/core/rules/fragment";
import { activity, bundle, fileFor, flatten, overviewSnapshot, returnSnapshot } from "./helpers";

interface PolicyCase {
  name: string;
  overview?: { activities?: FragmentRow[]; measurements?: FragmentRow[] };
  returns: { party: string; activities?: FragmentRow[]; measurements?: FragmentRow[] }[];
  expected: (string | number | boolean | null)[][];
}

const OFW = fileFor("OFW");
const HBV = fileFor("HBV");
const GEM = fileFor("Gemeente");

/** The overview's three activities as the uitvraag hands them out: a return repeats them, with answers changed. */
const A11 = (o: FragmentRow = {}) => activity({ ID: "1.1a", Trekker: "OFW", Betrokkenen: "Gemeente; HBV", Doelwaarde: 97, ...o });
const A11B = (o: FragmentRow = {}) => activity({ ID: "1.1b", Trekker: "Gemeente", Betrokkenen: "OFW", Planning: "2025 - 2028", Status: "Niet gestart", ...o });
const A12 = (o: FragmentRow = {}) => activity({ ID: "1.2", Trekker: "Corporaties", Betrokkenen: "HBV", Status: "Niet gestart", ...o });
/** OFW leads 1.1a and (as the only corporation) 1.2: a full OFW return holds both. */
const ofwReturn = (a: FragmentRow = {}, b: FragmentRow = {}) => [A11(a), A12(b)];

const CASES: PolicyCase[] = [
  {
    name: "empty in the overview, filled in the return: taken",
    returns: [{ party: "OFW", activities: ofwReturn({ Realisatie: 40 }) }],
    expected: [["taken", "activities", "1.1a", "Realisatie", "was-empty", OFW, null, 40]],
  },
  {
    name: "equal after normalisation (number as text, date as serial, list value in other case, text with spaces): nothing",
    overview: { activities: [A11({ Toelichting: "Loopt volgens plan" }), A11B(), A12()] },
    returns: [{ party: "OFW", activities: [A11({ Doelwaarde: "97", "Laatst bijgewerkt": isoToExcelSerial("2025-05-01"), Status: " in uitvoering ", Toelichting: "Loopt volgens plan  " }), A12()] }],
    expected: [],
  },
  {
    name: "a percentage typed as 3,1% equals the stored 0,031",
    returns: [{ party: "Gemeente", measurements: [{ Indicator: "BZ-1", Jaar: 2024, Waarde: "3,1%", Bron: "CBS" }] }],
    // A return without Activiteiten leaves out every activity its party leads.
    expected: [["not-returned", "Gemeente Dronten", "1.1b"]],
  },
  {
    name: "an answer column changed by the trekker: taken, the old value recorded",
    returns: [{ party: "OFW", activities: ofwReturn({ Status: "Gereed" }) }],
    expected: [["taken", "activities", "1.1a", "Status", "from-lead", OFW, "In uitvoering", "Gereed"]],
  },
  {
    name: "a group trekker (Corporaties) resolves to its member OFW",
    returns: [{ party: "OFW", activities: ofwReturn({}, { Status: "In uitvoering" }) }],
    expected: [["taken", "activities", "1.2", "Status", "from-lead", OFW, "Niet gestart", "In uitvoering"]],
  },
  {
    name: "an answer column changed by a party that is not the trekker: conflict",
    returns: [{ party: "HBV", activities: [A11({ Status: "Vertraagd" })] }],
    expected: [["conflict", "activities", "1.1a", "Status", "not-trekker", "In uitvoering", `${HBV}=Vertraagd`]],
  },
  {
    name: "an agreement column changed, even by the trekker: conflict",
    returns: [{ party: "OFW", activities: ofwReturn({ Planning: "2027", Afspraak: "OFW realiseert 90 appartementen" }) }],
    expected: [
      ["conflict", "activities", "1.1a", "Afspraak", "agreement-column", "OFW realiseert 97 appartementen in Dronten-Zuid", `${OFW}=OFW realiseert 90 appartementen`],
      ["conflict", "activities", "1.1a", "Planning", "agreement-column", "2026", `${OFW}=2027`],
    ],
  },
  {
    name: "an empty agreement cell filled by a return: taken, as typed",
    returns: [{ party: "OFW", activities: ofwReturn({ Deadline: "1-12-2026" }) }],
    expected: [["taken", "activities", "1.1a", "Deadline", "was-empty", OFW, null, "1-12-2026"]],
  },
  {
    name: "two returns that disagree: conflict, the overview keeps its (empty) value, both values listed",
    returns: [
      { party: "OFW", activities: ofwReturn({ Realisatie: 40 }) },
      { party: "HBV", activities: [A11({ Realisatie: 45 })] },
    ],
    expected: [["conflict", "activities", "1.1a", "Realisatie", "returns-disagree", null, `${OFW}=40 | ${HBV}=45`]],
  },
  {
    name: "the trekker and another party change an answer differently: conflict",
    returns: [
      { party: "OFW", activities: ofwReturn({ Status: "Gereed" }) },
      { party: "HBV", activities: [A11({ Status: "Vertraagd" })] },
    ],
    expected: [["conflict", "activities", "1.1a", "Status", "returns-disagree", "In uitvoering", `${OFW}=Gereed | ${HBV}=Vertraagd`]],
  },
  {
    name: "two returns that agree: taken once",
    returns: [
      { party: "OFW", activities: ofwReturn({ Realisatie: 40 }) },
      { party: "HBV", activities: [A11({ Realisatie: "40" })] },
    ],
    expected: [["taken", "activities", "1.1a", "Realisatie", "was-empty", OFW, null, 40]],
  },
  {
    name: "a return that repeats the overview's value proposes nothing; the other return's change counts alone",
    returns: [
      { party: "OFW", activities: ofwReturn() },
      { party: "HBV", activities: [A11({ Status: "Vertraagd" })] },
    ],
    expected: [["conflict", "activities", "1.1a", "Status", "not-trekker", "In uitvoering", `${HBV}=Vertraagd`]],
  },
  {
    name: "IDs match after trimming and ignoring case",
    returns: [{ party: "OFW", activities: [A11({ ID: " 1.1A ", Status: "Gereed" }), A12()] }],
    expected: [["taken", "activities", "1.1a", "Status", "from-lead", OFW, "In uitvoering", "Gereed"]],
  },
  {
    name: "a row whose ID is not in the overview: added at the end of the table, with its source",
    returns: [{ party: "OFW", activities: [...ofwReturn(), activity({ ID: "1.9", Afspraak: "Nieuwe afspraak", Status: "Niet gestart" })] }],
    expected: [["added", "activities", "1.9", OFW, 5]],
  },
  {
    name: "a row without an ID: added without one and listed",
    returns: [{ party: "OFW", activities: [...ofwReturn(), activity({ ID: null, Afspraak: "Iets nieuws zonder nummer" })] }],
    expected: [["added", "activities", null, OFW, 5]],
  },
  {
    name: "two returns adding the same new ID: one row; where they disagree the cell stays empty and both values are listed",
    returns: [
      { party: "OFW", activities: [...ofwReturn(), activity({ ID: "1.9", Afspraak: "Nieuw", Status: "Niet gestart" })] },
      { party: "HBV", activities: [A11(), activity({ ID: "1.9", Afspraak: "Nieuw", Status: "In uitvoering" })] },
    ],
    expected: [
      ["conflict", "activities", "1.9", "Status", "returns-disagree", null, `${OFW}=Niet gestart | ${HBV}=In uitvoering`],
      ["added", "activities", "1.9", OFW, 5],
    ],
  },
  {
    name: "an activity the trekker left out of its return: not returned",
    returns: [{ party: "OFW", activities: [A11()] }],
    expected: [["not-returned", "Oost Flevoland Woondiensten", "1.2"]],
  },
  {
    name: "a formula-looking text is taken as text",
    returns: [{ party: "OFW", activities: ofwReturn({ Toelichting: '=HYPERLINK("https://example.org","zie")' }) }],
    expected: [["taken", "activities", "1.1a", "Toelichting", "was-empty", OFW, null, '=HYPERLINK("https://example.org","zie")']],
  },
  {
    name: "a measurement from its Bron party: taken (text stays text); the municipality delivers what CBS measures",
    returns: [
      { party: "OFW", measurements: [{ Indicator: "WON-1", Jaar: 2024, Waarde: 150, Bron: "OFW" }] },
      { party: "Gemeente", measurements: [{ Indicator: "bz-1", Jaar: "2024", Waarde: "3,3%", Bron: "CBS" }] },
    ],
    expected: [
      ["taken", "measurements", "WON-1|2024", "Waarde", "from-lead", OFW, 140, 150],
      ["taken", "measurements", "BZ-1|2024", "Waarde", "from-lead", GEM, 0.031, "3,3%"],
      ["not-returned", "Oost Flevoland Woondiensten", "1.1a,1.2"],
      ["not-returned", "Gemeente Dronten", "1.1b"],
    ],
  },
  {
    name: "a measurement changed by a party that is not its Bron: conflict",
    returns: [{ party: "HBV", measurements: [{ Indicator: "WON-1", Jaar: 2024, Waarde: 150, Bron: "OFW" }] }],
    expected: [["conflict", "measurements", "WON-1|2024", "Waarde", "not-trekker", 140, `${HBV}=150`]],
  },
  {
    name: "a new measurement is added; one without a value is not filled in; one without a year is listed",
    returns: [{ party: "OFW", measurements: [{ Indicator: "WON-1", Jaar: 2025, Waarde: 170 }, { Indicator: "WON-1", Jaar: 2023 }, { Indicator: "WON-1", Jaar: null }] }],
    expected: [
      ["added", "measurements", "WON-1|2025", OFW, 4],
      ["not-returned", "Oost Flevoland Woondiensten", "1.1a,1.2"],
      ["not-filled", "Oost Flevoland Woondiensten", "WON-1|2023"],
      ["listed", "measurements", null, "Indicator", "not-filled", OFW, "WON-1"],
    ],
  },
  {
    name: "an ID that is an error value is no ID: the row is added without one, the error listed",
    returns: [{ party: "OFW", activities: [...ofwReturn(), activity({ ID: { error: "#REF!" }, Afspraak: "Nieuw" })] }],
    expected: [
      ["added", "activities", null, OFW, 5],
      ["listed", "activities", null, "ID", "error-value", OFW, "#REF!"],
    ],
  },
  {
    name: "an error value in a return is listed, never taken",
    returns: [{ party: "OFW", activities: ofwReturn({ Realisatie: { error: "#N/A" } }) }],
    expected: [["listed", "activities", "1.1a", "Realisatie", "error-value", OFW, "#N/A"]],
  },
  {
    name: "a column of the return's own is listed",
    returns: [{ party: "OFW", activities: ofwReturn({ "Eigen notitie": "navragen" }) }],
    expected: [["listed", "activities", "1.1a", "Eigen notitie", "extra-column", OFW, "navragen"]],
  },
];

describe("merge policy", () => {
  it.each(CASES)("$name", ({ overview, returns, expected }) => {
    const result = bundle(
      overviewSnapshot(overview),
      returns.map((r) => ({ file: fileFor(r.party), snapshot: returnSnapshot(r.party, { activities: r.activities, measurements: r.measurements }) })),
    );
    expect(flatten(result)).toEqual(expected);
  });
});
