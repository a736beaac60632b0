import type { CellValue } from "../core/cell";
import type { PackageFacts, SheetSnapshot, TableRef, WorkbookSnapshot } from "../core/snapshot";
import { XlsxError } from "./errors";
import { contentTypeOf, parseContentTypes, parseRelationships, relsPathOf, type ContentTypes, type Relationship } from "./opc";
import { parseSharedStrings } from "./sharedStringsPart";
import { sniffContainer } from "./sniff";
import { NO_STYLES, parseStylesPart } from "./stylesPart";
import { parseTablePart } from "./tablePart";
import { parseWorkbookPart } from "./workbookPart";
import { parseWorksheetPart, type WorksheetPart } from "./worksheetPart";
import { partText } from "./xml";
import { findEntry, openZip, readEntry, type InflateRaw, type ZipArchive, type ZipLimits } from "./zip";

export interface ReadXlsxOptions {
  inflateRaw: InflateRaw;
  limits?: ZipLimits;
}

/** An opened package: its parts by name, read on demand. Shared by the reader and the patcher. */
export interface XlsxPackage {
  zip: ZipArchive;
  inflateRaw: InflateRaw;
  contentTypes: ContentTypes;
  /** `xl/workbook.xml` or wherever the package's main relationship points. */
  workbookPart: string;
}

export function partBytes(pkg: Pick<XlsxPackage, "zip" | "inflateRaw">, name: string): Uint8Array | undefined {
  const entry = findEntry(pkg.zip, name);
  return entry ? readEntry(pkg.zip, entry, pkg.inflateRaw) : undefined;
}

export function partXml(pkg: Pick<XlsxPackage, "zip" | "inflateRaw">, name: string): string | undefined {
  const bytes = partBytes(pkg, name);
  return bytes ? partText(bytes) : undefined;
}

export function relationshipsOf(pkg: Pick<XlsxPackage, "zip" | "inflateRaw">, part: string): Relationship[] {
  const rels = relsPathOf(part);
  const xml = partXml(pkg, rels);
  return xml ? parseRelationships(xml, part, rels) : [];
}

/** Opens a package and finds its workbook, naming what the file is when it is no workbook at all. */
export function openXlsx(bytes: Uint8Array, options: ReadXlsxOptions): XlsxPackage {
  sniffContainer(bytes);
  const zip = openZip(bytes, options.limits);
  const base = { zip, inflateRaw: options.inflateRaw };
  const typesXml = partXml(base, "[Content_Types].xml");
  const contentTypes = typesXml ? parseContentTypes(typesXml) : { defaults: new Map(), overrides: new Map() };
  const main = relationshipsOf(base, "").find((r) => r.kind === "officeDocument" && !r.external);
  const workbookPart = main && findEntry(zip, main.target) ? main.target : findEntry(zip, "xl/workbook.xml") ? "xl/workbook.xml" : null;
  if (!workbookPart || !workbookPart.toLowerCase().endsWith(".xml")) {
    if (findEntry(zip, "xl/workbook.bin") || workbookPart?.toLowerCase().endsWith(".bin")) throw new XlsxError("xlsb");
    const mimetype = partXml(base, "mimetype");
    if (mimetype?.startsWith("application/vnd.oasis.opendocument")) throw new XlsxError("ods");
    throw new XlsxError("no-workbook");
  }
  if (!typesXml) throw new XlsxError("broken", "[Content_Types].xml", "missing");
  return { ...base, contentTypes, workbookPart };
}

/** Turns rows indexed from row 1 / column A into a snapshot's used range: origin at the first filled cell. */
function usedRange(part: WorksheetPart): Pick<SheetSnapshot, "origin" | "values" | "numberFormats"> {
  let top = -1;
  let left = Infinity;
  part.rows.forEach((line, r) => {
    if (top < 0) top = r;
    for (const c in line) {
      const column = Number(c);
      if (column < left) left = column;
      break; // keys of an array come in ascending order: the first is the leftmost
    }
  });
  if (top < 0) return { origin: { row: 1, column: 0 }, values: [], numberFormats: [] };
  if (top === 0 && left === 0) return { origin: { row: 1, column: 0 }, values: part.rows, numberFormats: part.formats };
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  const shift = (line: unknown[]) => (left === 0 ? line : line.slice(left));
  part.rows.forEach((line, r) => (values[r - top] = shift(line) as CellValue[]));
  // Format lines are shared between rows (see parseWorksheetPart): shifted once each, they stay shared.
  const shifted = new Map<string[], string[]>();
  part.formats.forEach((line, r) => {
    let moved = shifted.get(line);
    if (!moved) shifted.set(line, (moved = Object.freeze(shift(line)) as string[]));
    formats[r - top] = moved;
  });
  return { origin: { row: top + 1, column: left }, values, numberFormats: formats };
}

function withSheet<T>(sheet: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof XlsxError) error.sheet ??= sheet;
    throw error;
  }
}

/** Every part's name and content type, for comparing a copy with its original. */
function inventory(pkg: XlsxPackage): PackageFacts["parts"] {
  return pkg.zip.entries.filter((e) => !e.name.endsWith("/")).map((e) => ({ name: e.name, contentType: contentTypeOf(pkg.contentTypes, e.name) ?? "" }));
}

/**
 * A text of its own: the scanner hands out slices of the part's text, and one kept slice keeps the whole part
 * (a 16 MB shared string table at 100 000 rows) alive for as long as the snapshot, or a state built from it, lives.
 */
function ownText(text: string): string {
  return text.length < 13 ? text : (" " + text).slice(1);
}

/**
 * Reads an .xlsx package (bytes in) into a snapshot: every sheet's filled cells (sparse), number formats,
 * merged areas, tables with their header and totals rows, formulas without a stored result, and the package
 * facts (date system, conformance, parts). Dates of a 1904 workbook come out in the 1900 system.
 * Throws an `XlsxError` naming the problem for anything that is not a readable workbook.
 */
export function readXlsx(bytes: Uint8Array, options: ReadXlsxOptions): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  return { sheets, ...readPackage(bytes, options, null, (sheet) => sheets.push(sheet)) };
}

/**
 * `readXlsx`, plus every cell holding a formula (A1 addresses per sheet name): what a writer of a copy must not
 * overwrite with a value.
 */
export function readXlsxWithFormulas(bytes: Uint8Array, options: ReadXlsxOptions): { snapshot: WorkbookSnapshot; formulas: Map<string, Set<string>> } {
  const formulas = new Map<string, Set<string>>();
  const sheets: SheetSnapshot[] = [];
  const rest = readPackage(bytes, options, formulas, (sheet) => sheets.push(sheet));
  return { snapshot: { sheets, ...rest }, formulas };
}

/**
 * `readXlsx` one sheet at a time: each sheet goes to `onSheet` as soon as it is read and is not kept, so a
 * caller that compares and lets go holds one sheet's cells at a time (the read-back of a written copy).
 * Returns everything else of the snapshot.
 */
export function readXlsxSheets(bytes: Uint8Array, options: ReadXlsxOptions, onSheet: (sheet: SheetSnapshot) => void): Omit<WorkbookSnapshot, "sheets"> {
  return readPackage(bytes, options, null, onSheet);
}

function readPackage(bytes: Uint8Array, options: ReadXlsxOptions, formulas: Map<string, Set<string>> | null, onSheet: (sheet: SheetSnapshot) => void): Omit<WorkbookSnapshot, "sheets"> {
  const pkg = openXlsx(bytes, options);
  const workbookXml = partXml(pkg, pkg.workbookPart)!;
  const workbook = parseWorkbookPart(workbookXml, pkg.workbookPart);
  const rels = relationshipsOf(pkg, pkg.workbookPart);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const stringsRel = rels.find((r) => r.kind === "sharedStrings" && !r.external);
  const stringsXml = stringsRel ? partXml(pkg, stringsRel.target) : undefined;
  const strings = stringsXml ? parseSharedStrings(stringsXml, stringsRel!.target).map(ownText) : [];
  const stylesRel = rels.find((r) => r.kind === "styles" && !r.external);
  const stylesXml = stylesRel ? partXml(pkg, stylesRel.target) : undefined;
  const styles = stylesXml ? parseStylesPart(stylesXml, stylesRel!.target) : NO_STYLES;

  const tables: TableRef[] = [];
  for (const entry of workbook.sheets) {
    const base = { name: entry.name, visible: entry.state === "visible", state: entry.state };
    const rel = byId.get(entry.rid);
    if (!rel || rel.external) throw new XlsxError("broken", pkg.workbookPart, `sheet '${entry.name}' has no part`);
    if (rel.kind !== "worksheet") {
      // A chart sheet, dialog sheet or macro sheet: a sheet by name, without cells the check reads.
      onSheet({ ...base, origin: { row: 1, column: 0 }, values: [] });
      continue;
    }
    const part = withSheet(entry.name, () => {
      const xml = partXml(pkg, rel.target);
      if (xml === undefined) throw Object.assign(new XlsxError("broken", rel.target, "missing part"), { sheet: entry.name });
      return parseWorksheetPart(xml, rel.target, strings, styles, workbook.date1904, formulas !== null);
    });
    if (formulas && part.formulaCells.length > 0) formulas.set(entry.name, new Set(part.formulaCells));
    const sheet: SheetSnapshot = { ...base, ...usedRange(part), merged: part.merged };
    if (part.formulasWithoutValue.length > 0) sheet.formulasWithoutValue = part.formulasWithoutValue;
    onSheet(sheet);
    if (part.tableIds.length === 0) continue;
    const sheetRels = new Map(relationshipsOf(pkg, rel.target).map((r) => [r.id, r]));
    for (const id of part.tableIds) {
      const tableRel = sheetRels.get(id);
      const tableXml = tableRel && !tableRel.external ? partXml(pkg, tableRel.target) : undefined;
      if (tableXml === undefined) throw new XlsxError("broken", rel.target, `table ${id} has no part`);
      const table = parseTablePart(tableXml, tableRel!.target);
      tables.push({ name: table.name, sheet: entry.name, address: table.ref, headerRowCount: table.headerRowCount, totalsRowCount: table.totalsRowCount, columns: table.columns });
    }
  }
  return {
    tables,
    package: { dateSystem: workbook.date1904 ? 1904 : 1900, conformance: workbook.strict ? "strict" : "transitional", parts: inventory(pkg) },
  };
}
