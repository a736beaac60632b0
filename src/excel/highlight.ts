import { parseRangeAddress, rangeAddress, type RangeBox } from "../core/address";
import type { Finding, Lang, Severity } from "../core/rules/types";
import type { ExcelRun } from "./gateway";
import type { HostCapabilities } from "./requirements";
import { refuseProtectedSheets } from "./sheetProtection";

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

/**
 * Conditional formats written per round trip. Each area costs about ten operations, and Excel on the web takes
 * 5 MB per request: a large marking is sent in parts instead of failing whole.
 */
const AREAS_PER_SYNC = 400;

export class HighlightUnsupportedError extends Error {
  override name = "HighlightUnsupported";
  constructor(lang: Lang = "nl") {
    super(
      lang === "en"
        ? "This version of Excel cannot highlight cells (it needs ExcelApi 1.6 or later). The findings are still in the list."
        : "Cellen markeren kan in deze versie van Excel niet (ExcelApi 1.6 of hoger nodig). De bevindingen staan wel in de lijst.",
    );
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

/** Finds the add-in's own conditional formats on every sheet, to delete: three round trips, whatever the size. */
async function findOwnFormats(context: Excel.RequestContext): Promise<{ sheets: string[]; protectedSheets: string[]; own: Excel.ConditionalFormat[]; ownOn: string[] }> {
  const sheets = context.workbook.worksheets.load("items/name,items/protection/protected");
  await context.sync();
  const collections = sheets.items.map((sheet) => sheet.getRange().conditionalFormats.load("items/type"));
  await context.sync();
  const custom = collections.flatMap((formats, i) => formats.items.filter((format) => format.type === "Custom").map((format) => ({ format, sheet: sheets.items[i].name })));
  const rules = custom.map(({ format }) => format.custom.rule.load("formula"));
  if (rules.length) await context.sync();
  const own = custom.filter((_, i) => rules[i].formula.includes(HIGHLIGHT_MARKER));
  return {
    sheets: sheets.items.map((sheet) => sheet.name),
    protectedSheets: sheets.items.filter((sheet) => sheet.protection.protected).map((sheet) => sheet.name),
    own: own.map(({ format }) => format),
    ownOn: own.map(({ sheet }) => sheet),
  };
}

export function clearHighlight(run: ExcelRun, lang: Lang = "nl"): Promise<void> {
  return run(async (context) => {
    const { own, ownOn, protectedSheets } = await findOwnFormats(context);
    refuseProtectedSheets(protectedSheets, ownOn, "highlight", lang);
    own.forEach((format) => format.delete());
    await context.sync();
  });
}

function queueMark(sheet: Excel.Worksheet, area: string, severity: Severity): void {
  const format = sheet.getRange(area).conditionalFormats.add("Custom");
  format.custom.rule.formula = MARKER_FORMULA;
  format.custom.format.fill.color = LOOK[severity].fill;
  for (const side of [format.custom.format.borders.top, format.custom.format.borders.bottom, format.custom.format.borders.left, format.custom.format.borders.right]) {
    side.style = "Continuous";
    side.color = LOOK[severity].border;
  }
}

/**
 * Marks the findings' cells with a light fill and border, replacing an earlier marking; the user's formats stay.
 * One conditional format per area through `getRange`: `getRanges` wants the regional list separator on desktop
 * Excel (";" under Dutch settings) and a comma on the web (office-js#1167, #1985). The new marking is queued
 * before the old one is deleted, so a refused batch never leaves the cells without any marking.
 */
export function highlight(run: ExcelRun, capabilities: HostCapabilities, findings: readonly Finding[], lang: Lang = "nl", areasPerSync = AREAS_PER_SYNC): Promise<void> {
  if (!capabilities.rangeAreas) return Promise.reject(new HighlightUnsupportedError(lang));
  return run(async (context) => {
    const { sheets, own, ownOn, protectedSheets } = await findOwnFormats(context);
    const existing = new Set(sheets);
    const marks: { sheet: string; area: string; severity: Severity }[] = [];
    for (const [sheet, severities] of highlightAreas(findings)) {
      if (!existing.has(sheet)) continue;
      for (const [severity, areas] of [...severities].sort((a, b) => RANK[a[0]] - RANK[b[0]])) {
        for (const area of areas) marks.push({ sheet, area, severity });
      }
    }
    refuseProtectedSheets(protectedSheets, [...marks.map((m) => m.sheet), ...ownOn], "highlight", lang);
    for (let i = 0; i < marks.length; i += areasPerSync) {
      for (const { sheet, area, severity } of marks.slice(i, i + areasPerSync)) queueMark(context.workbook.worksheets.getItem(sheet), area, severity);
      // A large marking goes in parts, each within Excel on the web's 5 MB per request.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      if (i + areasPerSync < marks.length) await context.sync();
    }
    own.forEach((format) => format.delete());
    await context.sync();
  });
}
