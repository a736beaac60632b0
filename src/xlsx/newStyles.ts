import { escapeXml } from "./cellXml";
import { builtInId } from "./numberFormats";

/** How a cell looks in a new workbook. Colours are `RRGGBB` (with or without `#`). */
export interface CellFormat {
  /** Excel format code (en-US syntax): `General`, `@` for text, `#,##0` … */
  numberFormat: string;
  font?: { name: string; size: number; bold?: boolean; italic?: boolean; color?: string };
  /** A solid fill. */
  fill?: string;
  /** Thin lines above and below the cell. */
  border?: { top?: string; bottom?: string };
  alignment?: { horizontal?: "left" | "center" | "right"; vertical?: "top" | "center" | "bottom"; wrap?: boolean };
}

const FIRST_CUSTOM_FORMAT = 164;
const DEFAULT_FONT = '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>';

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

/** Deduplicates by the exact XML of each record: equal looks share one entry, as Excel stores them. */
class Records {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(first: string[]) {
    first.forEach((xml) => this.add(xml));
  }
  add(xml: string): number {
    let at = this.index.get(xml);
    if (at === undefined) {
      at = this.list.length;
      this.list.push(xml);
      this.index.set(xml, at);
    }
    return at;
  }
}

function fontXml(font: NonNullable<CellFormat["font"]>): string {
  const flags = `${font.bold ? "<b/>" : ""}${font.italic ? "<i/>" : ""}`;
  const color = font.color ? `<color rgb="${argb(font.color)}"/>` : "";
  return `<font>${flags}<sz val="${font.size}"/>${color}<name val="${escapeXml(font.name)}"/><family val="2"/></font>`;
}

function borderXml(border: NonNullable<CellFormat["border"]>): string {
  const line = (side: "top" | "bottom", color: string | undefined) => (color ? `<${side} style="thin"><color rgb="${argb(color)}"/></${side}>` : `<${side}/>`);
  return `<border><left/><right/>${line("top", border.top)}${line("bottom", border.bottom)}<diagonal/></border>`;
}

function alignmentXml(alignment: NonNullable<CellFormat["alignment"]>): string {
  const attributes = [
    alignment.horizontal ? ` horizontal="${alignment.horizontal}"` : "",
    alignment.vertical ? ` vertical="${alignment.vertical}"` : "",
    alignment.wrap ? ' wrapText="1"' : "",
  ].join("");
  return `<alignment${attributes}/>`;
}

/**
 * The styles part of a new workbook, built from the looks its cells use: `add` gives the `s` index of a look
 * (0 is the default: Calibri 11, General), `xml` the part.
 */
export class StyleTable {
  private readonly fonts = new Records([DEFAULT_FONT]);
  private readonly fills = new Records(['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']);
  private readonly borders = new Records(["<border><left/><right/><top/><bottom/><diagonal/></border>"]);
  private readonly formats = new Records([]);
  private readonly xfs = new Records(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);

  add(format: CellFormat): number {
    const numFmtId = builtInId(format.numberFormat) ?? FIRST_CUSTOM_FORMAT + this.formats.add(format.numberFormat);
    const fontId = format.font ? this.fonts.add(fontXml(format.font)) : 0;
    const fillId = format.fill ? this.fills.add(`<fill><patternFill patternType="solid"><fgColor rgb="${argb(format.fill)}"/></patternFill></fill>`) : 0;
    const borderId = format.border && (format.border.top || format.border.bottom) ? this.borders.add(borderXml(format.border)) : 0;
    const apply = [
      numFmtId ? ' applyNumberFormat="1"' : "",
      fontId ? ' applyFont="1"' : "",
      fillId ? ' applyFill="1"' : "",
      borderId ? ' applyBorder="1"' : "",
      format.alignment ? ' applyAlignment="1"' : "",
    ].join("");
    const open = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${apply}`;
    return this.xfs.add(format.alignment ? `${open}>${alignmentXml(format.alignment)}</xf>` : `${open}/>`);
  }

  xml(): string {
    const list = (tag: string, records: Records) => `<${tag} count="${records.list.length}">${records.list.join("")}</${tag}>`;
    const numFmts = this.formats.list.map((code, i) => `<numFmt numFmtId="${FIRST_CUSTOM_FORMAT + i}" formatCode="${escapeXml(code)}"/>`).join("");
    return [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
      numFmts ? `<numFmts count="${this.formats.list.length}">${numFmts}</numFmts>` : "",
      list("fonts", this.fonts),
      list("fills", this.fills),
      list("borders", this.borders),
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
      list("cellXfs", this.xfs),
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
      '<dxfs count="0"/><tableStyles count="0"/>',
      "</styleSheet>",
    ].join("");
  }
}
