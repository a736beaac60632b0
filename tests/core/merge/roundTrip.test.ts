import { columnIndex } from "../../../src/core/address";
import type { CellValue } from "../../../src/core/cell";
import { checkWorkbook } from "../../../src/core/engine/checkWorkbook";
import { applyBundle } from "../../../src/core/merge/applyBundle";
import { bundleReturns } from "../../../src/core/merge/bundle";
import type { BundleResult, ReturnInput } from "../../../src/core/merge/types";
import { isoToExcelSerial } from "../../../src/core/parse/isoDate";
import { planReturns } from "../../../src/core/returns/buildReturnPlan";
import { ACTIVITIES, MEASUREMENTS } from "../../../src/core/schema/tables";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/core/snapshot";
import { plansToSnapshot } from "../returns/planToSnapshot";
import { checked, sampleSnapshot } from "../summary/sample";

const column = (key: string, spec = ACTIVITIES) => spec.columns.findIndex((c) => c.key === key);
const HEADER = 3; // the return's tables start at row 3

let sample: WorkbookSnapshot;
let ofw: WorkbookSnapshot;
let municipality: WorkbookSnapshot;

beforeAll(async () => {
  sample = await sampleSnapshot();
  const { model, report } = checked(sample);
  const all = planReturns(model, report, { issuedOn: "2025-05-29", parties: ["OFW", "Gemeente Dronten"] });
  [ofw, municipality] = all.plans.map((p) => plansToSnapshot(p.sheets));
});

function sheetOf(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  return snapshot.sheets.find((s) => s.name === name)!;
}

/** What a partner does by hand: answers its own activities and delivers one measurement. */
function fillIn(snapshot: WorkbookSnapshot): { ids: string[] } {
  const act = sheetOf(snapshot, "Activiteiten");
  const ids: string[] = [];
  for (let r = HEADER; r < act.values.length; r++) {
    const line = act.values[r];
    if (line[column("lead")] !== "OFW" || ids.length >= 3) continue;
    ids.push(String(line[0]));
    line[column("status")] = "Gereed";
    line[column("actual")] = 12;
    line[column("updated")] = isoToExcelSerial("2025-06-13");
    line[column("note")] = ids.length === 1 ? '=HYPERLINK("https://ofw.example/verslag")' : "Opgeleverd in mei";
  }
  return { ids };
}

function bundleSample(returns: ReturnInput[]): BundleResult {
  const outcome = bundleReturns({ overview: { file: "Voorbeeld-activiteitenoverzicht.xlsx", snapshot: sample }, returns, date: "2025-06-20" });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome;
}

/** Every cell of two snapshots that differs, as `Sheet!A1`. */
function differences(a: WorkbookSnapshot, b: WorkbookSnapshot): string[] {
  const out: string[] = [];
  for (const sheet of a.sheets) {
    const other = sheetOf(b, sheet.name);
    const rows = Math.max(sheet.values.length, other.values.length);
    for (let r = 0; r < rows; r++) {
      const width = Math.max(sheet.values[r]?.length ?? 0, other.values[r]?.length ?? 0);
      for (let c = 0; c < width; c++) {
        const x: CellValue = sheet.values[r]?.[c] ?? null;
        const y: CellValue = other.values[r]?.[c] ?? null;
        if (JSON.stringify(x) !== JSON.stringify(y)) out.push(`${sheet.name}!${String.fromCharCode(65 + c)}${r + sheet.origin.row}`);
      }
    }
  }
  return out.sort();
}

describe("round trip on the sample: uitvraag, filled by script, bundled back", () => {
  it("puts the filled answers in the right cells and changes nothing else", () => {
    const filledOfw = structuredClone(ofw);
    const { ids } = fillIn(filledOfw);
    const filledMunicipality = structuredClone(municipality);
    const metingen = sheetOf(filledMunicipality, "Metingen");
    // BZ-2 has no measurement at all in the sample: the municipality (its Bron is CBS) delivers 2024.
    const line = metingen.values.find((l) => l[0] === "BZ-2" && l[1] === 2024)!;
    line[column("value", MEASUREMENTS)] = 0.045;
    const asked = "BZ-2|2024";

    const before = structuredClone({ sample, filledOfw, filledMunicipality });
    const result = bundleSample([
      { file: "retour-ofw.xlsx", snapshot: filledOfw },
      { file: "retour-gemeente-dronten.xlsx", snapshot: filledMunicipality },
    ]);
    expect({ sample, filledOfw, filledMunicipality }).toEqual(before);

    const { decisions } = result;
    expect(decisions.conflicts).toEqual([]);
    expect(decisions.listed).toEqual([]);
    expect(decisions.notFilled).toEqual([{ party: "Gemeente Dronten", ids: expect.arrayContaining(["BZ-2|2023", "BZ-2|2025"]) }]);
    expect(decisions.notFilled[0].ids).not.toContain(asked);
    expect(decisions.added.map((a) => [a.table, a.id])).toEqual([["measurements", asked]]);
    expect(new Set(decisions.taken.map((t) => t.id))).toEqual(new Set(ids));
    expect(decisions.notReturned).toEqual([]);

    const bundled = applyBundle(sample, result.writes, result.appends);
    const activityRows = new Map(sheetOf(sample, "Activiteiten").values.map((line, i) => [String(line[0]), i + 1]));
    const expected = ids.flatMap((id) => ["I", "J", "M", "N"].map((letter) => `Activiteiten!${letter}${activityRows.get(id)}`));
    const metingenRow = sheetOf(sample, "Metingen").values.length + 1;
    expected.push(...["A", "B", "D"].map((letter) => `Metingen!${letter}${metingenRow}`));
    const changed = differences(sample, bundled);
    expect(changed).toEqual(expected.sort());
    expect(bundled.sheets.find((s) => s.name === "Activiteiten")!.values[activityRows.get(ids[0])! - 1][columnIndex("J")]).toBe('=HYPERLINK("https://ofw.example/verslag")');

    // The bundled overview is checked again: the answers close findings, none are added.
    const beforeCheck = checkWorkbook(sample, { today: "2025-06-20" });
    const afterCheck = checkWorkbook(bundled, { today: "2025-06-20" });
    const key = (f: { rule: string; sheet: string; cell: string | null }) => `${f.rule} ${f.sheet}!${f.cell}`;
    const was = new Set(beforeCheck.findings.map(key));
    const now = new Set(afterCheck.findings.map(key));
    expect(afterCheck.findings.map(key).filter((k) => !was.has(k))).toEqual([]);
    expect(beforeCheck.findings.map(key).filter((k) => !now.has(k))).toEqual(["indicator-without-measurement Indicatoren!A3"]);
    expect(afterCheck.indicators.find((i) => i.id === asked.split("|")[0])!.latest).toBe(0.045);
  });

  it("gives the same answers from the partner's plain layout (title rows, alias headers, another sheet name)", () => {
    const filled = structuredClone(ofw);
    fillIn(filled);
    const act = sheetOf(filled, "Activiteiten");
    const header = act.values[HEADER - 1].map((h) => (h === "ID" ? "Nr" : h === "Planning" ? "Uitvoering" : h));
    const plain: WorkbookSnapshot = {
      sheets: [{ name: "Blad1", visible: true, origin: { row: 1, column: 0 }, values: [["Retour OFW juni 2025"], [], header, ...act.values.slice(HEADER)], numberFormats: undefined }],
      tables: [],
    };
    const fromPlan = bundleSample([{ file: "retour-ofw.xlsx", snapshot: filled }]);
    const fromPlain = bundleSample([{ file: "ofw.xlsx", snapshot: plain, party: "OFW" }]);
    expect(fromPlain.writes).toEqual(fromPlan.writes);
    expect(fromPlain.decisions.listed.map((l) => [l.reason, l.value])).toEqual([["outside-table", "Retour OFW juni 2025"]]);
  });
});
