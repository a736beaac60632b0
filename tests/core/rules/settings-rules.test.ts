import { rule as settingInvalid } from "../../../src/core/rules/setting-invalid";
import { checkWorkbook } from "../../../src/core/engine/checkWorkbook";
import { fragmentToSnapshot } from "../../../src/core/rules/fragment";
import { activity, indicator } from "./fixtures";
import { testRule } from "./ruleTester";

testRule(settingInvalid, {
  valid: [
    { name: "readable settings and a real rule id", fragment: { settings: [{ Instelling: "Peildatum", Waarde: "1 juli 2025" }, { Instelling: "Regel uit: stale-row", Waarde: null }, { Instelling: "Regel ernst: unknown-party", Waarde: "waarschuwing" }] } },
    { name: "a whole category switched off", fragment: { settings: [{ Instelling: "Regel uit: time", Waarde: "ja" }] } },
    {
      name: "the summary's choice by printed heading, alias, number or English, any case, and the workbook's own programmes and themes",
      fragment: {
        activities: [activity()],
        indicators: [indicator(), indicator({ ID: "GS-1", Programma: "Gezond Samenleven versterken" })],
        settings: [
          { Instelling: "Samenvatting onderdelen", Waarde: "activiteiten; 3. Taakstelling statushouders; Request; Kerncijfers" },
          { Instelling: "Samenvatting programmas", Waarde: "gezond samenleven versterken" },
          { Instelling: "Samenvatting thema's", Waarde: "Betaalbaar wonen" },
        ],
      },
    },
    { name: "an empty choice (everything)", fragment: { settings: [{ Instelling: "Samenvatting onderdelen", Waarde: null }] } },
    { name: "a rule named as the Controle sheet names it", fragment: { settings: [{ Instelling: "Regel uit: Lang niet bijgewerkt", Waarde: null }, { Instelling: "Regel ernst: planning eindigt voor het begin", Waarde: "info" }] } },
  ],
  invalid: [
    { name: "an unreadable reference date", fragment: { settings: [{ Instelling: "Peildatum", Waarde: "binnenkort" }] }, errors: [{ messageId: "unreadable", sheet: "Instellingen", cell: "B2", includes: "Peildatum 'binnenkort'" }] },
    { name: "a typo in a rule id", fragment: { settings: [{ Instelling: "Regel uit: stale-rwo", Waarde: null }] }, errors: [{ messageId: "unknownRule", cell: "A2" }] },
    {
      name: "a section name with a typo: the nearest heading is suggested and the summary keeps every section",
      fragment: { settings: [{ Instelling: "Samenvatting onderdelen", Waarde: "Activiteiten; Taakstelling vergunninghoudrs" }] },
      errors: [{ messageId: "unknownChoice", cell: "B2", severity: "warning", includes: "'Taakstelling vergunninghoudrs' is geen onderdeel van de samenvatting — bedoelde u 'Taakstelling vergunninghouders'? Zolang dat niet klopt, komen alle onderdelen in de samenvatting." }],
    },
    {
      name: "a section nothing resembles: the valid names are listed",
      fragment: { settings: [{ Instelling: "Samenvatting onderdelen", Waarde: "Wonen" }] },
      errors: [{ messageId: "unknownChoiceNoSuggestion", cell: "B2", includes: "Kies uit: Sinds het vorige overleg; Activiteiten; Indicatoren; Taakstelling vergunninghouders; Uitvraag: nog aan te leveren." }],
    },
    {
      name: "a programme the indicators do not have, and a theme with a typo",
      fragment: {
        activities: [activity()],
        indicators: [indicator()],
        settings: [
          { Instelling: "Samenvatting programma's", Waarde: "Bestaanszekerheid bieden; Wonen" },
          { Instelling: "Samenvatting thema's", Waarde: "Betaalbaar wonne" },
        ],
      },
      errors: [
        { messageId: "unknownChoiceNoSuggestion", cell: "B2", includes: "Samenvatting programma's: 'Wonen' is geen programma in de tabel Indicatoren. Kies uit: Bestaanszekerheid bieden." },
        { messageId: "unknownChoice", cell: "B3", includes: "bedoelde u 'Betaalbaar wonen'?" },
      ],
    },
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
