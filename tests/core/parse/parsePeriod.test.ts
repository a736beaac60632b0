import { periodEndDate, periodStartDate, type Period, type PeriodPoint } from "../../../src/core/parse/period";
import { parsePeriod } from "../../../src/core/parse/parsePeriod";
import fixture from "./fixtures/seed-timing-texts.json";

const Y = (year: number, part?: PeriodPoint["part"]): PeriodPoint => (part === undefined ? { year } : { year, part });
const jaar = (year: number, part?: PeriodPoint["part"]): Period => ({ kind: "jaar", start: Y(year, part), end: Y(year, part) });
const bereik = (start: PeriodPoint | null, end: PeriodPoint): Period => ({ kind: "bereik", start, end });
const open = (start: PeriodPoint): Period => ({ kind: "open", start, end: null });
const every = (recurrence: NonNullable<Period["recurrence"]>): Period => ({
  kind: recurrence === "jaarlijks" ? "jaarlijks" : "terugkerend", start: null, end: null, recurrence,
});

describe("parsePeriod", () => {
  it.each<[string | number, Period]>([
    [2026, jaar(2026)],
    ["2026", jaar(2026)],
    ["In 2026", jaar(2026)],
    ["in 2026.", jaar(2026)],
    ["gedurende 2026", jaar(2026)],
    ["Q2 2026", jaar(2026, "Q2")],
    ["2026-Q2", jaar(2026, "Q2")],
    ["2e kwartaal 2026", jaar(2026, "Q2")],
    ["tweede kwartaal van 2026", jaar(2026, "Q2")],
    ["eerste helft 2026", jaar(2026, "eerste-helft")],
    ["In de eerste helft van 2026", jaar(2026, "eerste-helft")],
    ["H2 2026", jaar(2026, "tweede-helft")],
    ["2026-H1", jaar(2026, "eerste-helft")],
    ["2e helft 2026", jaar(2026, "tweede-helft")],
    ["eind 2026", jaar(2026, "eind")],
    ["Eind van 2026", jaar(2026, "eind")],
    ["aan het einde van 2026", jaar(2026, "eind")],
    ["Begin 2026", jaar(2026, "begin")],
    ["begin van het jaar 2026", jaar(2026, "begin")],
    ["medio 2026", jaar(2026, "medio")],
    ["half 2026", jaar(2026, "medio")],
    ["halverwege 2026", jaar(2026, "medio")],
    ["najaar 2026", jaar(2026, "najaar")],
    ["in het najaar van 2026", jaar(2026, "najaar")],
    ["voorjaar 2026", jaar(2026, "voorjaar")],
    ["In september 2026", jaar(2026, { month: 9 })],
    ["sept. 2026", jaar(2026, { month: 9 })],
    ["2025 - 2028", bereik(Y(2025), Y(2028))],
    ["2025-2028", bereik(Y(2025), Y(2028))],
    ["2025 – 2028", bereik(Y(2025), Y(2028))],
    ["2025 t/m 2028", bereik(Y(2025), Y(2028))],
    ["2025/2026", bereik(Y(2025), Y(2026))],
    ["van 2026 tot en met 2029", bereik(Y(2026), Y(2029))],
    ["Van 2024 tot en met 2029", bereik(Y(2024), Y(2029))],
    ["in de periode 2026-2029", bereik(Y(2026), Y(2029))],
    ["2025 en 2026", bereik(Y(2025), Y(2026))],
    ["2025, 2026 en 2027", bereik(Y(2025), Y(2027))],
    ["Eind 2025 / half 2026", bereik(Y(2025, "eind"), Y(2026, "medio"))],
    ["eind 2025/begin 2026", bereik(Y(2025, "eind"), Y(2026, "begin"))],
    ["Q1 2026 - Q3 2027", bereik(Y(2026, "Q1"), Y(2027, "Q3"))],
    ["jan-mrt 2026", bereik(Y(2026, { month: 1 }), Y(2026, { month: 3 }))],
    ["september - december 2026", bereik(Y(2026, { month: 9 }), Y(2026, { month: 12 }))],
    ["t/m 2030", bereik(null, Y(2030))],
    ["tot en met 2030", bereik(null, Y(2030))],
    ["uiterlijk eind 2026", bereik(null, Y(2026, "eind"))],
    ["- 2019", bereik(null, Y(2019))],
    ["vanaf 2025", open(Y(2025))],
    ["Vanaf 2025", open(Y(2025))],
    ["vanaf medio 2025", open(Y(2025, "medio"))],
    ["2025 en verder", open(Y(2025))],
    ["2019 en verder", open(Y(2019))],
    ["Voor 2027 en verder", open(Y(2027))],
    ["2025 e.v.", open(Y(2025))],
    ["2025 -", open(Y(2025))],
    ["met ingang van 2026", open(Y(2026))],
    ["Jaarlijks", every("jaarlijks")],
    ["jaarlijks in oktober/november", every("jaarlijks")],
    ["elk jaar voor 1 juli", every("jaarlijks")],
    ["een keer per jaar", every("jaarlijks")],
    ["elk kwartaal", every("per-kwartaal")],
    ["elke kwartaal", every("per-kwartaal")],
    ["per kwartaal", every("per-kwartaal")],
    ["eens per 4 maanden", every("per-4-maanden")],
    ["om de vier maanden", every("per-4-maanden")],
    ["Drie keer per jaar", every("3x-per-jaar")],
    ["3x per jaar", every("3x-per-jaar")],
    ["Drie keer per jaar: in het voorjaar; in september; in december", every("3x-per-jaar")],
    ["halfjaarlijks", every("halfjaarlijks")],
    ["twee keer per jaar", every("halfjaarlijks")],
    ["maandelijks", every("maandelijks")],
    ["Jaarlijks (bij het opstellen van de werkagenda voor het nieuwe jaar)", every("jaarlijks")],
    ["jaarlijks van 2025 tot en met 2028", { kind: "jaarlijks", start: Y(2025), end: Y(2028), recurrence: "jaarlijks" }],
    ["jaarlijks vanaf 2026", { kind: "jaarlijks", start: Y(2026), end: null, recurrence: "jaarlijks" }],
    ["Doorlopend", { kind: "doorlopend", start: null, end: null }],
    ["doorlopend", { kind: "doorlopend", start: null, end: null }],
    ["Continu", { kind: "doorlopend", start: null, end: null }],
    ["doorlopend vanaf 2025", { kind: "doorlopend", start: Y(2025), end: null }],
    ["Bij ieder nieuwbouwproject", { kind: "gebeurtenis", start: null, end: null, trigger: "Bij ieder nieuwbouwproject" }],
    ["zodra de wet is ingegaan", { kind: "gebeurtenis", start: null, end: null, trigger: "zodra de wet is ingegaan" }],
    ["In 2026; Voor 2027 en verder", open(Y(2026))],
    ["In 2026; eind 2027", bereik(Y(2026), Y(2027, "eind"))],
    ["In 2026; t/m 2030", bereik(null, Y(2030))],
    ["2025 - 2028; doorlopend", open(Y(2025))],
    ["In 2026 (pilot)", jaar(2026)],
    ["in de periode 2026-2029 (per jaar)", bereik(Y(2026), Y(2029))],
  ])("%j", (input, expected) => {
    expect(parsePeriod(input)).toEqual({ ok: true, value: expected });
  });

  it("reads schedules with quantities per period", () => {
    expect(parsePeriod("2025: ca. 140 won. 2026 - 2028: ca 80 won.")).toEqual({
      ok: true,
      value: {
        kind: "schema", start: Y(2025), end: Y(2028),
        segments: [
          { start: Y(2025), end: Y(2025), quantity: 140, approx: true, unit: "won." },
          { start: Y(2026), end: Y(2028), quantity: 80, approx: true, unit: "won." },
        ],
      },
    });
    expect(parsePeriod("2025: 6; 2026: 1.250 Woningen")).toEqual({
      ok: true,
      value: {
        kind: "schema", start: Y(2025), end: Y(2026),
        segments: [
          { start: Y(2025), end: Y(2025), quantity: 6, approx: false },
          { start: Y(2026), end: Y(2026), quantity: 1250, approx: false, unit: "Woningen" },
        ],
      },
    });
  });

  it("keeps an intention and a qualified sub-period as typed", () => {
    expect(parsePeriod("2025 en 2026, met de intentie om dit structureel in te zetten")).toEqual({
      ok: true,
      value: { ...bereik(Y(2025), Y(2026)), intention: "met de intentie om dit structureel in te zetten" },
    });
    expect(parsePeriod("2025 - 2028 (uitbreiding Deest Zuid geldt: 2028 t/m 2032)")).toEqual({
      ok: true,
      value: { ...bereik(Y(2025), Y(2028)), sub: { label: "uitbreiding Deest Zuid geldt", start: Y(2028), end: Y(2032) } },
    });
  });

  it("reads a reversed range as written, for the rule planning-end-before-start to report", () => {
    expect(parsePeriod("2028 - 2025")).toEqual({ ok: true, value: bereik(Y(2028), Y(2025)) });
    expect(parsePeriod("eind 2026 - begin 2026")).toMatchObject({ ok: true, value: { kind: "bereik", start: { year: 2026, part: "eind" }, end: { year: 2026, part: "begin" } } });
  });

  const day = (y: number, month: number, d: number): PeriodPoint => ({ year: y, part: { month, day: d } });
  // Issue 10: a text that says when, however loosely, is a period.
  it.each<[string, Period]>([
    // seasons, quarters, begin/medio/eind, in de loop van
    ["zomer 2026", jaar(2026, "zomer")],
    ["in de zomer van 2026", jaar(2026, "zomer")],
    ["in de loop van 2026", jaar(2026)],
    ["in de loop van het tweede kwartaal van 2026", jaar(2026, "Q2")],
    ["1 juli 2026", { kind: "jaar", start: day(2026, 7, 1), end: day(2026, 7, 1) }],
    ["op 1 juli 2026", { kind: "jaar", start: day(2026, 7, 1), end: day(2026, 7, 1) }],
    // deadlines: uiterlijk / voor / vóór / per + a date; `tot` ends before its point, as `vóór`
    ["uiterlijk 1 februari 2025", bereik(null, day(2025, 2, 1))],
    ["uiterlijk 1-2-2025", bereik(null, day(2025, 2, 1))],
    ["vóór 1 juli 2026", bereik(null, day(2026, 6, 30))],
    ["voor 1 januari 2027", bereik(null, Y(2026))],
    ["vóór de zomer van 2027", bereik(null, day(2027, 5, 31))],
    ["voor 2027", bereik(null, Y(2026))],
    ["voor eind 2026", bereik(null, Y(2026))],
    ["voor medio 2026", bereik(null, day(2026, 6, 30))],
    ["per 1 januari 2026", bereik(null, day(2026, 1, 1))],
    ["per eind 2025", bereik(null, Y(2025, "eind"))],
    ["tot 2028", bereik(null, Y(2027))],
    ["2025 tot 2028", bereik(Y(2025), Y(2027))],
    // a time of year without a year takes it from another part, or stays a moment
    ["In 2026; in het voorjaar (inspiratiemarkt)", jaar(2026)],
    ["in het voorjaar; 2027 - 2028", bereik(Y(2027), Y(2028))],
    ["vóór de zomer; 2027", bereik(null, Y(2027))],
    ["in het voorjaar", { kind: "moment", start: null, end: null }],
    ["In september", { kind: "moment", start: null, end: null }],
    ["tweede kwartaal", { kind: "moment", start: null, end: null }],
    // dates inside running text; the words around them kept as notes
    ["in 2026 aan de slag; vanaf 2027 met het SMP gewerkt", { ...open(Y(2026)), notes: ["aan de slag", "met het SMP gewerkt"] }],
    ["De nota gaat uiterlijk 1 februari 2025 naar de raad", { ...bereik(null, day(2025, 2, 1)), notes: ["De nota gaat", "naar de raad"] }],
    ["2025 en 2027", bereik(Y(2025), Y(2027))],
    ["2026 2027", bereik(Y(2026), Y(2027))],
    ["jaarlijks in 2025 en 2027", { kind: "jaarlijks", start: Y(2025), end: Y(2027), recurrence: "jaarlijks" }],
    ["In 2026 (2027)", { ...jaar(2026), notes: ["(2027)"] }],
    ["2025 (vanaf 2030)", { ...jaar(2025), notes: ["(vanaf 2030)"] }],
    ["Q5 2026", { ...jaar(2026), notes: ["Q5"] }],
    ["2025: veel won.", { ...jaar(2025), notes: ["veel won"] }],
    // ;-lists part by part: a part with no date is a note, an undated recurrence or event adds itself
    ["In 2026; binnen 6 maanden", { ...jaar(2026), notes: ["binnen 6 maanden"] }],
    ["In 2026; binnen 6 maanden; eens per 4 maanden", { ...jaar(2026), recurrence: "per-4-maanden", notes: ["binnen 6 maanden"] }],
    ["Van 2024 tot en met 2029; In 2026; Daarna", { ...bereik(Y(2024), Y(2029)), notes: ["Daarna"] }],
    ["Jaarlijks; Doorlopend", every("jaarlijks")],
    // a time relative to something else, or an event
    ["Afhankelijk van de ingangsdatum van de wet (tijdig)", { kind: "gebeurtenis", start: null, end: null, trigger: "Afhankelijk van de ingangsdatum van de wet" }],
    ["na vaststelling van de woonvisie", { kind: "gebeurtenis", start: null, end: null, trigger: "na vaststelling van de woonvisie" }],
    ["binnen 6 maanden", { kind: "gebeurtenis", start: null, end: null, trigger: "binnen 6 maanden" }],
    ["Daarna", { kind: "gebeurtenis", start: null, end: null, trigger: "Daarna" }],
  ])("reads %j", (input, expected) => {
    expect(parsePeriod(input)).toEqual({ ok: true, value: expected });
  });

  // Only a text with no time in it at all is unreadable (and a year outside 1900–2100 is no time).
  it.each(["asap", "zo snel mogelijk", "random woorden", "1850", "met de intentie om dit structureel in te zetten", "(pilot)", "bij voorkeur snel", ";", "Jan en Piet; (pilot)"])(
    "%j has no time in it: invalid",
    (text) => {
      expect(parsePeriod(text)).toEqual({ ok: false, reason: "invalid", text });
    },
  );

  // Issue 12: the reversed part of a list was hidden in the envelope from the end-before-start rule.
  it("keeps a reversed part of a ;-list", () => {
    expect(parsePeriod("2028 - 2025; 2025 - 2028")).toEqual({
      ok: true,
      value: { ...bereik(Y(2025), Y(2028)), reversed: { text: "2028 - 2025", start: Y(2028), end: Y(2025) } },
    });
    expect(parsePeriod("2025 - 2028; 2026")).toEqual({ ok: true, value: bereik(Y(2025), Y(2028)) });
  });

  it("reports empty, placeholder and non-text cells", () => {
    expect(parsePeriod(null)).toEqual({ ok: false, reason: "empty", text: "" });
    expect(parsePeriod("  ")).toMatchObject({ ok: false, reason: "empty" });
    expect(parsePeriod("n.t.b.")).toEqual({ ok: false, reason: "placeholder", text: "n.t.b." });
    expect(parsePeriod("volgt")).toEqual({ ok: false, reason: "placeholder", text: "volgt" });
    expect(parsePeriod(45658)).toEqual({ ok: false, reason: "invalid", text: "45658" });
    expect(parsePeriod(2026.5)).toMatchObject({ ok: false, reason: "invalid" });
    expect(parsePeriod(true)).toMatchObject({ ok: false, reason: "invalid" });
    expect(parsePeriod({ error: "#REF!" })).toEqual({ ok: false, reason: "invalid", text: "#REF!" });
  });

  it("ignores case, accents, non-breaking spaces and typographic dashes", () => {
    expect(parsePeriod("IN\u00a0DE EERSTE HELFT VAN 2026")).toEqual({ ok: true, value: jaar(2026, "eerste-helft") });
    expect(parsePeriod("2025\u20132028")).toEqual({ ok: true, value: bereik(Y(2025), Y(2028)) });
    expect(parsePeriod("Één keer per jaar")).toEqual({ ok: true, value: every("jaarlijks") });
    expect(parsePeriod("2025\u200b - 2028")).toEqual({ ok: true, value: bereik(Y(2025), Y(2028)) });
  });
});

interface FixtureRow {
  id: string;
  uitvoering_tekst: string | null;
  start_jaar: number | null;
  eind_jaar: number | null;
  verwacht: "empty" | "invalid" | Period;
  afwijking?: { start_jaar: number | null; eind_jaar: number | null; reden: string };
}

describe("parsePeriod on the 83 seed timing texts", () => {
  const rows = fixture.teksten as FixtureRow[];

  it("holds all 83 activities", () => {
    expect(rows).toHaveLength(83);
    expect(new Set(rows.map((r) => r.id)).size).toBe(83);
  });

  it.each(rows.map((r) => [r.id, r] as const))("%s", (_id, row) => {
    const result = parsePeriod(row.uitvoering_tekst);
    if (row.verwacht === "empty" || row.verwacht === "invalid") {
      expect(result).toMatchObject({ ok: false, reason: row.verwacht });
      return;
    }
    expect(result).toEqual({ ok: true, value: row.verwacht });
    if (!result.ok) return;
    const years = row.afwijking ?? row;
    const startYear = periodStartDate(result.value)?.slice(0, 4) ?? null;
    const endYear = periodEndDate(result.value)?.slice(0, 4) ?? null;
    expect([startYear && +startYear, endYear && +endYear]).toEqual([years.start_jaar, years.eind_jaar]);
  });

  // Issue 10: 7 of Dronten's 36 texts were called unreadable, quoted from the signed agreement.
  it("reads every filled seed text: 0 of the 79 unreadable (the only texts left unreadable are those with no time in them, and the seed has none)", () => {
    const filled = rows.filter((r) => r.uitvoering_tekst !== null);
    const unreadable = filled.filter((r) => !parsePeriod(r.uitvoering_tekst).ok).map((r) => r.uitvoering_tekst);
    expect(filled).toHaveLength(79);
    expect(unreadable).toEqual([]);
    expect(rows.filter((r) => r.verwacht === "invalid")).toEqual([]);
  });

  it("documents every deliberate difference from the seed's years", () => {
    for (const row of rows.filter((r) => r.afwijking)) {
      expect(row.afwijking?.reden.length).toBeGreaterThan(20);
      expect([row.afwijking?.start_jaar, row.afwijking?.eind_jaar]).not.toEqual([row.start_jaar, row.eind_jaar]);
    }
  });
});
