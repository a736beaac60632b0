import { columnLetter, parseRangeAddress, rangeAddress } from "../core/address";
import { cellXml, escapeXml, PatchError, type PatchValue } from "./cellXml";
import { crc32 } from "./crc32";
import { sheetNameProblem } from "./limits";
import { contentTypeOf, parseRelationships, relsPathOf, resolvePartName, type Relationship } from "./opc";
import { openXlsx, partXml, type ReadXlsxOptions, type XlsxPackage } from "./readXlsx";
import { editSheetCells, rowStyles, applyPieces, type CellEdit } from "./sheetEdit";
import { MINIMAL_STYLES, StylesEdit } from "./stylesEdit";
import { parseTablePart } from "./tablePart";
import { parseWorkbookPart, type WorkbookPart } from "./workbookPart";
import { DAYS_1904_TO_1900 } from "./worksheetPart";
import { partText, scanXml } from "./xml";
import { findEntry, type ZipEntry } from "./zip";
import { deflatedText, type DeflatePiece } from "./partWriter";
import { deflatePart, writeZip, type DeflatedData, type DeflateRaw, type ZipOutputEntry } from "./zipWriter";

export { PatchError, type PatchValue } from "./cellXml";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const CUSTOM_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";

export interface NewWorksheet {
  name: string;
  /** A header row in bold, frozen so it stays in view. */
  header?: string[];
  rows: PatchValue[][];
  /** Cells placed one by one (1-based row, 0-based column), after `rows`; bold or wrapped where asked. */
  cells?: NewCell[];
  /** Column widths in characters, from column A. */
  widths?: number[];
  /** Rows kept in view (overrides the header's one frozen row). */
  frozenRows?: number;
  /** Merged A1 ranges. */
  merges?: string[];
  /** Heights in points by 1-based row. */
  rowHeights?: Record<number, number>;
}

export interface NewCell {
  row: number;
  column: number;
  value: PatchValue;
  bold?: boolean;
  wrap?: boolean;
}

/** One cell to set: an A1 address and its value, with a number format (`0.0%`) where the value needs one. */
export interface CellPatch {
  cell: string;
  value: PatchValue;
  numberFormat?: string;
}

type ChangedPart = { name: string; text: string } | { name: string; deflated: DeflatedData };

/** Characters from which a rewritten part is kept deflated rather than as text (when `deflatePiece` is given). */
const LARGE_PART = 1_000_000;

export interface PatchOptions extends ReadXlsxOptions {
  deflateRaw: DeflateRaw;
  /**
   * Deflates a part a piece at a time (see `PartWriter`): a rewritten 100 000-row sheet is then never held as one
   * array of bytes beside its text. Without it each part is encoded whole and deflated with `deflateRaw`.
   */
  deflatePiece?: DeflatePiece;
}

/**
 * Opens a workbook package for lossless edits. Every edit rewrites only the parts it must (a sheet, a table,
 * styles, the workbook's sheet list, relationships, content types); `toBytes()` copies every other part byte
 * for byte, compressed data and zip records included — charts, drawings, pivot tables, VBA, external links,
 * custom XML, web extensions and metadata.xml survive untouched.
 */
export function openPatcher(bytes: Uint8Array, options: PatchOptions): XlsxPatcher {
  return new XlsxPatcher(openXlsx(bytes, options), options.deflateRaw, options.deflatePiece);
}

export class XlsxPatcher {
  /** Rewritten parts: as text, or (a large part, with `deflatePiece`) already deflated until it is read again. */
  private readonly changed = new Map<string, ChangedPart>();
  private readonly workbook: WorkbookPart;
  private styles: StylesEdit | null = null;

  constructor(
    private readonly pkg: XlsxPackage,
    private readonly deflateRaw: DeflateRaw,
    private readonly deflatePiece?: DeflatePiece,
  ) {
    this.workbook = parseWorkbookPart(this.read(pkg.workbookPart)!, pkg.workbookPart);
    if (this.workbook.strict) throw new PatchError("unsupported", "Strict Open XML workbooks are read, not patched");
  }

  /** Parts rewritten or added so far. */
  changedParts(): string[] {
    return [...this.changed.values()].map((p) => p.name);
  }

  /**
   * Sets cells of a sheet: text always as text, dates in the workbook's own date system (a cell that does not
   * show a date gets the short date format, its other looks kept), a number format where one is given.
   * With `requireEmpty` nothing is set when a target cell holds a value.
   */
  setCells(sheet: string, cells: CellPatch[], options: { requireEmpty?: boolean } = {}): void {
    const part = this.sheetPart(sheet);
    const edits = cells.map(({ cell, value, numberFormat }) => {
      const box = parseRangeAddress(cell);
      if (!box || box.top !== box.bottom || box.left !== box.right) throw new PatchError("cell", `'${cell}' is not one cell`);
      return { row: box.top, column: box.left, value, numberFormat };
    });
    this.editCells(part, edits, options.requireEmpty === true, new Map());
  }

  /** Rows below a plain range (no table): the cells must be empty; each new cell takes the style of the cell above it. */
  appendRows(sheet: string, firstRow: number, left: number, rows: PatchValue[][]): void {
    const part = this.sheetPart(sheet);
    if (firstRow < 2 || firstRow + rows.length - 1 > 1_048_576) throw new PatchError("cell", `rows from ${firstRow} do not fit the sheet`);
    const above = rowStyles(this.read(part)!, part, firstRow - 1);
    const edits: CellEdit[] = [];
    rows.forEach((values, i) => values.forEach((value, c) => value !== null && edits.push({ row: firstRow + i, column: left + c, value })));
    this.editCells(part, edits, true, above);
  }

  /** A table's definition as the package states it (name, ref, header and totals rows, columns). */
  tableInfo(name: string): ReturnType<typeof parseTablePart> & { sheet: string } {
    const found = this.findTable(name);
    const entry = this.workbook.sheets.find((s) => {
      const rel = this.relationships(this.pkg.workbookPart).find((r) => r.id === s.rid);
      return rel?.target === found.sheetPart;
    });
    return { ...found.table, sheet: entry?.name ?? "" };
  }

  /**
   * Appends rows below a table: its ref and autoFilter grow, each new cell takes the style of the cell above.
   * `at` starts the rows on an empty row inside the table's range (a range declared far past its data) instead
   * of directly below it. Refused when a target cell is not empty or the table shows a totals row.
   */
  appendTableRows(tableName: string, rows: PatchValue[][], at?: number): { firstRow: number; ref: string } {
    const found = this.findTable(tableName);
    const box = parseRangeAddress(found.table.ref);
    if (!box) throw new PatchError("no-table", `table ${tableName} has an unreadable ref '${found.table.ref}'`);
    if (found.table.totalsRowCount > 0) throw new PatchError("totals-row", `table ${tableName} shows a totals row`);
    const width = box.right - box.left + 1;
    if (rows.some((r) => r.length > width)) throw new PatchError("value", `a row is wider than table ${tableName} (${width} columns)`);
    const first = at ?? box.bottom + 1;
    if (first <= box.top + found.table.headerRowCount - 1 || first > box.bottom + 1) throw new PatchError("cell", `row ${first} is not in or directly below table ${tableName} (${found.table.ref})`);
    if (first + rows.length - 1 > 1_048_576) throw new PatchError("cell", "the rows would go past the last row of the sheet");
    const above = rowStyles(this.read(found.sheetPart)!, found.sheetPart, first - 1);
    const edits: CellEdit[] = [];
    rows.forEach((values, i) => values.forEach((value, c) => edits.push({ row: first + i, column: box.left + c, value })));
    this.editCells(found.sheetPart, edits, true, above);
    const bottom = Math.max(box.bottom, first + rows.length - 1);
    if (bottom === box.bottom) return { firstRow: first, ref: found.table.ref };
    const grown = rangeAddress({ ...box, bottom });
    const xml = this.read(found.tablePart)!;
    const pieces: { start: number; end: number; text: string }[] = [];
    scanXml(
      xml,
      {
        open(name, _a, _self, start, end) {
          if (name === "table" || name === "autoFilter") pieces.push({ start, end, text: xml.slice(start, end).replace(/\bref="[^"]*"/, `ref="${grown}"`) });
        },
      },
      found.tablePart,
    );
    this.write(found.tablePart, applyPieces(xml, pieces));
    return { firstRow: first, ref: grown };
  }

  /** Adds a worksheet at the end: values as given (text as text), an optional bold and frozen header row, column widths. */
  addWorksheet(sheet: NewWorksheet): void {
    const problem = sheetNameProblem(sheet.name);
    if (problem) throw new PatchError("sheet-name", `sheet name '${sheet.name}': ${problem}`);
    if (this.workbook.sheets.some((s) => s.name.toLowerCase() === sheet.name.toLowerCase())) throw new PatchError("sheet-exists", `a sheet '${sheet.name}' exists`);
    let n = this.workbook.sheets.length + 1;
    while (this.exists(`xl/worksheets/sheet${n}.xml`)) n++;
    const part = `xl/worksheets/sheet${n}.xml`;
    const styles = this.stylesEdit();
    const header = sheet.header ? [sheet.header as PatchValue[]] : [];
    const all = [...header, ...sheet.rows];
    const dateShift = this.dateShift();
    const placed: NewCell[] = [];
    all.forEach((values, i) => values.forEach((value, c) => value !== null && placed.push({ row: i + 1, column: c, value, bold: Boolean(sheet.header) && i === 0 })));
    for (const cell of sheet.cells ?? []) {
      if (cell.row < 1 || cell.row > 1_048_576 || cell.column < 0 || cell.column >= 16_384) throw new PatchError("cell", `cell outside the sheet: row ${cell.row}, column ${cell.column}`);
      if (cell.value !== null) placed.push(cell);
    }
    const byRow = new Map<number, Map<number, NewCell>>();
    for (const cell of placed) {
      let line = byRow.get(cell.row);
      if (!line) byRow.set(cell.row, (line = new Map()));
      line.set(cell.column, cell);
    }
    const heights = sheet.rowHeights ?? {};
    const rowNumbers = [...new Set([...byRow.keys(), ...Object.keys(heights).map(Number)])].sort((a, b) => a - b);
    const rowsXml = rowNumbers
      .map((r) => {
        const cells = [...(byRow.get(r)?.values() ?? [])].sort((a, b) => a.column - b.column).map((cell) => {
          const date = typeof cell.value === "object" && cell.value !== null;
          return cellXml(`${columnLetter(cell.column)}${r}`, cell.value, styles.look({ bold: cell.bold, wrap: cell.wrap, date }), dateShift);
        });
        const height = heights[r];
        return `<row r="${r}"${height ? ` ht="${height}" customHeight="1"` : ""}>${cells.join("")}</row>`;
      })
      .join("");
    const frozen = sheet.frozenRows ?? (sheet.header ? 1 : 0);
    // A loop, not Math.max(...cells): a long sheet would overflow the call stack.
    let lastRow = 0;
    let lastColumn = 0;
    for (const cell of placed) {
      if (cell.row > lastRow) lastRow = cell.row;
      if (cell.column > lastColumn) lastColumn = cell.column;
    }
    const dimension = placed.length === 0 ? "A1" : `A1:${columnLetter(lastColumn)}${lastRow}`;
    const top = `A${frozen + 1}`;
    const view =
      frozen > 0
        ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${frozen}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView></sheetViews>`
        : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
    const cols = sheet.widths?.length ? `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>` : "";
    const merges = (sheet.merges ?? []).map((range) => {
      const box = parseRangeAddress(range);
      if (!box) throw new PatchError("cell", `'${range}' is not a range`);
      return `<mergeCell ref="${rangeAddress(box)}"/>`;
    });
    const mergeXml = merges.length > 0 ? `<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>` : "";
    this.write(
      part,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><dimension ref="${dimension}"/>${view}<sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>${rowsXml}</sheetData>${mergeXml}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
    );
    const rid = this.addRelationship(this.pkg.workbookPart, `${REL}/worksheet`, part);
    this.addOverride(part, WORKSHEET_TYPE);
    const sheetId = Math.max(0, ...this.sheetIds()) + 1;
    this.editWorkbook((xml) => {
      const rPrefix = /\sxmlns:r="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.test(xml.slice(0, xml.indexOf(">", xml.indexOf("<workbook"))));
      const element = `<sheet name="${escapeXml(sheet.name)}" sheetId="${sheetId}" ${rPrefix ? "" : `xmlns:r="${REL}" `}r:id="${rid}"/>`;
      const close = xml.search(/<\/(\w+:)?sheets>/);
      if (close < 0) throw new PatchError("unsupported", "the workbook has no sheet list");
      return xml.slice(0, close) + element + xml.slice(close);
    });
    this.workbook.sheets.push({ name: sheet.name, rid, state: "visible" });
  }

  /**
   * Adds a custom XML part whose root element is in `namespace`, or replaces the one that is already there
   * (other custom XML parts stay as they are). The XML must be well formed.
   */
  setCustomXml(namespace: string, xml: string): void {
    let root = "";
    try {
      scanXml(xml, { open: (_n, a) => void (root ||= a.xmlns ?? "\0") }, "custom XML");
    } catch {
      throw new PatchError("custom-xml", "the custom XML is not well formed");
    }
    if (root !== namespace) throw new PatchError("custom-xml", `the custom XML's root is not in namespace ${namespace}`);
    for (const rel of this.relationships(this.pkg.workbookPart)) {
      if (rel.kind !== "customXml" || rel.external) continue;
      let existing = "";
      const text = this.read(rel.target);
      if (text) scanXml(text, { open: (_n, a) => void (existing ||= a.xmlns ?? "\0") }, rel.target);
      if (existing === namespace) {
        this.write(rel.target, xml);
        return;
      }
    }
    let n = 1;
    while (this.exists(`customXml/item${n}.xml`)) n++;
    const item = `customXml/item${n}.xml`;
    const props = `customXml/itemProps${n}.xml`;
    const hex = (crc32(new TextEncoder().encode(`${namespace}#${n}`)).toString(16) + crc32(new TextEncoder().encode(namespace)).toString(16) + "0".repeat(32)).toUpperCase();
    const guid = `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}}`;
    this.write(item, xml);
    this.write(
      props,
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${guid}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${escapeXml(namespace)}"/></ds:schemaRefs></ds:datastoreItem>`,
    );
    this.write(relsPathOf(item), `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/customXmlProps" Target="itemProps${n}.xml"/></Relationships>`);
    this.addOverride(props, CUSTOM_PROPS_TYPE);
    if (!contentTypeOf(this.contentTypes(), item)) this.addOverride(item, "application/xml");
    this.addRelationship(this.pkg.workbookPart, `${REL}/customXml`, item);
  }

  /**
   * The new package: changed and added parts written anew, every other entry copied byte for byte. Each changed
   * part is encoded and deflated on its own, so a large sheet's bytes are let go before the next part's are made.
   */
  toBytes(): Uint8Array {
    if (this.styles?.changed) this.write(this.stylesPart(), this.styles.text);
    const encoder = new TextEncoder();
    const deflated = (name: string, part: ChangedPart): ZipOutputEntry => ({
      name,
      deflated: "deflated" in part ? part.deflated : this.deflatePiece ? deflatedText(part.text, this.deflatePiece) : deflatePart(encoder.encode(part.text), this.deflateRaw),
    });
    const entries: ZipOutputEntry[] = this.pkg.zip.entries.map((entry: ZipEntry) => {
      const edit = this.changed.get(entry.name.toLowerCase());
      return edit ? deflated(entry.name, edit) : { copy: entry };
    });
    for (const [key, part] of this.changed) if (!this.pkg.zip.byName.has(key)) entries.push(deflated(part.name, part));
    return writeZip(this.pkg.zip, entries, this.deflateRaw);
  }

  private dateShift(): number {
    return this.workbook.date1904 ? DAYS_1904_TO_1900 : 0;
  }

  private editCells(part: string, edits: CellEdit[], requireEmpty: boolean, above: Map<number, number>): void {
    const styles = this.stylesEdit();
    const xml = this.read(part);
    if (xml === undefined) throw new PatchError("no-sheet", `missing part ${part}`);
    const next = editSheetCells(xml, part, edits, {
      dateShift: this.dateShift(),
      requireEmpty,
      styleFor(edit, existing) {
        const style = existing ?? above.get(edit.column) ?? 0;
        const isDate = typeof edit.value === "object" && edit.value !== null;
        if (isDate) return styles.asDate(style);
        if (edit.numberFormat && typeof edit.value === "number") return styles.withNumberFormat(style, edit.numberFormat);
        return style;
      },
    });
    this.write(part, next);
  }

  private read(part: string): string | undefined {
    const edit = this.changed.get(part.toLowerCase());
    if (!edit) return partXml(this.pkg, part);
    if ("text" in edit) return edit.text;
    const { compressed, size, stored } = edit.deflated;
    return partText(stored ? compressed : this.pkg.inflateRaw(compressed, size));
  }

  private write(part: string, text: string): void {
    const existing = findEntry(this.pkg.zip, part);
    const name = existing?.name ?? part;
    // A large part (a rewritten 100 000-row sheet) is kept deflated: its text is let go at once.
    if (this.deflatePiece && text.length >= LARGE_PART) this.changed.set(part.toLowerCase(), { name, deflated: deflatedText(text, this.deflatePiece) });
    else this.changed.set(part.toLowerCase(), { name, text });
  }

  private exists(part: string): boolean {
    return this.changed.has(part.toLowerCase()) || findEntry(this.pkg.zip, part) !== undefined;
  }

  private relationships(source: string): Relationship[] {
    const rels = relsPathOf(source);
    const xml = this.read(rels);
    return xml ? parseRelationships(xml, source, rels) : [];
  }

  private addRelationship(source: string, type: string, target: string): string {
    const relsPart = relsPathOf(source);
    const existing = this.relationships(source);
    let n = existing.length + 1;
    while (existing.some((r) => r.id === `rId${n}`)) n++;
    const id = `rId${n}`;
    const from = source.slice(0, source.lastIndexOf("/") + 1).split("/").filter(Boolean);
    const to = target.split("/");
    let common = 0;
    while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
    const relative = [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
    if (resolvePartName(source, relative) !== target) throw new PatchError("unsupported", `cannot point from ${source} to ${target}`);
    const element = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(relative)}"/>`;
    const xml = this.read(relsPart) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    const close = xml.search(/<\/(\w+:)?Relationships>/);
    if (close < 0) throw new PatchError("unsupported", `${relsPart} has no relationship list`);
    this.write(relsPart, xml.slice(0, close) + element + xml.slice(close));
    return id;
  }

  private contentTypes() {
    const xml = this.read("[Content_Types].xml")!;
    const types = { defaults: new Map<string, string>(), overrides: new Map<string, string>() };
    scanXml(
      xml,
      {
        open(name, a) {
          if (name === "Default" && a.Extension && a.ContentType) types.defaults.set(a.Extension.toLowerCase(), a.ContentType);
          if (name === "Override" && a.PartName && a.ContentType) types.overrides.set(a.PartName.replace(/^\/+/, "").toLowerCase(), a.ContentType);
        },
      },
      "[Content_Types].xml",
    );
    return types;
  }

  private addOverride(part: string, type: string): void {
    const xml = this.read("[Content_Types].xml")!;
    const close = xml.search(/<\/(\w+:)?Types>/);
    if (close < 0) throw new PatchError("unsupported", "[Content_Types].xml has no type list");
    this.write("[Content_Types].xml", `${xml.slice(0, close)}<Override PartName="/${escapeXml(part)}" ContentType="${type}"/>${xml.slice(close)}`);
  }

  private editWorkbook(edit: (xml: string) => string): void {
    this.write(this.pkg.workbookPart, edit(this.read(this.pkg.workbookPart)!));
  }

  private sheetIds(): number[] {
    const ids: number[] = [];
    scanXml(this.read(this.pkg.workbookPart)!, { open: (name, a) => void (name === "sheet" && ids.push(Number(a.sheetId) || 0)) }, this.pkg.workbookPart);
    return ids;
  }

  private sheetPart(sheet: string): string {
    const entry = this.workbook.sheets.find((s) => s.name === sheet) ?? this.workbook.sheets.find((s) => s.name.toLowerCase() === sheet.toLowerCase());
    const rel = entry && this.relationships(this.pkg.workbookPart).find((r) => r.id === entry.rid);
    if (!entry || !rel || rel.kind !== "worksheet") throw new PatchError("no-sheet", `no worksheet '${sheet}'`);
    return rel.target;
  }

  private findTable(name: string): { sheetPart: string; tablePart: string; table: ReturnType<typeof parseTablePart> } {
    for (const rel of this.relationships(this.pkg.workbookPart)) {
      if (rel.kind !== "worksheet" || rel.external) continue;
      for (const tableRel of this.relationships(rel.target)) {
        if (tableRel.kind !== "table" || tableRel.external) continue;
        const xml = this.read(tableRel.target);
        if (!xml) continue;
        const table = parseTablePart(xml, tableRel.target);
        if (table.name.toLowerCase() === name.toLowerCase()) return { sheetPart: rel.target, tablePart: tableRel.target, table };
      }
    }
    throw new PatchError("no-table", `no table ${name}`);
  }

  private stylesPart(): string {
    return this.relationships(this.pkg.workbookPart).find((r) => r.kind === "styles" && !r.external)?.target ?? "xl/styles.xml";
  }

  private stylesEdit(): StylesEdit {
    if (this.styles) return this.styles;
    const part = this.stylesPart();
    let xml = this.read(part);
    if (xml === undefined) {
      xml = MINIMAL_STYLES;
      this.write(part, xml);
      this.addRelationship(this.pkg.workbookPart, `${REL}/styles`, part);
      this.addOverride(part, STYLES_TYPE);
    }
    this.styles = new StylesEdit(xml, part);
    return this.styles;
  }
}
