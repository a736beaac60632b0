import type { ActivityChange } from "../../../src/core/compare/types";
import type { FragmentRow } from "../../../src/core/rules/fragment";
import { ACTIVITIES } from "../../../src/core/schema/tables";
import { activity } from "../rules/fixtures";
import { compareFragments, isQuiet } from "./helpers";

const LONG_AGREEMENT = "Groei sociale huur: OFW realiseert 97 appartementen in Dronten-Zuid, waarvan 40 voor jongeren.";
const base = (overrides: FragmentRow = {}) => activity({ Afspraak: LONG_AGREEMENT, Doelwaarde: 97, Realisatie: 0, Toelichting: "Bouw loopt", ...overrides });

/** Each case: the one activity row before and after, and the change list expected (id 1.1a, row 2, sheet Activiteiten). */
const CHANGES: [string, FragmentRow, FragmentRow, Partial<ActivityChange>[], { includeMinor?: boolean }?][] = [
  ["finished", {}, { Status: "Gereed" }, [{ kind: "status", column: "Status", from: "In uitvoering", to: "Gereed", statusChange: "afgerond", cell: "I2" }]],
  [
    "delayed, with the explanation the meeting will ask for",
    {},
    { Status: "Vertraagd", Toelichting: "Vergunning loopt vertraging op" },
    [{ kind: "status", from: "In uitvoering", to: "Vertraagd", statusChange: "vertraagd", note: "Vergunning loopt vertraging op" }],
  ],
  ["cancelled", {}, { Status: "Vervallen", Toelichting: "Geen grond" }, [{ kind: "status", statusChange: "vervallen", note: "Geen grond" }]],
  ["started", { Status: "Niet gestart" }, { Status: "In uitvoering" }, [{ kind: "status", statusChange: "gestart" }]],
  ["resumed", { Status: "Vertraagd" }, { Status: "In uitvoering" }, [{ kind: "status", statusChange: "hervat" }]],
  ["reopened", { Status: "Gereed" }, { Status: "In uitvoering" }, [{ kind: "status", statusChange: "heropend" }]],
  ["an unknown status word", {}, { Status: "Bijna klaar" }, [{ kind: "status", to: "Bijna klaar", statusChange: "gewijzigd" }]],
  ["Planning (an agreement column)", {}, { Planning: "2027" }, [{ kind: "agreement", column: "Planning", from: "2026", to: "2027", cell: "G2" }]],
  ["Deadline, as ISO dates", { Deadline: "2026-06-30" }, { Deadline: "2026-12-31" }, [{ kind: "agreement", column: "Deadline", from: "2026-06-30", to: "2026-12-31", cell: "H2" }]],
  ["Deadline filled in", {}, { Deadline: "1-7-2026" }, [{ kind: "agreement", column: "Deadline", from: null, to: "2026-07-01" }]],
  ["Doelwaarde", {}, { Doelwaarde: 120 }, [{ kind: "agreement", column: "Doelwaarde", from: 97, to: 120, cell: "L2" }]],
  [
    "Afspraak reworded: the recorded first words against the whole new text",
    {},
    { Afspraak: "Groei sociale huur: OFW realiseert 120 appartementen in Dronten-Zuid." },
    [{ kind: "agreement", column: "Afspraak", from: "Groei sociale huur", to: "Groei sociale huur: OFW realiseert 120 appartementen in Dronten-Zuid.", cell: "D2" }],
  ],
  ["Realisatie", {}, { Realisatie: 40 }, [{ kind: "realisation", column: "Realisatie", from: 0, to: 40, cell: "M2" }]],
  ["two columns at once, in column order", {}, { Realisatie: 97, Status: "Gereed" }, [{ column: "Status" }, { column: "Realisatie" }]],
  ["Toelichting reworded: not listed unless asked", {}, { Toelichting: "De bouw loopt goed" }, []],
  ["Toelichting reworded, asked for", {}, { Toelichting: "De bouw loopt goed" }, [{ kind: "note", column: "Toelichting", from: "Bouw loopt", to: "De bouw loopt goed", cell: "J2" }], { includeMinor: true }],
  ["Laatst bijgewerkt: not listed unless asked", {}, { "Laatst bijgewerkt": "2025-06-01" }, []],
  ["Laatst bijgewerkt, asked for", {}, { "Laatst bijgewerkt": "2025-06-01" }, [{ kind: "updated", from: "2025-05-01", to: "2025-06-01" }], { includeMinor: true }],
  ["case, spaces and accents are not news", {}, { Status: " in Uitvoering ", Planning: "2026 ", Afspraak: `  ${LONG_AGREEMENT.toUpperCase()}` }, []],
  ["a number typed as text is the same number", { Doelwaarde: 97 }, { Doelwaarde: "97" }, []],
];

describe("compareStates: activities", () => {
  // A rest parameter: jest takes a fifth named parameter for `done` when a row has four entries.
  it.each(CHANGES)("%s", (...[, before, after, expected, options]) => {
    const c = compareFragments({ activities: [base(before)] }, { activities: [base(after)] }, options);
    expect(c.activities.changed).toHaveLength(expected.length);
    c.activities.changed.forEach((change, i) => expect(change).toMatchObject({ id: "1.1a", label: "Groei sociale huur", sheet: "Activiteiten", ...expected[i] }));
    expect(c.activities.added).toEqual([]);
    expect(c.activities.removed).toEqual([]);
  });

  it("reports nothing for an unchanged workbook", () => {
    expect(isQuiet(compareFragments({ activities: [base(), base({ ID: "1.1b" })] }, { activities: [base(), base({ ID: "1.1b" })] }))).toBe(true);
  });

  it("lists added and removed activities, never silently", () => {
    const c = compareFragments({ activities: [base(), base({ ID: "A-12", Afspraak: "Wijkvisie Zuid" })] }, { activities: [base(), base({ ID: "A-13", Afspraak: "Woonvisie herzien" })] });
    expect(c.activities.added).toEqual([{ id: "A-13", label: "Woonvisie herzien", sheet: "Activiteiten", row: 3, cell: "A3", status: "In uitvoering", sameAgreementAs: null }]);
    expect(c.activities.removed).toEqual([{ id: "A-12", label: "Wijkvisie Zuid", sheet: "Activiteiten", row: 3, status: "In uitvoering" }]);
    expect(c.activities.changed).toEqual([]);
  });

  it("reports a renumbered ID as removed and added, and only says the Afspraak is the same", () => {
    const c = compareFragments({ activities: [base({ ID: "A-12" })] }, { activities: [base({ ID: "A-13", Status: "Gereed" })] });
    expect(c.activities.removed.map((r) => r.id)).toEqual(["A-12"]);
    expect(c.activities.added).toEqual([expect.objectContaining({ id: "A-13", sameAgreementAs: "A-12", status: "Gereed" })]);
    expect(c.activities.changed).toEqual([]);
  });

  it("does not call two empty Afspraak cells the same agreement", () => {
    const c = compareFragments({ activities: [base({ ID: "A-12", Afspraak: null })] }, { activities: [base({ ID: "A-13", Afspraak: null })] });
    expect(c.activities.added[0].sameAgreementAs).toBeNull();
  });

  it("does not pair the rows of a duplicate ID, and lists it once", () => {
    const c = compareFragments({ activities: [base(), base({ ID: "1.1b" })] }, { activities: [base(), base({ ID: "1.1a", Status: "Gereed", Afspraak: "Iets anders" }), base({ ID: "1.1b" })] });
    expect(c.activities.duplicates).toEqual([{ id: "1.1a", fromRows: [2], toRows: [2, 3], sheet: "Activiteiten", cell: "A2" }]);
    expect(c.activities.changed).toEqual([]);
    expect(c.activities.added).toEqual([]);
    expect(c.activities.removed).toEqual([]);
  });

  it("stays quiet about a duplicate ID whose rows did not change", () => {
    const rows = [base(), base({ Afspraak: "Tweede regel met hetzelfde ID" })];
    expect(isQuiet(compareFragments({ activities: rows }, { activities: [...rows].reverse() }))).toBe(true);
  });

  it("follows a row that moved and points at its new cell; an ID's case does not matter", () => {
    const c = compareFragments({ activities: [base()] }, { activities: [base({ ID: "0.9", Afspraak: "Nieuw" }), base({ ID: "1.1A", Status: "Gereed" })] });
    expect(c.activities.changed).toEqual([expect.objectContaining({ id: "1.1A", column: "Status", cell: "I3" })]);
    expect(c.activities.added.map((a) => a.id)).toEqual(["0.9"]);
  });

  it("names the column as the newer workbook writes it (an alias header)", () => {
    const aliased = {
      cells: [
        [...ACTIVITIES.columns.map((c) => (c.key === "schedule" ? "Uitvoering" : c.header))],
        ACTIVITIES.columns.map((c) => (c.key === "schedule" ? "2027" : (base()[c.header] ?? null))),
      ],
    };
    const c = compareFragments({ activities: [base()] }, { activities: aliased });
    expect(c.activities.changed).toEqual([expect.objectContaining({ column: "Uitvoering", from: "2026", to: "2027", cell: "G2" })]);
  });

  it("lists a new row without an ID once: it cannot be compared", () => {
    const noId = base({ ID: null, Afspraak: "Zonder nummer" });
    const c = compareFragments({ activities: [base()] }, { activities: [base(), noId] });
    expect(c.activities.withoutId).toEqual([{ sheet: "Activiteiten", row: 3, cell: "A3", label: "Zonder nummer" }]);
    expect(compareFragments({ activities: [base(), noId] }, { activities: [base(), noId] }).activities.withoutId).toEqual([]);
  });

  it("reports every activity as removed when the table is gone, and as added when it is new", () => {
    expect(compareFragments({ activities: [base()] }, { activities: null }).activities.removed.map((r) => r.id)).toEqual(["1.1a"]);
    expect(compareFragments({ activities: null }, { activities: [base()] }).activities.added.map((r) => r.id)).toEqual(["1.1a"]);
  });
});
