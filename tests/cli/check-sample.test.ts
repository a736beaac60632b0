import type { Finding } from "../../src/core/rules/types";
import { runCli } from "./runCli";

const SAMPLE = "assets/Voorbeeld-activiteitenoverzicht.xlsx";

type JsonFinding = Omit<Finding, "category">;

describe("beleidsmonitor check on the sample workbook", () => {
  let report: {
    counts: Record<string, number>;
    findings: JsonFinding[];
    quota: {
      periods: { period: string; label: string; due: number; balance: number | null; statedDue: number; statedBalance: number | null }[];
      backlog: number;
      headline: { period: string; statedBacklog: number; computedBacklog: number; explainedBy: { cell: string; value: number; expected: number }[] };
      projection: unknown;
      projections: Record<string, unknown>[];
    };
    indicators: { id: string; status: string }[];
    todo: { party: string; items: unknown[] }[];
  };
  let code: number;

  beforeAll(async () => {
    const result = await runCli(["check", SAMPLE, "--json"]);
    code = result.code;
    report = JSON.parse(result.stdout);
  });

  it("exits with 1 because the sample holds errors", () => {
    expect(code).toBe(1);
    expect(report.counts.error).toBeGreaterThan(0);
  });

  it("has the seven half-years of Dronten's table and the next one's expected quota, computed equal to the stated figures up to the contradiction", () => {
    expect(report.quota.periods.map((p) => p.period)).toEqual(["2022-H1", "2022-H2", "2023-H1", "2023-H2", "2024-H1", "2024-H2", "2025-H1", "2025-H2"]);
    expect(report.quota.periods[0].label).toBe("Eerste helft 2022");
    for (const p of report.quota.periods.slice(0, 4)) {
      expect(p.due).toBe(p.statedDue);
      expect(p.balance).toBe(p.statedBalance);
    }
    expect(report.quota.periods[4]).toMatchObject({ due: 90, statedDue: 90, balance: -72, statedBalance: -56 });
  });

  it("reports the H1-2024 contradiction at its cause, and what realisation and plan leave at 1 July 2025 and 1 January 2026", () => {
    const quota = report.findings.filter((f) => f.sheet === "Taakstelling").map((f) => [f.rule, f.cell]);
    // One cause, one finding: the 18 housed at C6 where Opgave 90 and Saldo -56 imply 34; D7, E7 and D8 only follow from it.
    expect(quota).toEqual([
      ["quota-stated-mismatch", "C6"],
      ["plan-projected-backlog", "D8"],
      ["plan-projected-backlog", "D9"],
    ]);
    const cause = report.findings.find((f) => f.rule === "quota-stated-mismatch");
    expect(cause?.message).toContain("Gehuisvest 18 past niet bij opgave 90 en een vermelde achterstand van 56: daarbij horen 34 gehuisvest");
    expect(cause?.message).toContain("Daardoor berekent Beleidsmonitor na 2e helft 2024 een achterstand van 48 in plaats van 32.");
    expect(report.quota.headline).toMatchObject({ period: "2024-H2", statedBacklog: 32, computedBacklog: 48, explainedBy: [{ cell: "C6", value: 18, expected: 34 }] });
    // January–April realised (46), May not yet (the finding asks for it), May and June planned (15).
    expect(report.quota.projections).toMatchObject([
      { peilmoment: "2025-07-01", statedDue: 76, due: 92, realised: 46, realisedMonths: ["2025-01", "2025-02", "2025-03", "2025-04"], planned: 15, plannedMonths: ["2025-05", "2025-06"], missingMonths: ["2025-05"], shortfallStated: 15, shortfall: 31 },
      { peilmoment: "2026-01-01", quota: 44, statedDue: 59, due: 75, planned: 63, plannedMax: 73, shortfallStated: 0, shortfall: 12, shortfallAtMax: 2 },
    ]);
    expect(report.quota.projection).toEqual(report.quota.projections[0]);
    const plan = report.findings.find((f) => f.rule === "plan-projected-backlog");
    expect(plan?.message).toContain("Verwachte achterstand op 1 juli 2025: 15 volgens de tabel (berekend 31). Opgave 76 volgens de tabel (berekend 92); gerealiseerd 46 (jan t/m apr 2025); gepland 15 (mei, jun 2025).");
    const may = report.findings.find((f) => f.rule === "plan-realisation-missing");
    expect(may).toMatchObject({ sheet: "Planning", cell: "D22", severity: "warning" });
    const todo = report.todo.find((t) => t.party === "Gemeente Dronten")?.items as { rule: string; what: string }[];
    expect(todo.find((i) => i.rule === "plan-realisation-missing")?.what).toBe("Planning: Gerealiseerd invullen voor mei 2025 (COA-cijfer)");
  });

  it("points every finding at a sheet, and at the right row, column and cell", () => {
    const ofw = report.findings.find((f) => f.rule === "unknown-party" && f.cell === "E11");
    expect(ofw).toMatchObject({ sheet: "Activiteiten", table: "tblActiviteiten", row: 11, column: "Trekker", severity: "warning", message: expect.stringContaining("'OFW ' telt mee als 'OFW', maar eindigt op een spatie") });
    const status = report.findings.find((f) => f.rule === "value-not-in-list" && f.cell === "I27");
    expect(status).toMatchObject({ severity: "warning", message: expect.stringContaining("hoofdletters wijken af") });
    for (const f of report.findings) {
      expect(f.sheet).not.toBe("");
      if (f.cell && f.row) expect(f.cell).toMatch(new RegExp(`^[A-Z]+${f.row}$`));
    }
  });

  it("catches the social-domain indicators' contradicting direction and missing baseline", () => {
    expect(report.findings.some((f) => f.rule === "direction-contradiction" && f.sheet === "Indicatoren")).toBe(true);
    expect(report.findings.some((f) => f.rule === "placeholder-value" && f.sheet === "Indicatoren" && f.column === "Nulmeting")).toBe(true);
    expect(report.indicators.find((i) => i.id === "KG-2")?.status).toBe("onbekend");
  });

  it("prints a grouped text report with the figures and the to-do list", async () => {
    const text = (await runCli(["check", SAMPLE])).stdout;
    expect(text).toContain("Dronten · peildatum 15 juni 2025 (uit Instellingen)");
    expect(text).toMatch(/FOUTEN\n {2}Activiteiten/);
    expect(text).toContain("C6     Taakstelling Eerste helft 2024 (rij 6): Gehuisvest 18 past niet bij opgave 90 en een vermelde achterstand van 56");
    // What changes a BO figure first (rankFindings), the quota's first; then errors, then the rest.
    expect(text.indexOf("VAN INVLOED OP DE CIJFERS VOOR HET OVERLEG\n  Taakstelling\n    C6 ")).toBeGreaterThan(0);
    expect(text.indexOf("VAN INVLOED OP DE CIJFERS")).toBeLessThan(text.indexOf("FOUTEN"));
    // Rules by their name, never their id; the half-year in words.
    expect(text).toContain("A28    Activiteit 2.2a (rij 28): ID '2.2a' komt al voor in rij 27.  [ID dubbel]");
    expect(text).not.toMatch(/\[[a-z]+(-[a-z0-9]+)+\]|--json|--peildatum|H[12]\b/);
    expect(text).toContain("Achterstand na 2e helft 2024: 32 volgens de tabel (de officiële stand); berekend 48\n    verschil verklaard door Taakstelling C6: Gehuisvest 18, de tabel gaat uit van 34");
    expect(text).toContain(
      "Verwachting 1 juli 2025: opgave 76 volgens de tabel (berekend 92); gerealiseerd 46 (jan t/m apr 2025); gepland 15 (mei, jun 2025); verwacht tekort 15 volgens de tabel (berekend 31)\n    Voor mei 2025 is de realisatie nog niet ingevuld; die maand telt met het plan.",
    );
    expect(text).toContain("Verwachting 1 januari 2026: opgave 59 volgens de tabel (berekend 75); nog niets gerealiseerd; gepland 63 tot 73 (jul t/m dec 2025);");
    expect(text).toContain("Uitvraag: nog aan te leveren per partij");
  });

  it("speaks English with --lang en", async () => {
    const text = (await runCli(["check", SAMPLE, "--lang", "en"])).stdout;
    expect(text).toContain("reference date 15 June 2025 (from Instellingen)");
    expect(text).toContain("Housed 18 does not fit the due 90 and a stated backlog of 56: they go with 34 housed");
    expect(text).toContain("As a result Beleidsmonitor computes a backlog of 48 instead of 32 after the second half of 2024.");
  });
});
