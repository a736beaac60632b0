import { rule as settingInvalid } from "../../../src/core/rules/setting-invalid";
import { checkWorkbook } from "../../../src/core/engine/checkWorkbook";
import { fragmentToSnapshot } from "../../../src/core/rules/fragment";
import { activity } from "./fixtures";
import { testRule } from "./ruleTester";

testRule(settingInvalid, {
  valid: [
    { name: "readable settings and a real rule id", fragment: { settings: [{ Instelling: "Peildatum", Waarde: "1 juli 2025" }, { Instelling: "Regel uit: stale-row", Waarde: null }, { Instelling: "Regel ernst: unknown-party", Waarde: "waarschuwing" }] } },
    { name: "a whole category switched off", fragment: { settings: [{ Instelling: "Regel uit: time", Waarde: "ja" }] } },
    { name: "a rule named as the Controle sheet names it", fragment: { settings: [{ Instelling: "Regel uit: Lang niet bijgewerkt", Waarde: null }, { Instelling: "Regel ernst: planning eindigt voor het begin", Waarde: "info" }] } },
  ],
  invalid: [
    { name: "an unreadable reference date", fragment: { settings: [{ Instelling: "Peildatum", Waarde: "binnenkort" }] }, errors: [{ messageId: "unreadable", sheet: "Instellingen", cell: "B2", includes: "Peildatum 'binnenkort'" }] },
    { name: "a typo in a rule id", fragment: { settings: [{ Instelling: "Regel uit: stale-rwo", Waarde: null }] }, errors: [{ messageId: "unknownRule", cell: "A2" }] },
  ],
});

describe("rules switched off or re-graded in Instellingen", () => {
  const fragment = {
    activities: [activity({ "Laatst bijgewerkt": "2024-01-01", Trekker: "OFW " })],
    settings: [
      { Instelling: "Peildatum", Waarde: "2025-06-15" },
      { Instelling: "Regel uit: stale-row", Waarde: null },
      { Instelling: "Regel ernst: unknown-party", Waarde: "waarschuwing" },
    ],
  };

  it("skips a switched-off rule, changes the severity of another and says so in the report", () => {
    const report = checkWorkbook(fragmentToSnapshot(fragment), { today: "2025-06-15" });
    // The fragment leaves Indicatoren and Taakstelling empty on purpose; table-empty says so, apart from the point here.
    expect(report.findings.filter((f) => f.rule !== "table-empty").map((f) => [f.rule, f.severity])).toEqual([["unknown-party", "warning"]]);
    expect(report.disabledRules).toEqual(["stale-row"]);
    expect(report.severityOverrides).toEqual({ "unknown-party": "warning" });
  });

  it("lets the user's Regel ernst win over the severity a rule gives one finding itself", () => {
    // 'OFW ' is resolved (a trailing space): the rule grades that finding a warning itself; the user says error.
    const regraded = { ...fragment, settings: [{ Instelling: "Peildatum", Waarde: "2025-06-15" }, { Instelling: "Regel ernst: unknown-party", Waarde: "fout" }] };
    const report = checkWorkbook(fragmentToSnapshot(regraded), { today: "2025-06-15" });
    expect(report.findings.filter((f) => f.rule === "unknown-party").map((f) => f.severity)).toEqual(["error"]);
  });

  it("takes a rule's name as well as its id", () => {
    const named = { ...fragment, settings: [{ Instelling: "Peildatum", Waarde: "2025-06-15" }, { Instelling: "Regel uit: Lang niet bijgewerkt", Waarde: null }, { Instelling: "Regel ernst: Partijnaam klopt niet", Waarde: "info" }] };
    const report = checkWorkbook(fragmentToSnapshot(named), { today: "2025-06-15" });
    expect(report.findings.map((f) => f.rule)).not.toContain("stale-row");
    expect(report.findings.filter((f) => f.rule === "unknown-party").map((f) => f.severity)).toEqual(["info"]);
  });

  it("--peildatum overrides the workbook's Peildatum", () => {
    const report = checkWorkbook(fragmentToSnapshot(fragment), { today: "2025-06-15", referenceDate: "2027-01-31" });
    expect(report.referenceDate).toBe("2027-01-31");
    expect(report.referenceDateSource).toBe("option");
    expect(report.findings.map((f) => f.rule)).toContain("activity-overdue");
  });
});
