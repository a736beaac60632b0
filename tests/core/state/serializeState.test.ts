import fc from "fast-check";
import { parseState, serializeState } from "../../../src/core/state/serializeState";
import type { RecordedState } from "../../../src/core/state/types";
import { activity, DRONTEN_QUOTA, indicator, SETTINGS_OPENING_MINUS_5 } from "../rules/fixtures";
import { sampleSnapshot } from "../summary/sample";
import { stateOf, stateOfFragment, stored } from "./helpers";

const small = (): RecordedState =>
  stateOfFragment({
    activities: [activity({ Toelichting: "Vertraägd — € 20.000,- \u00a0 ‘citaat’ 😀", Deadline: "2025-07-01" }), activity({ ID: "", Afspraak: "zonder ID" })],
    indicators: [indicator()],
    measurements: [{ Indicator: "BZ-1", Jaar: 2023, Waarde: 0.03 }],
    quota: DRONTEN_QUOTA,
    settings: SETTINGS_OPENING_MINUS_5,
  });

describe("serializeState / parseState", () => {
  it("reads back exactly what was written (the sample and a small workbook)", async () => {
    for (const state of [stateOf(await sampleSnapshot()), small()]) {
      const result = parseState(serializeState(state));
      expect(result).toEqual({ ok: true, state: stored(state) });
    }
  });

  it("writes ASCII only, so no file format, cell or XML part can change a character", () => {
    const json = serializeState(small());
    expect(json).toMatch(/^[\x20-\x7e]*$/);
    expect(json).toContain("Vertra\\u00e4gd \\u2014 \\u20ac");
    const back = parseState(json);
    expect(back.ok && back.state.activities!.rows[0].note).toBe("Vertraägd — € 20.000,- \u00a0 ‘citaat’ 😀");
  });

  it("never writes the whole Afspraak, only its fingerprint and first words", () => {
    const long = `Groei sociale huur: ${"OFW bouwt woningen in Dronten-Zuid. ".repeat(20)}`;
    const json = serializeState(stateOfFragment({ activities: [activity({ Afspraak: long })] }));
    expect(json).not.toContain("Dronten-Zuid");
    expect(json).toContain('"Groei sociale huur"');
  });
});

describe("parseState refuses what it cannot trust, with a reason and never a throw", () => {
  const json = () => serializeState(small());
  const edit = (change: (value: Record<string, unknown>) => void) => {
    const value = JSON.parse(json());
    change(value);
    return JSON.stringify(value);
  };

  it.each([
    ["cut off halfway", () => json().slice(0, 200)],
    ["not JSON at all", () => "Hallo"],
    ["empty", () => ""],
  ])("damaged: %s", (_name, text) => {
    expect(parseState(text())).toMatchObject({ ok: false, problem: "damaged" });
  });

  it("future-version: a newer Beleidsmonitor wrote it", () => {
    expect(parseState(edit((v) => (v.version = 2)))).toEqual({ ok: false, problem: "future-version", detail: expect.stringContaining("versie 2") });
  });

  it.each<[string, (v: Record<string, unknown>) => void, string]>([
    ["another format", (v) => (v.format = "iets anders"), "geen vastgelegde stand"],
    ["version 0", (v) => (v.version = 0), "onbekende versie"],
    ["version as text", (v) => (v.version = "1"), "onbekende versie"],
    ["no reference date", (v) => delete v.referenceDate, "referenceDate"],
    ["a date in another form", (v) => (v.meetingDate = "26-6-2025"), "meetingDate"],
    ["a field list of another version", (v) => ((v.activities as { fields: string[] }).fields.pop()), "activities.fields"],
    ["a row too short", (v) => ((v.activities as { rows: unknown[][] }).rows[0].pop()), "activities.rows[0]"],
    ["a row number of 0", (v) => ((v.activities as { rows: unknown[][] }).rows[0][0] = 0), "activities.rows[0].row"],
    ["an unknown indicator status", (v) => ((v.indicators as { rows: unknown[][] }).rows[0][9] = "prima"), "indicators.rows[0].status"],
    ["a measurement without a year", (v) => ((v.indicators as { rows: unknown[][] }).rows[0][13] = [[0.03, 2]]), "measurements"],
    ["Metingen without columns", (v) => delete (v.measurements as Record<string, unknown>).columns, "measurements.columns"],
    ["a half-year written otherwise", (v) => ((v.quota as { rows: unknown[][] }).rows[0][1] = "H1 2022"), "quota.rows[0].period"],
    ["no opening balance", (v) => delete (v.quota as Record<string, unknown>).openingBalance, "quota.openingBalance"],
    ["findings not per rule", (v) => (v.findings = ["a"]), "findings"],
    ["an array instead of an object", (v) => Object.assign(v, { activities: [] }), "activities"],
  ])("invalid: %s", (_name, change, where) => {
    const result = parseState(edit(change));
    expect(result).toMatchObject({ ok: false, problem: "invalid" });
    expect(!result.ok && result.detail).toContain(where);
  });

  it("never throws on any text, nor on any one-character change of a real state", () => {
    const valid = json();
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        parseState(text);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.nat(valid.length - 1), fc.constantFrom('"', "{", "]", ",", "1", "x", "null", ""), (at, insert) => {
        const result = parseState(valid.slice(0, at) + insert + valid.slice(at + 1));
        return result.ok || ["damaged", "invalid", "future-version"].includes(result.problem);
      }),
      { numRuns: 400 },
    );
  });
});
