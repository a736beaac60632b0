import { buildModel } from "../../../src/core/model/workbookModel";
import { fragmentToSnapshot } from "../../../src/core/rules/fragment";

function settingsOf(rows: { Instelling: string; Waarde: string | number | null }[], formats?: string[][]) {
  const cells = [["Instelling", "Waarde"], ...rows.map((r) => [r.Instelling, r.Waarde])];
  return buildModel(fragmentToSnapshot({ settings: { cells, numberFormats: formats } })).settings;
}

describe("readSettings", () => {
  it("uses the contract's defaults when Instellingen is empty", () => {
    expect(settingsOf([])).toMatchObject({ staleDays: 90, openingBalance: 0, marginPercent: 10, referenceDate: null, disabledRules: [] });
  });

  it("reads Dutch values and forgiving names", () => {
    const settings = settingsOf([
      { Instelling: "Gemeente", Waarde: "Dronten" },
      { Instelling: "peildatum", Waarde: "1 juli 2025" },
      { Instelling: "Signaleringstermijn", Waarde: "60" },
      { Instelling: "Beginsaldo taakstelling", Waarde: "-5" },
      { Instelling: "Marge op koers (%)", Waarde: "15%" },
      { Instelling: "Datum bestuurlijk overleg", Waarde: 45834 },
    ]);
    expect(settings).toMatchObject({ municipality: "Dronten", referenceDate: "2025-07-01", staleDays: 60, openingBalance: -5, marginPercent: 15, meetingDate: "2025-06-26" });
  });

  it("reads a margin stored as 0,1 with a percent format as 10", () => {
    const settings = settingsOf([{ Instelling: "Marge op koers (%)", Waarde: 0.1 }], [["General", "General"], ["General", "0%"]]);
    expect(settings.marginPercent).toBe(10);
  });

  it("switches rules off and changes severities", () => {
    const settings = settingsOf([
      { Instelling: "Regel uit: stale-row", Waarde: null },
      { Instelling: "Regel uit: placeholder-value", Waarde: "nee" },
      { Instelling: "Regel ernst: unknown-party", Waarde: "waarschuwing" },
    ]);
    expect(settings.disabledRules).toEqual(["stale-row"]);
    expect(settings.severityOverrides).toEqual({ "unknown-party": "warning" });
  });

  it("reads the workbook's language, Dutch by default", () => {
    expect(settingsOf([]).language).toBe("nl");
    expect(settingsOf([{ Instelling: "Taal", Waarde: "English" }]).language).toBe("en");
    expect(settingsOf([{ Instelling: "taal", Waarde: " NL " }]).language).toBe("nl");
    const unreadable = settingsOf([{ Instelling: "Taal", Waarde: "Frans" }]);
    expect(unreadable.language).toBe("nl");
    expect(unreadable.unreadable.map((u) => u.key)).toEqual(["language"]);
  });

  it("keeps the default and lists a value it cannot read", () => {
    const settings = settingsOf([{ Instelling: "Peildatum", Waarde: "binnenkort" }]);
    expect(settings.referenceDate).toBeNull();
    expect(settings.unreadable.map((u) => [u.key, u.row.row])).toEqual([["referenceDate", 2]]);
  });
});
