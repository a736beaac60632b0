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

  it.each([
    "Afhankelijk van de ingangsdatum van de wet (tijdig)", "binnen 6 maanden", "Daarna", "asap", "zo snel mogelijk", "random woorden",
    "in het voorjaar", "In september", "2025 en 2027", "tot 2028", "2025 tot 2028", "voor 2027",
    "In 2026; binnen 6 maanden", "In 2026; in het voorjaar (inspiratiemarkt)", "Van 2024 tot en met 2029; In 2026; Daarna",
    "In 2026 (2027)", "2025 (vanaf 2030)", "1850", "2026 2027", "zomer 2026", "1 juli 2026", "Q5 2026", "dertiende maand 2026",
    "met de intentie om dit structureel in te zetten", "(pilot)", "2025: veel won.", "2025: 10-20 won.", "2025: 5 of meer",
    "bij voorkeur snel", "jaarlijks in 2025 en 2027", ";", "Jaarlijks; Doorlopend",
  ])("%j is invalid", (text) => {
    expect(parsePeriod(text)).toEqual({ ok: false, reason: "invalid", text });
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

  it("documents every deliberate difference from the seed's years", () => {
    for (const row of rows.filter((r) => r.afwijking)) {
      expect(row.afwijking?.reden.length).toBeGreaterThan(20);
      expect([row.afwijking?.start_jaar, row.afwijking?.eind_jaar]).not.toEqual([row.start_jaar, row.eind_jaar]);
    }
  });
});
