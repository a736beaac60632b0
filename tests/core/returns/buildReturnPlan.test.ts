import { checkModel, checkWorkbook } from "../../../src/core/engine/checkWorkbook";
import { buildModel } from "../../../src/core/model/workbookModel";
import { buildReturnPlan, planReturns, returnFileName, type ReturnOptions, type ReturnPlan } from "../../../src/core/returns/buildReturnPlan";
import { readReturnTables } from "../../../src/core/merge/readReturn";
import { readReturnIdentity } from "../../../src/core/returns/returnIdentity";
import { returnWarningMessage } from "../../../src/core/returns/returnWords";
import type { SheetPlan } from "../../../src/core/returns/sheetPlan";
import { fragmentToSnapshot, type WorkbookFragment } from "../../../src/core/rules/fragment";
import { ACTIVITIES, INDICATORS, MEASUREMENTS, PARTIES, QUOTA, SETTINGS } from "../../../src/core/schema/tables";
import { activity } from "../rules/fixtures";
import { plansToSnapshot } from "./planToSnapshot";

const FRAGMENT: WorkbookFragment = {
  activities: [
    activity({ ID: "1.1a", Trekker: "OFW", Betrokkenen: "Gemeente; HBV", Planning: null, Toelichting: '=HYPERLINK("https://ofw.example")' }),
    activity({ ID: "1.1b", Trekker: "Gemeente", Betrokkenen: "OFW", Afspraak: "Overleg meerjaren doorkijk nieuwbouw: elk kwartaal", Status: "Niet gestart" }),
    activity({ ID: "1.2", Trekker: "Corporaties", Betrokkenen: null, Afspraak: "Doorstroming ouderen", Status: "Niet gestart" }),
    activity({ ID: "1.3", Trekker: "Gemeente", Betrokkenen: null, Afspraak: "Alleen de gemeente" }),
  ],
  indicators: [
    { ID: "BZ-1", Indicator: "% huishoudens met een laag inkomen", Eenheid: "%", Richting: "Maximaal", Nulmeting: 0.03, "Nulmeting jaar": 2022, Streefwaarde: 0.03, Streefjaar: 2028, Bron: "CBS" },
    { ID: "WON-1", Indicator: "Opgeleverde sociale huurwoningen", Eenheid: "aantal", Richting: "Toename", Nulmeting: 120, "Nulmeting jaar": 2022, Streefwaarde: 300, Streefjaar: 2028, Bron: "OFW (jaarverslag)" },
  ],
  measurements: [
    { Indicator: "WON-1", Jaar: 2023, Waarde: 130 },
    { Indicator: "WON-1", Jaar: 2024, Waarde: null, Toelichting: "volgt" },
    { Indicator: "BZ-1", Jaar: 2024, Waarde: 0.031 },
  ],
  parties: [
    { Partij: "Gemeente Dronten", Afkorting: null, Rol: "Gemeente", Contactpersoon: "Beleidsadviseur wonen", "E-mail": "wonen@dronten.example" },
    { Partij: "Oost Flevoland Woondiensten", Afkorting: "OFW", Rol: "Corporatie" },
    { Partij: "Huurders Belangen Vereniging", Afkorting: "HBV", Rol: "Huurdersorganisatie" },
    { Partij: "Aeres", Afkorting: null, Rol: "Overig" },
  ],
  settings: [
    { Instelling: "Gemeente", Waarde: "Dronten" },
    { Instelling: "Peildatum", Waarde: "2025-06-15" },
    { Instelling: "Verslagjaar", Waarde: 2025 },
    { Instelling: "Datum bestuurlijk overleg", Waarde: "26 juni 2025" },
  ],
};

function overview(fragment: WorkbookFragment = FRAGMENT) {
  const model = buildModel(fragmentToSnapshot(fragment));
  return { model, report: checkModel(model, { today: "2025-05-29" }) };
}

function plan(party: string, options: Partial<ReturnOptions> = {}, fragment?: WorkbookFragment): ReturnPlan {
  const { model, report } = overview(fragment);
  const result = buildReturnPlan(model, report, { party, issuedOn: "2025-05-29", ...options });
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.plan;
}

function sheetNamed(p: ReturnPlan, name: string): SheetPlan {
  return p.sheets.find((s) => s.name === name)!;
}

function texts(sheet: SheetPlan): string[] {
  return sheet.cells.map((c) => String(c.value.value));
}

function tableRows(p: ReturnPlan, sheet: string): unknown[][] {
  return sheetNamed(p, sheet).tables[0].rows.map((row) => row.map((v) => v?.value ?? null));
}

describe("the return workbook of a party", () => {
  it("holds the cover first, then the tables with the contract's names and headers", () => {
    const p = plan("OFW");
    expect(p.sheets.map((s) => s.name)).toEqual(["Uitvraag", "Activiteiten", "Metingen", "Te doen", "Indicatoren", "Partijen", "Taakstelling", "Instellingen"]);
    const tables = p.sheets.flatMap((s) => s.tables.map((t) => [s.name, t.name, t.columns.map((c) => c.header)]));
    expect(tables).toEqual(
      [ACTIVITIES, MEASUREMENTS, INDICATORS, PARTIES, QUOTA, SETTINGS].map((spec) => [spec.sheet, spec.table, spec.columns.map((c) => c.header)]),
    );
    expect(p.fileName).toBe("retour-ofw.xlsx");
  });

  it("asks the activities the party leads or is involved in, groups resolved to their members", () => {
    expect(tableRows(plan("OFW"), "Activiteiten").map((r) => r[0])).toEqual(["1.1a", "1.1b", "1.2"]);
    expect(plan("OFW").counts).toMatchObject({ activitiesLead: 2, activitiesInvolved: 1 });
    expect(tableRows(plan("HBV"), "Activiteiten").map((r) => r[0])).toEqual(["1.1a"]);
    expect(tableRows(plan("Gemeente Dronten"), "Activiteiten").map((r) => r[0])).toEqual(["1.1a", "1.1b", "1.3"]);
  });

  it("copies the overview's rows typed as they are: text (a formula-looking one too) as text, dates as dates", () => {
    const [first] = plan("OFW").sheets[1].tables[0].rows;
    expect(first[ACTIVITIES.columns.findIndex((c) => c.key === "note")]).toEqual({ type: "text", value: '=HYPERLINK("https://ofw.example")' });
    expect(first[ACTIVITIES.columns.findIndex((c) => c.key === "updated")]).toEqual({ type: "text", value: "2025-05-01" });
  });

  it("marks the agreement columns shaded and locked, the answer columns open, with a Status drop-down", () => {
    const sheet = plan("OFW").sheets[1];
    const [table] = sheet.tables;
    expect(table.columns.filter((c) => c.role === "answer").map((c) => c.header)).toEqual(["Status", "Toelichting", "Realisatie", "Laatst bijgewerkt", "Bijgewerkt door"]);
    expect(table.columns.every((c) => c.locked === (c.role === "agreement"))).toBe(true);
    expect(table.ref).toBe("A3:O6");
    expect(sheet.validations).toEqual([{ range: "I4:I6", values: ["Niet gestart", "In uitvoering", "Vertraagd", "Gereed", "Vervallen"], strict: true }]);
    // Tables that grow are not protected; the reference sheets are, without a password.
    expect(sheet.protection).toBeNull();
    expect(sheetNamed(plan("OFW"), "Partijen").protection).toMatchObject({ password: null });
  });

  it("asks the measurements the party is the Bron of, for the years still missing", () => {
    expect(tableRows(plan("OFW"), "Metingen")).toEqual([
      ["WON-1", 2024, null, null, null, "volgt"],
      ["WON-1", 2025, null, null, null, null],
    ]);
    expect(tableRows(plan("Gemeente Dronten"), "Metingen").map((r) => r.slice(0, 2))).toEqual([
      ["BZ-1", 2023],
      ["BZ-1", 2025],
    ]);
    expect(tableRows(plan("HBV"), "Metingen")).toEqual([[null, null, null, null, null, null]]);
  });

  it("shows the indicators its measurements belong to", () => {
    expect(tableRows(plan("OFW"), "Indicatoren").map((r) => r[0])).toEqual(["WON-1"]);
  });

  it("identifies itself in Instellingen: Partij and Uitvraag, and the deadline", () => {
    expect(tableRows(plan("OFW"), "Instellingen")).toEqual([
      ["Gemeente", "Dronten"],
      ["Peildatum", "2025-06-15"],
      ["Verslagjaar", 2025],
      ["Datum bestuurlijk overleg", "26 juni 2025"],
      ["Partij", "Oost Flevoland Woondiensten"],
      ["Uitvraag", "2025-05-29"],
      ["Retour uiterlijk", "2025-06-12"],
    ]);
    const snapshot = plansToSnapshot(plan("OFW").sheets);
    expect(readReturnIdentity(readReturnTables(snapshot).settings)).toEqual({ party: "Oost Flevoland Woondiensten", issuedOn: "2025-05-29" });
  });

  it("says on its cover, in plain Dutch, from whom, for whom, by when and where it goes", () => {
    const cover = texts(plan("OFW").sheets[0]);
    expect(cover.slice(0, 2)).toEqual(["Uitvraag activiteitenoverzicht gemeente Dronten", "Voor Oost Flevoland Woondiensten (OFW)"]);
    expect(cover).toEqual(expect.arrayContaining(["Van", "De werkgroep van het activiteitenoverzicht, namens Gemeente Dronten, Beleidsadviseur wonen", "Terugsturen naar", "wonen@dronten.example", "Uiterlijk terug", "12 juni 2025"]));
    expect(cover).toContain("Activiteiten (werkblad Activiteiten): 2 activiteiten waarvan u trekker bent en 1 activiteit waarbij u betrokken bent. Werk per activiteit Status, Toelichting, Realisatie, Laatst bijgewerkt en Bijgewerkt door bij.");
    expect(cover[cover.length - 1]).toBe("Sla het bestand op en stuur het uiterlijk 12 juni 2025 naar wonen@dronten.example.");
    expect(cover.join(" ")).not.toMatch(/undefined|null|\{\{|[a-z]+-[a-z]+-[a-z]+/);
  });

  it("takes the deadline given, and warns when it has passed or there is none", () => {
    expect(plan("OFW", { deadline: "2025-06-01" }).deadline).toEqual({ date: "2025-06-01", source: "option" });
    expect(plan("OFW", { deadline: "2025-05-01" }).warnings).toContain("deadline-passed");
    const withoutMeeting = { ...FRAGMENT, settings: [{ Instelling: "Gemeente", Waarde: "Dronten" }] };
    const p = plan("OFW", {}, withoutMeeting);
    expect(p.deadline).toEqual({ date: null, source: "none" });
    expect(p.warnings).toContain("no-deadline");
    expect(texts(p.sheets[0])).toContain("zo snel mogelijk (er is geen datum afgesproken)");
    expect(returnWarningMessage("no-deadline", p.party.label, "nl")).toBe("OFW: er is geen uiterste datum. Vul Datum bestuurlijk overleg in bij Instellingen of geef een datum op.");
  });

  it("lists every to-do item with the agreement's words and the cell in the return where it is answered", () => {
    const todo = sheetNamed(plan("OFW"), "Te doen");
    const header = todo.frozenRows;
    const rows = [...new Set(todo.cells.filter((c) => c.row > header).map((c) => c.row))].map((row) => todo.cells.filter((c) => c.row === row).map((c) => c.value.value));
    expect(rows).toEqual([[1, "Activiteit 1.1a: Planning invullen", "OFW realiseert 97 appartementen in Dronten-Zuid", "Activiteiten", "G4"]]);
  });

  it("is in English when asked, with the contract's sheet names kept", () => {
    const p = plan("OFW", { lang: "en" });
    expect(p.sheets.map((s) => s.name)).toEqual(["Request", "Activiteiten", "Metingen", "To do", "Indicatoren", "Partijen", "Taakstelling", "Instellingen"]);
    expect(texts(p.sheets[0])[1]).toBe("For Oost Flevoland Woondiensten (OFW)");
  });

  it("is read by the check as any overview: no structure findings", () => {
    for (const party of ["OFW", "HBV", "Gemeente Dronten", "Aeres"]) {
      const report = checkWorkbook(plansToSnapshot(plan(party).sheets), { today: "2025-06-01" });
      expect(report.findings.filter((f) => f.category === "structure")).toEqual([]);
    }
  });

  it("refuses a party that is not in Partijen, naming the known ones", () => {
    const { model, report } = overview();
    expect(buildReturnPlan(model, report, { party: "Woonstichting X", issuedOn: "2025-05-29" })).toEqual({
      ok: false,
      problem: { kind: "unknown-party", party: "Woonstichting X", known: ["Gemeente Dronten", "OFW", "HBV", "Aeres"] },
    });
  });

  it("plans a return for every party that is asked something, with unique file names", () => {
    const { model, report } = overview();
    const all = planReturns(model, report, { issuedOn: "2025-05-29" });
    expect(all.plans.map((p) => p.fileName)).toEqual(["retour-gemeente-dronten.xlsx", "retour-ofw.xlsx", "retour-hbv.xlsx"]);
    expect(all.skipped).toEqual(["Aeres"]);
    expect(planReturns(model, report, { issuedOn: "2025-05-29", parties: ["Aeres"] }).plans[0].warnings).toContain("nothing-asked");
    expect(returnFileName("Huurders Bélangen / Vereniging")).toBe("retour-huurders-belangen-vereniging.xlsx");
  });
});
