import { cellText, isCellError, type CellValue } from "../core/cell";
import type { Localized } from "../core/rules/types";
import type { SheetSnapshot, WorkbookSnapshot } from "../core/snapshot";

/** What kind of content a package part holds, in the words of Excel's own menus. */
const PART_KINDS: { test: RegExp; words: Localized }[] = [
  { test: /\/charts?\/|chartsheets\//i, words: { nl: "grafieken", en: "charts" } },
  { test: /\/drawings\//i, words: { nl: "tekeningen en vormen", en: "drawings and shapes" } },
  { test: /\/media\//i, words: { nl: "afbeeldingen", en: "pictures" } },
  { test: /pivot(Table|Cache)/i, words: { nl: "draaitabellen", en: "PivotTables" } },
  { test: /vbaProject|vbaData/i, words: { nl: "macro's (VBA)", en: "macros (VBA)" } },
  { test: /externalLinks\//i, words: { nl: "koppelingen naar andere werkmappen", en: "links to other workbooks" } },
  { test: /^customXml\//i, words: { nl: "aangepaste XML-gegevens", en: "custom XML data" } },
  { test: /webextensions?\//i, words: { nl: "invoegtoepassingen in de werkmap", en: "add-ins stored in the workbook" } },
  { test: /(^|\/)metadata\.xml$/i, words: { nl: "gegevens van dynamische matrixformules", en: "dynamic array formula metadata" } },
  { test: /threadedComments|persons\/|comments\d*\.xml|vmlDrawing/i, words: { nl: "opmerkingen en notities", en: "comments and notes" } },
  { test: /slicer|timeline/i, words: { nl: "slicers en tijdlijnen", en: "slicers and timelines" } },
  { test: /queryTables|connections\.xml/i, words: { nl: "gegevensverbindingen en query's", en: "data connections and queries" } },
  { test: /printerSettings/i, words: { nl: "printerinstellingen", en: "printer settings" } },
  { test: /ctrlProps|activeX|embeddings/i, words: { nl: "besturingselementen en ingesloten objecten", en: "controls and embedded objects" } },
  { test: /docProps\/custom\.xml/i, words: { nl: "aangepaste documenteigenschappen", en: "custom document properties" } },
];

/** Parts a file library writes anew from its own model: their content is compared cell by cell instead. */
const REWRITTEN = /^(\[Content_Types\]\.xml|.*\.rels|docProps\/(app|core)\.xml|xl\/(workbook|styles|sharedStrings|calcChain)\.xml|xl\/theme\/.*|xl\/worksheets\/sheet\d+\.xml|xl\/tables\/table\d+\.xml)$/i;

function kindOf(part: string): Localized {
  return PART_KINDS.find((k) => k.test.test(part))?.words ?? { nl: `overige onderdelen (${part})`, en: `other parts (${part})` };
}

function same(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const x = a ?? null;
  const y = b ?? null;
  if (isCellError(x) || isCellError(y)) return isCellError(x) && isCellError(y) && x.error === y.error;
  if (typeof x === "number" && typeof y === "number") return Math.abs(x - y) < 1e-9 * Math.max(1, Math.abs(x));
  return x === y;
}

/** What one sheet of a copy lost against the same sheet of the original. */
function sheetLosses(sheet: SheetSnapshot, twin: SheetSnapshot, add: (words: Localized) => void): void {
  if ((sheet.state ?? "visible") !== (twin.state ?? "visible")) add({ nl: `de zichtbaarheid van werkblad '${sheet.name}'`, en: `the visibility of worksheet '${sheet.name}'` });
  if ([...(sheet.merged ?? [])].sort().join() !== [...(twin.merged ?? [])].sort().join()) add({ nl: `samengevoegde cellen op '${sheet.name}'`, en: `merged cells on '${sheet.name}'` });
  let changed: string | null = null;
  sheet.values.forEach((line, r) => {
    if (changed) return;
    const row = sheet.origin.row + r;
    line.forEach((value, c) => {
      if (changed) return;
      const column = sheet.origin.column + c;
      const other = twin.values[row - twin.origin.row]?.[column - twin.origin.column];
      if (!same(value, other)) changed = cellText(value).slice(0, 40);
    });
  });
  if (changed !== null) add({ nl: `celwaarden op '${sheet.name}' (zoals '${changed}')`, en: `cell values on '${sheet.name}' (such as '${changed}')` });
}

/**
 * What a copy lost compared with its original: parts missing by kind, sheets, tables, merged areas and cell
 * values that differ (control characters stripped, text shortened …). Empty when nothing is lost.
 */
export function copyLosses(original: WorkbookSnapshot, copy: WorkbookSnapshot): Localized[] {
  return copyLossesBySheet(original, (onSheet) => {
    copy.sheets.forEach(onSheet);
    return copy;
  });
}

/**
 * `copyLosses` with the copy read one sheet at a time (`readCopy` hands each sheet to `onSheet` and keeps none,
 * then returns the rest of the copy): each sheet is compared as it comes and let go, so the check of a large
 * copy holds one sheet of it at a time. The losses come in the same order as `copyLosses` gives them.
 */
export function copyLossesBySheet(original: WorkbookSnapshot, readCopy: (onSheet: (sheet: SheetSnapshot) => void) => Omit<WorkbookSnapshot, "sheets">): Localized[] {
  const bySheet = new Map<string, Map<string, Localized>>();
  const index = new Map(original.sheets.map((sheet, i) => [sheet.name, i]));
  const copy = readCopy((twin) => {
    const i = index.get(twin.name);
    if (i === undefined || bySheet.has(twin.name)) return;
    const found = new Map<string, Localized>();
    sheetLosses(original.sheets[i], twin, (words) => found.set(words.nl, words));
    bySheet.set(twin.name, found);
  });
  const losses = new Map<string, Localized>();
  const add = (words: Localized) => losses.set(words.nl, words);
  const kept = new Set((copy.package?.parts ?? []).map((p) => p.name.toLowerCase()));
  for (const part of original.package?.parts ?? []) {
    if (!REWRITTEN.test(part.name) && !kept.has(part.name.toLowerCase())) add(kindOf(part.name));
  }
  if ((original.package?.dateSystem ?? 1900) !== (copy.package?.dateSystem ?? 1900)) add({ nl: "het datumsysteem 1904", en: "the 1904 date system" });
  for (const sheet of original.sheets) {
    const found = bySheet.get(sheet.name);
    if (!found) add({ nl: `het werkblad '${sheet.name}'`, en: `the worksheet '${sheet.name}'` });
    else for (const words of found.values()) add(words);
  }
  const tableKey = (t: { name: string; sheet: string; address: string }) => `${t.name}|${t.sheet}|${t.address}`;
  const copyTables = new Set(copy.tables.map(tableKey));
  for (const table of original.tables) if (!copyTables.has(tableKey(table))) add({ nl: `de tabel ${table.name}`, en: `the table ${table.name}` });
  return [...losses.values()];
}
