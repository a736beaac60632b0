import { cellAddress, columnLetter } from "../core/address";
import { cellXml, escapeXstring } from "./cellXml";
import { headerFooter } from "./limits";

/** One cell of a new sheet: text is always written as text (an inline string), never as a formula. */
export interface NewCell {
  /** 0-based. */
  column: number;
  value: string | number | boolean | null;
  /** Index from the workbook's `StyleTable` (0: default). */
  style: number;
}

export interface NewRow {
  /** 1-based; rows come in ascending order. */
  row: number;
  /** Points. */
  height?: number;
  /** In ascending column order. */
  cells: NewCell[];
}

export interface NewDataBar {
  range: string;
  min: number;
  max: number;
  /** `RRGGBB`. */
  color: string;
}

export interface NewPrintSetup {
  orientation: "landscape" | "portrait";
  /** Excel's paper size code (9 is A4). */
  paperSize: number;
  fitToWidth: number;
  /** 0: as many pages as needed. */
  fitToHeight: number;
  horizontalCentered: boolean;
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  header: { left: string; center: string; right: string };
  footer: { left: string; center: string; right: string };
  /** Rows after which a new page starts. */
  breaksAfter: readonly number[];
  /** Rows repeated at the top of every page (a defined name in the workbook part). */
  titleRows?: { first: number; last: number };
  /** A1 range (a defined name in the workbook part). */
  area?: string;
}

/** A worksheet of a new workbook; `rows` is read once, row by row, while the sheet's XML is written. */
export interface NewSheet {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  tabColor?: string;
  /** Widths in characters of the columns from A. */
  columnWidths?: readonly number[];
  frozenRows?: number;
  showGridLines?: boolean;
  /** The used range, e.g. `A1:L155` (omitted when empty). */
  dimension?: string;
  rows: () => Iterable<NewRow>;
  merges?: readonly string[];
  dataBars?: readonly NewDataBar[];
  print?: NewPrintSetup;
}

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM = "http://schemas.microsoft.com/office/excel/2006/main";
/** The extension lists Excel 2010 uses to tie a data bar to its x14 description (solid fill, no minimum length). */
const CF_RULE_EXT = "{B025F937-C7B1-47D3-B67F-A62EFF666E3E}";
const SHEET_CF_EXT = "{78C0D931-6437-407d-A8EE-F0AAD7539E65}";

/** A fixed id per data bar, so equal content gives equal bytes. */
function dataBarId(sheetIndex: number, bar: number): string {
  const hex = (n: number, width: number) => n.toString(16).toUpperCase().padStart(width, "0");
  return `{${hex(sheetIndex, 8)}-0000-4000-8000-${hex(bar, 12)}}`;
}

function sheetViews(sheet: NewSheet, selected: boolean): string {
  const attributes = `${selected ? ' tabSelected="1"' : ""}${sheet.showGridLines === false ? ' showGridLines="0"' : ""}`;
  const frozen = sheet.frozenRows ?? 0;
  if (frozen === 0) return `<sheetViews><sheetView${attributes} workbookViewId="0"/></sheetViews>`;
  const pane = `<pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>`;
  return `<sheetViews><sheetView${attributes} workbookViewId="0">${pane}</sheetView></sheetViews>`;
}

function columns(widths: readonly number[] | undefined): string {
  if (!widths || widths.length === 0) return "";
  return `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`;
}

/** A row, a cell at a time: the state row alone holds megabytes of text. */
function writeRow(row: NewRow, write: (text: string) => void): void {
  const height = row.height === undefined ? "" : ` ht="${row.height}" customHeight="1"`;
  if (row.cells.length === 0) return write(`<row r="${row.row}"${height}/>`);
  write(`<row r="${row.row}"${height}>`);
  for (const cell of row.cells) write(cellXml(cellAddress(row.row, cell.column), cell.value, cell.style, 0));
  write("</row>");
}

function dataBarRules(bars: readonly NewDataBar[], sheetIndex: number): string {
  return bars
    .map((bar, i) => {
      const ext = `<extLst><ext uri="${CF_RULE_EXT}" xmlns:x14="${X14}"><x14:id>${dataBarId(sheetIndex, i)}</x14:id></ext></extLst>`;
      const dataBar = `<dataBar><cfvo type="num" val="${bar.min}"/><cfvo type="num" val="${bar.max}"/><color rgb="${argb(bar.color)}"/></dataBar>`;
      return `<conditionalFormatting sqref="${bar.range}"><cfRule type="dataBar" priority="${i + 1}">${dataBar}${ext}</cfRule></conditionalFormatting>`;
    })
    .join("");
}

function dataBarExtensions(bars: readonly NewDataBar[], sheetIndex: number): string {
  if (bars.length === 0) return "";
  const rules = bars
    .map((bar, i) => {
      const cfvo = (value: number) => `<x14:cfvo type="num"><xm:f>${value}</xm:f></x14:cfvo>`;
      const dataBar = `<x14:dataBar minLength="0" maxLength="100" gradient="0">${cfvo(bar.min)}${cfvo(bar.max)}</x14:dataBar>`;
      return `<x14:conditionalFormatting xmlns:xm="${XM}"><x14:cfRule type="dataBar" id="${dataBarId(sheetIndex, i)}">${dataBar}</x14:cfRule><xm:sqref>${bar.range}</xm:sqref></x14:conditionalFormatting>`;
    })
    .join("");
  return `<extLst><ext uri="${SHEET_CF_EXT}" xmlns:x14="${X14}"><x14:conditionalFormattings>${rules}</x14:conditionalFormattings></ext></extLst>`;
}

function printXml(print: NewPrintSetup | undefined): string {
  if (!print) return '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  const m = print.margins;
  const options = print.horizontalCentered ? '<printOptions horizontalCentered="1"/>' : "";
  const margins = `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`;
  const setup = `<pageSetup paperSize="${print.paperSize}" fitToWidth="${print.fitToWidth}" fitToHeight="${print.fitToHeight}" orientation="${print.orientation}"/>`;
  const headers = `<headerFooter><oddHeader>${escapeXstring(headerFooter(print.header))}</oddHeader><oddFooter>${escapeXstring(headerFooter(print.footer))}</oddFooter></headerFooter>`;
  const breaks = print.breaksAfter.map((row) => `<brk id="${row}" max="16383" man="1"/>`).join("");
  const rowBreaks = breaks ? `<rowBreaks count="${print.breaksAfter.length}" manualBreakCount="${print.breaksAfter.length}">${breaks}</rowBreaks>` : "";
  return `${options}${margins}${setup}${headers}${rowBreaks}`;
}

/**
 * Writes a worksheet part in the order the schema requires (ECMA-376 part 1, CT_Worksheet), handing the text to
 * `write` a row at a time. `sheetIndex` makes the data bars' ids unique in the workbook.
 */
export function writeSheetXml(sheet: NewSheet, sheetIndex: number, selected: boolean, write: (text: string) => void): void {
  const properties = [sheet.tabColor ? `<tabColor rgb="${argb(sheet.tabColor)}"/>` : "", sheet.print ? '<pageSetUpPr fitToPage="1"/>' : ""].join("");
  write(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`);
  if (properties) write(`<sheetPr>${properties}</sheetPr>`);
  if (sheet.dimension) write(`<dimension ref="${sheet.dimension}"/>`);
  write(sheetViews(sheet, selected));
  write('<sheetFormatPr defaultRowHeight="15"/>');
  write(columns(sheet.columnWidths));
  write("<sheetData>");
  for (const row of sheet.rows()) writeRow(row, write);
  write("</sheetData>");
  const merges = sheet.merges ?? [];
  if (merges.length > 0) {
    write(`<mergeCells count="${merges.length}">`);
    for (const ref of merges) write(`<mergeCell ref="${ref}"/>`);
    write("</mergeCells>");
  }
  const bars = sheet.dataBars ?? [];
  write(dataBarRules(bars, sheetIndex));
  write(printXml(sheet.print));
  write(dataBarExtensions(bars, sheetIndex));
  write("</worksheet>");
}

/** `A1:L155` from the last row and column used (0-based column); undefined for an empty sheet. */
export function dimensionOf(lastRow: number, lastColumn: number): string | undefined {
  return lastRow > 0 && lastColumn >= 0 ? `A1:${columnLetter(lastColumn)}${lastRow}` : undefined;
}
