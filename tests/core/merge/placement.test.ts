import { applyBundle } from "../../../src/core/merge/applyBundle";
import { buildModel } from "../../../src/core/model/workbookModel";
import { isoToExcelSerial } from "../../../src/core/parse/isoDate";
import { fragmentToSnapshot } from "../../../src/core/rules/fragment";
import { activity, bundle, fileFor, flatten, overviewFragment, overviewSnapshot, returnSnapshot, valueAt } from "./helpers";

const OFW = fileFor("OFW");
const ofwRows = (a = {}, b = {}) => [
  activity({ ID: "1.1a", Trekker: "OFW", Betrokkenen: "Gemeente; HBV", Doelwaarde: 97, ...a }),
  activity({ ID: "1.2", Trekker: "Corporaties", Betrokkenen: "HBV", Status: "Niet gestart", ...b }),
];

describe("writes and appended rows", () => {
  it("writes each taken value typed, at the overview's cell, with the old value", () => {
    const result = bundle(overviewSnapshot(), [
      { file: OFW, snapshot: returnSnapshot("OFW", { activities: ofwRows({ Status: "Gereed", Realisatie: 97, "Laatst bijgewerkt": isoToExcelSerial("2025-06-01"), Toelichting: "+31 6 12345678" }) }) },
    ]);
    expect(result.writes.map((w) => [w.cell, w.value, w.old])).toEqual([
      ["I2", { type: "text", value: "Gereed" }, { type: "text", value: "In uitvoering" }],
      ["J2", { type: "text", value: "+31 6 12345678" }, null],
      ["M2", { type: "number", value: 97 }, null],
      ["N2", { type: "date", value: "2025-06-01" }, { type: "text", value: "2025-05-01" }],
    ]);
  });

  it("appends new rows below the table across its full width and grows the Excel table", () => {
    const overview = overviewSnapshot();
    const result = bundle(overview, [
      { file: OFW, snapshot: returnSnapshot("OFW", { activities: [...ofwRows(), activity({ ID: "1.9", Afspraak: "=1+1", Realisatie: 3 }), activity({ ID: null, Afspraak: "Zonder nummer" })] }) },
    ]);
    expect(result.appends).toHaveLength(1);
    const [append] = result.appends;
    expect(append).toMatchObject({ table: "tblActiviteiten", sheet: "Activiteiten", firstRow: 5, left: 0 });
    expect(append.headers.slice(0, 4)).toEqual(["ID", "Thema", "Onderwerp", "Afspraak"]);
    expect(append.rows[0][0]).toEqual({ type: "text", value: "1.9" });
    expect(append.rows[0][3]).toEqual({ type: "text", value: "=1+1" });
    expect(append.rows[1][0]).toBeNull();
    const bundled = applyBundle(overview, result.writes, result.appends);
    expect(bundled.tables.find((t) => t.name === "tblActiviteiten")!.address).toBe("A1:O6");
    expect(valueAt(bundled, "Activiteiten", 5, 3)).toBe("=1+1");
    const model = buildModel(bundled);
    expect(model.tables.activities!.filledRows.map((r) => r.text("id"))).toEqual(["1.1a", "1.1b", "1.2", "1.9", ""]);
  });

  it("leaves the input snapshots untouched", () => {
    const overview = overviewSnapshot();
    const ret = returnSnapshot("OFW", { activities: [...ofwRows({ Status: "Gereed" }), activity({ ID: "1.9" })] });
    const before = structuredClone({ overview, ret });
    const result = bundle(overview, [{ file: OFW, snapshot: ret }]);
    applyBundle(overview, result.writes, result.appends);
    expect({ overview, ret }).toEqual(before);
  });

  it("lists new rows instead of adding them when the cells below the table are in use", () => {
    const overview = overviewSnapshot();
    const sheet = overview.sheets.find((s) => s.name === "Activiteiten")!;
    sheet.values[4] = ["Opmerking onder de tabel"]; // row 5, the first row below the table
    const result = bundle(overview, [{ file: OFW, snapshot: returnSnapshot("OFW", { activities: [...ofwRows(), activity({ ID: "1.9", Afspraak: "Nieuw" })] }) }]);
    expect(result.appends).toEqual([]);
    expect(result.decisions.added).toEqual([]);
    expect(flatten(result).filter((r) => r[0] === "listed").map((r) => [r[3], r[4], r[6]])).toEqual(
      expect.arrayContaining([
        ["ID", "no-room", "1.9"],
        ["Afspraak", "no-room", "Nieuw"],
      ]),
    );
  });

  it("never overwrites a formula: a different value there is a conflict", () => {
    const result = bundle(overviewSnapshot(), [{ file: OFW, snapshot: returnSnapshot("OFW", { activities: ofwRows({ Status: "Gereed", Realisatie: 5 }) }) }], {
      isFormula: (sheet, row, column) => sheet === "Activiteiten" && row === 2 && column === 8,
    });
    expect(result.writes.map((w) => w.cell)).toEqual(["M2"]);
    expect(result.decisions.conflicts.map((c) => [c.cell, c.reason])).toEqual([["I2", "formula-cell"]]);
  });

  it("lists a value whose column the overview lacks", () => {
    const fragment = overviewFragment();
    const headers = ["ID", "Thema", "Afspraak", "Trekker", "Planning", "Status", "Laatst bijgewerkt"];
    fragment.activities = { cells: [headers, ["1.1a", "Betaalbaar wonen", "OFW realiseert 97 appartementen in Dronten-Zuid", "OFW", "2026", "In uitvoering", "2025-05-01"]] };
    const result = bundle(fragmentToSnapshot(fragment), [{ file: OFW, snapshot: returnSnapshot("OFW", { activities: [activity({ ID: "1.1a", Betrokkenen: null, Realisatie: 12 })] }) }]);
    expect(flatten(result)).toEqual([["listed", "activities", "1.1a", "Realisatie", "no-column", OFW, 12]]);
  });

  it("lists every value of a table the overview does not have", () => {
    const fragment = overviewFragment();
    fragment.measurements = null;
    const result = bundle(fragmentToSnapshot(fragment), [
      { file: OFW, snapshot: returnSnapshot("OFW", { activities: ofwRows(), measurements: [{ Indicator: "WON-1", Jaar: 2025, Waarde: 170 }] }) },
    ]);
    expect(flatten(result)).toEqual([
      ["listed", "measurements", "WON-1|2025", "Indicator", "no-table", OFW, "WON-1"],
      ["listed", "measurements", "WON-1|2025", "Jaar", "no-table", OFW, 2025],
      ["listed", "measurements", "WON-1|2025", "Waarde", "no-table", OFW, 170],
    ]);
  });

  it("matches a duplicated overview ID to the row the return agrees with most", () => {
    const overview = overviewSnapshot({
      activities: [activity({ ID: "2.2a", Afspraak: "Modernisering", Trekker: "OFW" }), activity({ ID: "2.2a", Afspraak: "Warmteprogramma", Trekker: "OFW" })],
    });
    const result = bundle(overview, [{ file: OFW, snapshot: returnSnapshot("OFW", { activities: [activity({ ID: "2.2a", Afspraak: "Warmteprogramma", Trekker: "OFW", Realisatie: 3 })] }) }]);
    expect(result.writes.map((w) => w.cell)).toEqual(["M3"]);
  });

  it("counts each return row once", () => {
    const result = bundle(overviewSnapshot(), [
      { file: OFW, snapshot: returnSnapshot("OFW", { activities: [...ofwRows({ Status: "Gereed" }, { Planning: "2030" }), activity({ ID: "1.9" })] }) },
    ]);
    expect(result.decisions.returns).toEqual([{ file: OFW, party: "Oost Flevoland Woondiensten", partyFrom: "setting", rows: 3, taken: 1, conflicts: 1, added: 1, unchanged: 0, notFilled: 0, listed: 0 }]);
    expect(result.decisions.counts).toEqual({ taken: 1, conflicts: 1, added: 1, notReturned: 0, notFilled: 0, listed: 0, unchanged: 0 });
  });
});
