import { compareStates } from "../../../src/core/compare/compareStates";
import type { FragmentRow } from "../../../src/core/rules/fragment";
import { activity, DRONTEN_QUOTA, indicator, SETTINGS_OPENING_MINUS_5 } from "../rules/fixtures";
import { stateOfFragment } from "../state/helpers";
import { compareFragments, isQuiet, recorded, settingsOn } from "./helpers";

/** BZ-2: a level to reach (Toename 40 % → 60 % in 2028) whose status follows its measurements. */
const reach = (overrides: FragmentRow = {}) =>
  indicator({ ID: "BZ-2", Indicator: "% huurders tevreden", Richting: "Toename", Nulmeting: 0.4, "Nulmeting jaar": 2022, Streefwaarde: 0.6, Streefjaar: 2028, ...overrides });
const measured = (...values: [number, number][]) => values.map(([year, value]) => ({ Indicator: "BZ-2", Jaar: year, Waarde: value }));

describe("compareStates: indicators", () => {
  it("reports a new measurement with its cell, and the status it moved", () => {
    const c = compareFragments({ indicators: [reach()], measurements: measured([2023, 0.41]) }, { indicators: [reach()], measurements: measured([2023, 0.41], [2024, 0.49]) });
    expect(c.indicators.measurements).toEqual([{ id: "BZ-2", name: "% huurders tevreden", year: 2024, kind: "new", from: null, to: 0.49, percent: true, sheet: "Metingen", cell: "D3" }]);
    expect(c.indicators.statusChanged).toEqual([
      { id: "BZ-2", name: "% huurders tevreden", from: "achter", to: "op-koers", progressFrom: expect.closeTo(0.05), progressTo: expect.closeTo(0.45), sheet: "Indicatoren", cell: "A2" },
    ]);
  });

  it("reports a corrected measurement of an earlier year, and one that was removed", () => {
    const c = compareFragments({ indicators: [reach()], measurements: measured([2023, 0.41], [2024, 0.49]) }, { indicators: [reach()], measurements: measured([2023, 0.39]) });
    expect(c.indicators.measurements).toEqual([
      expect.objectContaining({ year: 2023, kind: "corrected", from: 0.41, to: 0.39, cell: "D2" }),
      expect.objectContaining({ year: 2024, kind: "removed", from: 0.49, to: null, sheet: null, cell: null }),
    ]);
  });

  it("reports a changed definition by its header, percentages as fractions", () => {
    const c = compareFragments({ indicators: [reach()] }, { indicators: [reach({ Streefwaarde: "65%", Streefjaar: 2030 })] });
    expect(c.indicators.changed).toEqual([
      { id: "BZ-2", name: "% huurders tevreden", column: "Streefwaarde", from: 0.6, to: 0.65, percent: true, sheet: "Indicatoren", cell: "I2" },
      { id: "BZ-2", name: "% huurders tevreden", column: "Streefjaar", from: 2028, to: 2030, percent: false, sheet: "Indicatoren", cell: "J2" },
    ]);
  });

  it("lists indicators added and removed, and a duplicate ID unpaired", () => {
    const c = compareFragments({ indicators: [indicator(), reach()] }, { indicators: [reach(), indicator({ ID: "BZ-3" })] });
    expect(c.indicators.added.map((i) => [i.id, i.row])).toEqual([["BZ-3", 3]]);
    expect(c.indicators.removed.map((i) => [i.id, i.row])).toEqual([["BZ-1", 2]]);
    const d = compareFragments({ indicators: [reach()] }, { indicators: [reach(), reach({ Indicator: "ander" })] });
    expect(d.indicators.duplicates).toEqual([{ id: "BZ-2", fromRows: [2], toRows: [2, 3], sheet: "Indicatoren", cell: "A2" }]);
    expect(d.indicators.statusChanged).toEqual([]);
  });
});

describe("compareStates: quota", () => {
  const open = DRONTEN_QUOTA.map((r, i) => (i === 6 ? { ...r, Gehuisvest: null } : r));
  const settings = SETTINGS_OPENING_MINUS_5;

  it("reports a newly known housed count and the backlog then and now", () => {
    const now = open.map((r, i) => (i === 6 ? { ...r, Gehuisvest: 40, Saldo: -36 } : r));
    const c = compareFragments({ quota: open, settings }, { quota: now, settings });
    expect(c.quota.changed).toEqual([
      { period: "2025-H1", column: "Gehuisvest", from: null, to: 40, kind: "newly-known", sheet: "Taakstelling", cell: "C8" },
      { period: "2025-H1", column: "Saldo", from: null, to: -36, kind: "newly-known", sheet: "Taakstelling", cell: "E8" },
    ]);
    expect(c.quota.backlog).toEqual({ from: 32, to: 36, statedFrom: 32, statedTo: 36 });
  });

  it("flags an edited figure of a closed half-year in red, and a running one plainly", () => {
    const running = open.map((r, i) => (i === 6 ? { ...r, Gehuisvest: 10 } : r));
    const edited = running.map((r, i) => (i === 4 ? { ...r, Gehuisvest: 18 } : i === 6 ? { ...r, Gehuisvest: 25 } : r));
    const c = compareFragments({ quota: running, settings }, { quota: edited, settings });
    expect(c.quota.changed.map((q) => [q.period, q.column, q.from, q.to, q.kind])).toEqual([
      ["2024-H1", "Gehuisvest", 34, 18, "closed-period-edited"],
      ["2025-H1", "Gehuisvest", 10, 25, "changed"],
    ]);
  });

  it("judges closed by the earlier reference date: a half-year that ended later is still running", () => {
    const running = open.map((r, i) => (i === 6 ? { ...r, Gehuisvest: 10 } : r));
    const later = running.map((r, i) => (i === 6 ? { ...r, Gehuisvest: 12 } : r));
    const c = compareFragments({ quota: running, settings: settingsOn("2025-07-02", [{ Instelling: "Beginsaldo taakstelling", Waarde: -5 }]) }, { quota: later, settings });
    expect(c.quota.changed.map((q) => q.kind)).toEqual(["closed-period-edited"]);
  });

  it("lists a half-year added and one removed (closed: a red flag), and does not pair a repeated half-year", () => {
    const c = compareFragments({ quota: open, settings }, { quota: [...open.slice(1), { Periode: "2025-H2", Taakstelling: 40 }], settings });
    expect(c.quota.added).toEqual([{ period: "2025-H2", sheet: "Taakstelling", row: 8, cell: "A8" }]);
    expect(c.quota.removed).toEqual([{ period: "2022-H1", row: 2, closed: true }]);
    const d = compareFragments({ quota: open, settings }, { quota: [...open, { ...open[6], Gehuisvest: 3 }], settings });
    expect(d.quota.duplicates).toEqual(["2025-H1"]);
    expect(d.quota.changed).toEqual([]);
  });

  it("reports a changed Beginsaldo, which shifts every half-year after it", () => {
    const c = compareFragments({ quota: open, settings }, { quota: open, settings: settingsOn("2025-06-15", [{ Instelling: "Beginsaldo taakstelling", Waarde: 0 }]) });
    expect(c.quota.openingBalance).toEqual({ from: -5, to: 0 });
    expect(c.quota.changed).toEqual([]);
    expect(c.quota.backlog.to).toBe(27);
  });
});

describe("compareStates: findings", () => {
  it("counts resolved and new findings by what they are about, so a fix and a fresh one of the same rule do not cancel", () => {
    const c = compareFragments(
      { activities: [activity({ Trekker: "Onbekend bureau" }), activity({ ID: "1.1b" })] },
      { activities: [activity(), activity({ ID: "1.1b", Trekker: "Ander bureau" })] },
    );
    // Rules whose findings stay as they are (e.g. the tables this fragment leaves empty) are listed without change.
    const changed = c.findings.byRule.filter((r) => r.resolved > 0 || r.new > 0);
    expect({ ...c.findings, byRule: changed }).toEqual({ resolved: 1, new: 1, byRule: [{ rule: "unknown-party", from: 1, to: 1, resolved: 1, new: 1 }] });
    expect(c.findings.byRule.filter((r) => r.resolved === 0 && r.new === 0).every((r) => r.from === r.to)).toBe(true);
  });

  it("does not call a finding new because its row moved", () => {
    const before = [activity({ Trekker: "Onbekend bureau" })];
    const c = compareFragments({ activities: before }, { activities: [activity({ ID: "0.1" }), ...before] });
    expect(c.findings).toMatchObject({ resolved: 0, new: 0 });
  });
});

describe("compareStates: both sides", () => {
  it("says where each side came from", () => {
    const c = compareFragments({}, {});
    expect(c.from).toEqual({ file: null, source: "recorded", referenceDate: "2025-06-15", meetingDate: "2025-03-20", recordedAt: "2025-03-14T10:00", municipality: "Dronten" });
    expect(c.to).toEqual({ file: "huidige.xlsx", source: "workbook", referenceDate: "2025-06-15", meetingDate: null, recordedAt: null, municipality: "Dronten" });
    expect(c.warnings).toEqual([]);
    expect(isQuiet(c)).toBe(true);
  });

  it("warns when the municipalities differ or the earlier side is the later one", () => {
    const dronten = recorded(stateOfFragment({ settings: settingsOn("2025-11-15") }));
    const druten = stateOfFragment({ settings: [{ Instelling: "Gemeente", Waarde: "Druten" }, { Instelling: "Peildatum", Waarde: "2025-06-15" }] });
    expect(compareStates({ state: dronten, source: "recorded" }, { state: druten, source: "workbook" }).warnings).toEqual(["other-municipality", "reversed"]);
  });
});
