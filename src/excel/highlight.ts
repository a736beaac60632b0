import { parseRangeAddress, rangeAddress, type RangeBox } from "../core/address";
import type { Finding, Severity } from "../core/rules/types";
import type { ExcelRun } from "./gateway";
import type { HostCapabilities } from "./requirements";

/**
 * The add-in's own marking is a custom conditional format whose formula carries this marker
 * (`=N("Beleidsmonitor")=0` is always true): it is how the add-in recognises its formats and leaves
 * every other format alone.
 */
export const HIGHLIGHT_MARKER = 'N("Beleidsmonitor")';
const MARKER_FORMULA = `=${HIGHLIGHT_MARKER}=0`;

const LOOK: Record<Severity, { fill: string; border: string }> = {
  error: { fill: "#FDE9E7", border: "#C00000" },
  warning: { fill: "#FFF2CC", border: "#BF8F00" },
  info: { fill: "#DDEBF7", border: "#2F75B5" },
};
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

// Excel refuses long area lists in getRanges at an unclear limit (office-js#5198): stay well below it.
const MAX_AREAS = 100;

export class HighlightUnsupportedError extends Error {
  override name = "HighlightUnsupported";
  constructor() {
    super("Cellen markeren kan in deze versie van Excel niet (ExcelApi 1.9 of hoger nodig). De bevindingen staan wel in de lijst.");
  }
}

/** Per sheet and severity, the areas to mark: each cell once, at its worst severity, runs in a column joined. */
export function highlightAreas(findings: readonly Finding[]): Map<string, Map<Severity, string[]>> {
  const worst = new Map<string, { sheet: string; box: RangeBox; severity: Severity }>();
  for (const finding of findings) {
    const box = finding.cell ? parseRangeAddress(finding.cell) : null;
    if (!box) continue;
    const key = `${finding.sheet}!${rangeAddress(box)}`;
    const seen = worst.get(key);
    if (!seen || RANK[finding.severity] < RANK[seen.severity]) worst.set(key, { sheet: finding.sheet, box, severity: finding.severity });
  }
  const bySheet = new Map<string, Map<Severity, RangeBox[]>>();
  for (const { sheet, box, severity } of worst.values()) {
    const severities = bySheet.get(sheet) ?? new Map<Severity, RangeBox[]>();
    bySheet.set(sheet, severities.set(severity, [...(severities.get(severity) ?? []), box]));
  }
  const out = new Map<string, Map<Severity, string[]>>();
  for (const [sheet, severities] of bySheet) {
    out.set(sheet, new Map([...severities].map(([severity, boxes]) => [severity, joinRuns(boxes).map(rangeAddress)])));
  }
  return out;
}

/** Single cells directly below each other in one column become one area. */
function joinRuns(boxes: RangeBox[]): RangeBox[] {
  const sorted = [...boxes].sort((a, b) => a.left - b.left || a.top - b.top);
  const out: RangeBox[] = [];
  for (const box of sorted) {
    const last = out[out.length - 1];
    const single = box.left === box.right && box.top === box.bottom;
    if (last && single && last.left === box.left && last.right === box.right && last.bottom === box.top - 1) last.bottom = box.top;
    else out.push({ ...box });
  }
  return out;
}

/** Deletes the add-in's own conditional formats on every sheet: three or four round trips, whatever the size. */
async function queueClear(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const collections = sheets.items.map((sheet) => sheet.getRange().conditionalFormats.load("items/type"));
  await context.sync();
  const custom = collections.flatMap((formats) => formats.items.filter((format) => format.type === "Custom"));
  const rules = custom.map((format) => format.custom.rule.load("formula"));
  if (rules.length) await context.sync();
  custom.forEach((format, i) => {
    if (rules[i].formula.includes(HIGHLIGHT_MARKER)) format.delete();
  });
  return sheets.items.map((sheet) => sheet.name);
}

export function clearHighlight(run: ExcelRun): Promise<void> {
  return run(async (context) => {
    await queueClear(context);
    await context.sync();
  });
}

/** Marks the findings' cells with a light fill and border, replacing an earlier marking; the user's formats stay. */
export function highlight(run: ExcelRun, capabilities: HostCapabilities, findings: readonly Finding[]): Promise<void> {
  if (!capabilities.rangeAreas) return Promise.reject(new HighlightUnsupportedError());
  return run(async (context) => {
    const existing = new Set(await queueClear(context));
    for (const [sheetName, severities] of highlightAreas(findings)) {
      if (!existing.has(sheetName)) continue;
      const sheet = context.workbook.worksheets.getItem(sheetName);
      for (const [severity, areas] of severities) {
        for (let i = 0; i < areas.length; i += MAX_AREAS) {
          const format = sheet.getRanges(areas.slice(i, i + MAX_AREAS).join(",")).conditionalFormats.add("Custom");
          format.custom.rule.formula = MARKER_FORMULA;
          format.custom.format.fill.color = LOOK[severity].fill;
          for (const side of [format.custom.format.borders.top, format.custom.format.borders.bottom, format.custom.format.borders.left, format.custom.format.borders.right]) {
            side.style = "Continuous";
            side.color = LOOK[severity].border;
          }
        }
      }
    }
    await context.sync();
  });
}
