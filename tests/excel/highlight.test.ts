import type { Finding } from "../../src/core/rules/types";
import { clearHighlight, highlight, highlightAreas, HIGHLIGHT_MARKER } from "../../src/excel/highlight";
import { createOfficeGlobals, FakeExcelHost } from "../fake-excel";

const CAPABILITIES = { mergedAreas: true, undoGroup: true, dataValidation: true, rangeAreas: true };

function finding(sheet: string, cell: string | null, severity: Finding["severity"] = "error"): Finding {
  return { rule: "required-missing", category: "completeness", severity, sheet, table: null, row: null, column: null, cell, message: "", value: null };
}

function setup(excelApi = "1.20") {
  const host = new FakeExcelHost();
  host.addSheet("Activiteiten", [["ID", "Status"], ["1", "Gereed"], ["2", ""], ["3", "Vertraagd"]]);
  host.addSheet("Indicatoren", [["ID"], ["I1"]]);
  const { Excel } = createOfficeGlobals(host, { excelApi });
  return { host, run: Excel.run };
}

async function userFormats(run: ReturnType<typeof setup>["run"]): Promise<void> {
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Activiteiten");
    sheet.getRange("B2:B4").format.fill.color = "#00FF00";
    const own = sheet.getRange("B2:B4").conditionalFormats.add("ContainsText");
    own.textComparison.format.font.color = "#9C0006";
    own.textComparison.rule = { operator: "Contains", text: "Vertraagd" };
    const custom = sheet.getRange("A2:A4").conditionalFormats.add("Custom");
    custom.custom.rule.formula = "=A2>1";
    await context.sync();
  });
}

type SheetState = { name: string; conditionalFormats: { type: string; addresses: string[]; settings: Record<string, unknown> }[] };
const sheetState = (host: FakeExcelHost, name: string) => (host.snapshotState().sheets as SheetState[]).find((s) => s.name === name)!;

describe("highlighting findings with the add-in's own conditional format", () => {
  it("joins cells per sheet and severity, keeping each cell's worst severity", () => {
    const areas = highlightAreas([finding("A", "B2"), finding("A", "B3"), finding("A", "B4", "warning"), finding("A", "B3", "warning"), finding("A", "D9"), finding("A", null), finding("B", "A1:F1", "info")]);
    expect(areas).toEqual(
      new Map([
        ["A", new Map([["error", ["B2:B3", "D9"]], ["warning", ["B4"]]])],
        ["B", new Map([["info", ["A1:F1"]]])],
      ]),
    );
  });

  it("marks each area with its own marked custom format, in a constant number of syncs", async () => {
    const { host, run } = setup();
    host.resetCounters();
    await highlight(run, CAPABILITIES, [finding("Activiteiten", "B3"), finding("Activiteiten", "B4"), finding("Activiteiten", "A2", "warning"), finding("Ontbreekt", "A1")]);
    expect(host.syncCount).toBeLessThanOrEqual(4);
    const formats = sheetState(host, "Activiteiten").conditionalFormats;
    expect(formats).toEqual([
      expect.objectContaining({ type: "Custom", addresses: ["B3:B4"], settings: { custom: expect.objectContaining({ rule: { formula: `=${HIGHLIGHT_MARKER}=0` } }) } }),
      expect.objectContaining({ type: "Custom", addresses: ["A2"] }),
    ]);
    expect(formats[0].settings).toMatchObject({ custom: { format: { fill: { color: "#FDE9E7" }, borders: { top: { style: "Continuous" } } } } });
  });

  it("marks two separate areas on Dutch desktop Excel, where getRanges wants ';' (office-js#1167), and on the web", async () => {
    for (const platform of ["desktop", "web"] as const) {
      const host = new FakeExcelHost({ platform });
      host.addSheet("Activiteiten", [["ID", "Status"], ["1", "Gereed"], ["2", ""], ["3", "Vertraagd"]]);
      const { Excel } = createOfficeGlobals(host);
      await userFormats(Excel.run);
      await highlight(Excel.run, CAPABILITIES, [finding("Activiteiten", "B2"), finding("Activiteiten", "A4")]);
      const own = sheetState(host, "Activiteiten").conditionalFormats.filter((f) => JSON.stringify(f).includes("Beleidsmonitor"));
      expect(own.flatMap((f) => f.addresses).sort()).toEqual(["A4", "B2"]);
      expect(sheetState(host, "Activiteiten").conditionalFormats).toHaveLength(4);
    }
  });

  it("leaves the earlier marking in place when Excel refuses the new one", async () => {
    const { host, run } = setup();
    await highlight(run, CAPABILITIES, [finding("Activiteiten", "B3")]);
    host.failNext({ member: "ConditionalFormatCollection.add", code: "AccessDenied" });
    await expect(highlight(run, CAPABILITIES, [finding("Activiteiten", "B4")])).rejects.toMatchObject({ code: "AccessDenied" });
    const own = sheetState(host, "Activiteiten").conditionalFormats.filter((f) => JSON.stringify(f).includes("Beleidsmonitor"));
    expect(own.map((f) => f.addresses)).toEqual([["B3"]]);
  });

  it("replaces an earlier marking and clears only its own formats, never the user's fill or conditional formats", async () => {
    const { host, run } = setup();
    await userFormats(run);
    const before = host.snapshotState();
    await highlight(run, CAPABILITIES, [finding("Activiteiten", "B3"), finding("Indicatoren", "A2")]);
    await highlight(run, CAPABILITIES, [finding("Activiteiten", "B4")]);
    expect(sheetState(host, "Activiteiten").conditionalFormats.filter((f) => JSON.stringify(f).includes("Beleidsmonitor")).map((f) => f.addresses)).toEqual([["B4"]]);
    expect(sheetState(host, "Indicatoren").conditionalFormats).toEqual([]);
    host.resetCounters();
    await clearHighlight(run);
    expect(host.syncCount).toBeLessThanOrEqual(4);
    expect(host.snapshotState()).toEqual(before);
    expect(host.cell("Activiteiten", "B3").fill).toBe("#00FF00");
  });

  it("uses the same number of syncs up to one part's worth of areas, and sends a larger marking in parts", async () => {
    const counts: number[] = [];
    for (const n of [3, 20, 90]) {
      const { host, run } = setup();
      host.resetCounters();
      await highlight(run, CAPABILITIES, Array.from({ length: n }, (_, i) => finding("Activiteiten", `${"ABC"[i % 3]}${2 + 2 * i}`)), "nl", 20);
      counts.push(host.syncCount);
      expect(sheetState(host, "Activiteiten").conditionalFormats).toHaveLength(n);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[2]).toBe(counts[1] + 4);
  });

  it("explains, instead of failing half-way, on a host without conditional formats", async () => {
    const { host, run } = setup("1.5");
    await expect(highlight(run, { ...CAPABILITIES, rangeAreas: false }, [finding("Activiteiten", "B3")])).rejects.toMatchObject({ name: "HighlightUnsupported", message: expect.stringContaining("ExcelApi 1.6") });
    expect(host.syncCount).toBe(0);
  });
});
