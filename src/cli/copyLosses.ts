import { cellText, isCellError, type CellValue } from "../core/cell";
import type { Localized } from "../core/rules/types";
import type { WorkbookSnapshot } from "../core/snapshot";

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

/**
 * What a copy lost compared with its original: parts missing by kind, sheets, tables, merged areas and cell
 * values that differ (control characters stripped, text shortened …). Empty when nothing is lost.
 */
export function copyLosses(original: WorkbookSnapshot, copy: WorkbookSnapshot): Localized[] {
  const losses = new Map<string, Localized>();
  const add = (words: Localized) => losses.set(words.nl, words);
  const kept = new Set((copy.package?.parts ?? []).map((p) => p.name.toLowerCase()));
  for (const part of original.package?.parts ?? []) {
    if (!REWRITTEN.test(part.name) && !kept.has(part.name.toLowerCase())) add(kindOf(part.name));
  }
  if ((original.package?.dateSystem ?? 1900) !== (copy.package?.dateSystem ?? 1900)) add({ nl: "het datumsysteem 1904", en: "the 1904 date system" });
  for (const sheet of original.sheets) {
    const twin = copy.sheets.find((s) => s.name === sheet.name);
    if (!twin) {
      add({ nl: `het werkblad '${sheet.name}'`, en: `the worksheet '${sheet.name}'` });
      continue;
    }
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
  const tableKey = (t: { name: string; sheet: string; address: string }) => `${t.name}|${t.sheet}|${t.address}`;
  const copyTables = new Set(copy.tables.map(tableKey));
  for (const table of original.tables) if (!copyTables.has(tableKey(table))) add({ nl: `de tabel ${table.name}`, en: `the table ${table.name}` });
  return [...losses.values()];
}
