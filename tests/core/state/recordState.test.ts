import { buildModel } from "../../../src/core/model/workbookModel";
import { checkModel } from "../../../src/core/engine/checkWorkbook";
import { fragmentToSnapshot } from "../../../src/core/rules/fragment";
import { findingKeysByRule } from "../../../src/core/state/findingKey";
import { agreementLabel } from "../../../src/core/state/recordState";
import { stateOfWorkbook } from "../../../src/core/state/stateOfWorkbook";
import { serializeState } from "../../../src/core/state/serializeState";
import type { RecordedState } from "../../../src/core/state/types";
import { activity, DRONTEN_QUOTA, indicator, SETTINGS_OPENING_MINUS_5 } from "../rules/fixtures";
import { sampleSnapshot } from "../summary/sample";
import { stateOf, stateOfFragment } from "./helpers";

describe("recordState on the sample workbook", () => {
  let state: RecordedState;
  beforeAll(async () => {
    state = stateOf(await sampleSnapshot());
  });

  it("records the meeting, the reference date and where each table and column was", () => {
    expect(state).toMatchObject({ format: "beleidsmonitor-stand", version: 1, meetingDate: "2025-06-26", referenceDate: "2025-06-15", municipality: "Dronten" });
    expect(state.activities!.sheet).toBe("Activiteiten");
    expect(state.activities!.columns.status).toEqual({ header: "Status", index: 8 });
    expect(Object.keys(state.activities!.columns)).not.toContain("updatedBy");
    expect(state.quota!.columns.housed).toEqual({ header: "Gehuisvest", index: 2 });
  });

  it("types every activity value as the check's JSON does: ISO dates, numbers, text as written", () => {
    expect(state.activities!.rows).toHaveLength(38);
    const first = state.activities!.rows.find((r) => r.id === "1.1a")!;
    expect(first).toMatchObject({ row: 6, status: "In uitvoering", schedule: "In 2026; Voor 2027 en verder", target: 97, actual: 0, updated: "2025-05-13", label: "Groei sociale huurwoningen" });
    expect(first.agreementHash).toMatch(/^[0-9a-f]{8}$/);
    expect(state.activities!.rows.find((r) => r.id === "0c")).toMatchObject({ schedule: null, due: null, note: null });
  });

  it("records every indicator's status, progress, latest value and all measurements, percentages as fractions", async () => {
    const report = checkModel(buildModel(await sampleSnapshot()), { today: "2025-06-20" });
    expect(state.indicators!.rows.map((r) => [r.id, r.status, r.progress, r.latest, r.latestYear])).toEqual(
      report.indicators.map((i) => [i.id, i.status, i.progress, i.latest, i.latestYear]),
    );
    const withMeasurements = state.indicators!.rows.filter((r) => r.measurements.length > 0);
    expect(withMeasurements.length).toBeGreaterThan(0);
    for (const r of withMeasurements) {
      if (r.latestYear !== null && r.latestYear <= 2025) expect(r.measurements.map(([year, value]) => [year, value])).toContainEqual([r.latestYear, r.latest]);
      if (r.percent) for (const [, value] of r.measurements) expect(Math.abs(value)).toBeLessThanOrEqual(1);
    }
  });

  it("records the quota ledger with the stated and the computed backlog", () => {
    expect(state.quota!.rows.map((r) => [r.period, r.housed, r.statedBalance, r.balance])).toEqual([
      ["2022-H1", 40, 11, 11],
      ["2022-H2", 27, 5, 5],
      ["2023-H1", 30, -17, -17],
      ["2023-H2", 16, -44, -44],
      ["2024-H1", 18, -56, -72],
      ["2024-H2", 66, -32, -48],
      ["2025-H1", null, null, null],
      ["2025-H2", null, null, null],
    ]);
    expect(state.quota).toMatchObject({ openingBalance: -5, backlog: 48, statedBacklog: 32 });
  });

  it("keeps the check's findings per rule, one key per finding", async () => {
    const report = checkModel(buildModel(await sampleSnapshot()), { today: "2025-06-20" });
    const counted = Object.values(state.findings).reduce((n, keys) => n + keys.length, 0);
    expect(counted).toBe(report.findings.length);
    expect(state.findings["duplicate-id"]).toEqual(["activities|2.2a|id"]);
  });

  it("stays a few kilobytes and holds nothing the summary does not need (no contacts, no Bijgewerkt door)", async () => {
    const json = serializeState(state);
    expect(json.length).toBeLessThan(12_000);
    const snapshot = await sampleSnapshot();
    const parties = snapshot.sheets.find((s) => s.name === "Partijen")!;
    const emails = parties.values.flat().filter((v): v is string => typeof v === "string" && v.includes("@"));
    for (const email of emails) expect(json).not.toContain(email);
    expect(json).not.toContain("Bijgewerkt door");
  });
});

describe("recordState on small workbooks", () => {
  it("keeps an unreadable value as the text the user typed", () => {
    const state = stateOfFragment({ activities: [activity({ Deadline: "na de zomer", Realisatie: "ongeveer tien", Doelwaarde: "50%" })] });
    expect(state.activities!.rows[0]).toMatchObject({ due: "na de zomer", actual: "ongeveer tien", target: 0.5 });
  });

  it("records null for a table the workbook lacks", () => {
    const state = stateOfFragment({ quota: null, indicators: null });
    expect(state.quota).toBeNull();
    expect(state.indicators).toBeNull();
    expect(state.activities!.rows).toEqual([]);
  });

  it("takes the stated backlog from the last half-year with a housed count", () => {
    const state = stateOfFragment({ quota: DRONTEN_QUOTA, settings: SETTINGS_OPENING_MINUS_5 });
    expect(state.quota).toMatchObject({ backlog: 32, statedBacklog: 32 });
  });

  it("names a long Afspraak by its title or its first words", () => {
    expect(agreementLabel("Groei sociale huur: OFW bouwt 97 woningen")).toBe("Groei sociale huur");
    expect(agreementLabel("OFW realiseert 97 appartementen in Dronten-Zuid")).toBe("OFW realiseert 97 appartementen in Dronten-Zuid");
    expect(agreementLabel(`${"woord ".repeat(20)}eind`)).toBe(`${"woord ".repeat(9)}woord …`);
  });
});

describe("findingKey", () => {
  it("names a finding by the row's ID and the column, so a row inserted above changes nothing", () => {
    const rows = [activity({ ID: "1.1a", Trekker: "Onbekende partij" }), activity({ ID: "1.1b", Status: "Klaar" })];
    const keys = (list: typeof rows) => {
      const model = buildModel(fragmentToSnapshot({ activities: list }));
      return findingKeysByRule(model, checkModel(model, { today: "2025-06-20" }).findings);
    };
    const before = keys(rows);
    expect(before["unknown-party"]).toEqual(["activities|1.1a|lead"]);
    expect(before["value-not-in-list"]).toEqual(["activities|1.1b|status"]);
    expect(keys([activity({ ID: "0.9" }), ...rows])).toEqual(before);
  });

  it("names a quota finding by its half-year and a settings finding by the setting", () => {
    const model = buildModel(fragmentToSnapshot({ quota: [{ ...DRONTEN_QUOTA[0], Gehuisvest: -3 }], settings: [{ Instelling: "Peildatum", Waarde: "morgen" }] }));
    const keys = findingKeysByRule(model, checkModel(model, { today: "2025-06-20" }).findings);
    expect(Object.values(keys).flat()).toEqual(expect.arrayContaining(["quota|eerste helft 2022|housed", "settings|peildatum|value"]));
  });
});

it("indicator fixture stays usable for state tests", () => {
  const state = stateOfFragment({ indicators: [indicator()], measurements: [{ Indicator: "BZ-1", Jaar: 2024, Waarde: 0.031 }] });
  expect(state.indicators!.rows[0]).toMatchObject({ id: "BZ-1", percent: true, measurements: [[2024, 0.031, 2]] });
  expect(state.measurements).toEqual({ sheet: "Metingen", columns: { indicator: { header: "Indicator", index: 0 }, year: { header: "Jaar", index: 1 }, value: { header: "Waarde", index: 3 } } });
});

it("stateOfWorkbook checks and records a snapshot in one go", async () => {
  const snapshot = await sampleSnapshot();
  const { state, report } = stateOfWorkbook(snapshot, { today: "2025-06-20" }, { meetingDate: null, recordedAt: "2025-06-20T09:00", generator: "test" });
  // No meeting date given: the workbook's own Datum bestuurlijk overleg.
  expect(state).toEqual(stateOf(snapshot, { meetingDate: "2025-06-26", recordedAt: "2025-06-20T09:00", generator: "test" }));
  expect(report.referenceDate).toBe("2025-06-15");
});
