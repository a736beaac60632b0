import { compareStates } from "../../../src/core/compare/compareStates";
import { describeComparison } from "../../../src/core/compare/describeComparison";
import { formatComparisonText } from "../../../src/core/compare/formatComparisonText";
import type { Comparison } from "../../../src/core/compare/types";
import { stateOf } from "../state/helpers";
import { sampleSnapshot } from "../summary/sample";
import { recorded } from "./helpers";
import { copySnapshot, juneAndNovember, novemberComparison, setByKey } from "./scenario";

describe("the June sample against November", () => {
  let comparison: Comparison;
  beforeAll(async () => {
    comparison = await novemberComparison();
  });

  it("gives the issue's JSON shape with stable field names and typed values", () => {
    const json = JSON.parse(JSON.stringify(comparison));
    expect(json.from).toEqual({ file: null, source: "recorded", referenceDate: "2025-06-15", meetingDate: "2025-06-26", recordedAt: "2025-06-20T14:03:12", municipality: "Dronten" });
    expect(json.to).toMatchObject({ file: "huidige.xlsx", source: "workbook", referenceDate: "2025-11-15" });
    expect(json.activities.added).toEqual([expect.objectContaining({ id: "5.1a", sheet: "Activiteiten", row: 39 })]);
    expect(json.activities.removed).toEqual([expect.objectContaining({ id: "0d" })]);
    expect(json.activities.changed).toContainEqual(expect.objectContaining({ id: "1.1a", column: "Status", from: "In uitvoering", to: "Gereed", sheet: "Activiteiten", cell: "I5" }));
    expect(json.indicators.measurements).toEqual([expect.objectContaining({ id: "GS-3", year: 2025, from: null, to: 0.49 })]);
    expect(json.quota.changed).toContainEqual(expect.objectContaining({ period: "2025-H1", column: "Gehuisvest", from: null, to: 40 }));
    expect(json.quota.backlog).toEqual({ from: 48, to: 36, statedFrom: 32, statedTo: 32 });
    expect(Object.keys(json.findings)).toEqual(["resolved", "new", "byRule"]);
  });

  it("tells the meeting first that a closed half-year was edited, then the activities in its own words", () => {
    const described = describeComparison(comparison, "nl");
    expect(described.heading).toBe("Sinds het vorige overleg (26 juni 2025)");
    expect(described.groups.map((g) => g.id)).toEqual(["alerts", "activities", "indicators", "quota", "findings"]);
    expect(described.groups[0].lines).toEqual([
      {
        tag: "Afgesloten halfjaar gewijzigd",
        subject: "1e helft 2024",
        change: "Gehuisvest: 18 → 34",
        detail: "Een cijfer van een afgesloten halfjaar is veranderd; de raad en de provincie hebben het oude.",
        tone: "alert",
        sheet: "Taakstelling",
        cell: "C6",
      },
    ]);
    const activities = described.groups[1];
    expect(activities.counts).toBe("1 afgerond · 1 vertraagd · 1 afspraak gewijzigd · 1 realisatie bijgewerkt · 1 nieuw · 1 niet meer in de tabel");
    expect(activities.lines.map((l) => [l.tag, l.subject, l.change, l.detail, l.tone])).toEqual([
      ["Afgerond", "1.1a Groei sociale huurwoningen", "Status: In uitvoering → Gereed", null, "plain"],
      ["Vertraagd", "1.1b Overleg meerjaren doorkijk nieuwbouw", "Status: In uitvoering → Vertraagd", "Toelichting: Bouwvergunning later verleend", "attention"],
      ["Afspraak gewijzigd", "1.2a Passend toewijzen", "Planning: in 2026 → 2027", null, "attention"],
      ["Realisatie", "1.1a Groei sociale huurwoningen", "Realisatie: 0 → 97", null, "plain"],
      ["Nieuw", "5.1a Doorstroming senioren", "Status: Niet gestart", null, "plain"],
      ["Niet meer in de tabel", "0d Koppelkansen", "Laatste status: Niet gestart", null, "attention"],
    ]);
    expect(described.groups[2].lines).toEqual([expect.objectContaining({ tag: "Nieuwe meting", change: "2025: 49%", sheet: "Metingen", cell: "D12" })]);
    expect(described.groups[3].counts).toBe("Achterstand: toen 48, nu 36 (volgens de tabel: toen 32, nu 32)");
    expect(described.groups[3].lines.map((l) => [l.tag, l.subject, l.change])).toEqual([["Nu bekend", "1e helft 2025", "Gehuisvest: leeg → 40"]]);
  });

  it("renders as text for the command line, in Dutch and English, each line with its cell", () => {
    const nl = formatComparisonText(comparison, "nl");
    expect(nl.split("\n").slice(0, 4)).toEqual([
      "Sinds het vorige overleg (26 juni 2025)",
      "Vergeleken met de stand die bij de vorige samenvatting is vastgelegd (20 juni 2025, peildatum 15 juni 2025).",
      "Nu: huidige.xlsx (peildatum 15 november 2025).",
      "",
    ]);
    expect(nl).toContain("! Afgesloten halfjaar gewijzigd  1e helft 2024 — Gehuisvest: 18 → 34 — Een cijfer van een afgesloten halfjaar is veranderd;");
    expect(nl).toContain("  Afgerond               1.1a Groei sociale huurwoningen — Status: In uitvoering → Gereed  [Activiteiten!I5]\n");
    expect(nl).toContain("Controle: ");
    const en = formatComparisonText(comparison, "en");
    expect(en).toContain("Since the previous meeting (26 June 2025)");
    expect(en).toContain("  Finished                1.1a Groei sociale huurwoningen — Status: In uitvoering → Gereed  [Activiteiten!I5]\n");
    expect(en).toContain("Quota: Backlog: then 48, now 36 (per table: then 32, now 32)");
  });

  it("says plainly that nothing changed when nothing did", async () => {
    const june = await sampleSnapshot();
    const c = compareStates({ state: recorded(stateOf(june)), source: "recorded" }, { state: stateOf(june), source: "workbook" });
    expect(describeComparison(c).nothingChanged).toBe(true);
    expect(formatComparisonText(c, "nl")).toContain("Er is niets veranderd in de activiteiten, indicatoren, taakstelling en bevindingen van de controle.");
  });

  it("names the earlier file when two workbooks are compared", async () => {
    const { june, november } = await juneAndNovember();
    const c = compareStates({ state: stateOf(june, { meetingDate: null }), source: "workbook", file: "vorige.xlsx" }, { state: stateOf(november, { meetingDate: null }, "2025-11-20"), source: "workbook", file: "huidige.xlsx" });
    expect(describeComparison(c).heading).toBe("Sinds vorige.xlsx (peildatum 15 juni 2025)");
    expect(describeComparison(c).intro[0]).toBe("Vergeleken met vorige.xlsx (peildatum 15 juni 2025).");
    const agreement = compareStates(
      { state: stateOf(june, { meetingDate: null }), source: "workbook" },
      { state: stateOf((() => { const s = copySnapshot(june); setByKey(s, "Activiteiten", "1.1a", "Afspraak", "Groei sociale huurwoningen: 120 woningen"); return s; })(), { meetingDate: null }), source: "workbook" },
    );
    expect(agreement.activities.changed[0]).toMatchObject({ column: "Afspraak", to: "Groei sociale huurwoningen: 120 woningen" });
    expect(String(agreement.activities.changed[0].from).length).toBeGreaterThan(100);
  });
});
