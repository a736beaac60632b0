import { escapeXml, PatchError } from "./cellXml";
import { builtInId } from "./numberFormats";
import { parseStylesPart, type CellStyles } from "./stylesPart";
import { scanXml } from "./xml";

/** Excel's short date (built-in 14): `15-6-2025` in Dutch Excel, whatever the user's locale. */
const SHORT_DATE_ID = 14;

/** How a cell of a sheet the patcher adds looks. */
export interface CellLook {
  bold?: boolean;
  wrap?: boolean;
  date?: boolean;
}

/** Adds cell formats (xf) to styles.xml when the patcher needs a date or a bold cell, reusing what it added. */
export class StylesEdit {
  private xml: string;
  private parsed: CellStyles;
  private dateStyle: number | null = null;
  private boldStyle: number | null = null;
  private readonly derived = new Map<string, number>();
  changed = false;

  constructor(
    xml: string,
    private readonly part: string,
  ) {
    this.xml = xml;
    this.parsed = parseStylesPart(xml, part);
  }

  get styles(): CellStyles {
    return this.parsed;
  }

  get text(): string {
    return this.xml;
  }

  isDate(style: number): boolean {
    return this.parsed.isDate[style] === true;
  }

  /** A style showing a date in the user's short date format (built-in 14, `15-6-2025` in Dutch Excel). */
  date(): number {
    this.dateStyle ??= this.addXf('<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>');
    return this.dateStyle;
  }

  /** A style with the workbook's default font in bold. */
  bold(): number {
    if (this.boldStyle === null) {
      const font = this.boldFont();
      this.boldStyle = this.addXf(`<xf numFmtId="0" fontId="${font}" fillId="0" borderId="0" xfId="0" applyFont="1"/>`);
    }
    return this.boldStyle;
  }

  /**
   * The style `base` with another number format: font, fill, border, alignment and protection kept. A code
   * Excel has built in uses its id; another reuses or adds a `numFmt`. Reused for the same pair.
   */
  withNumberFormat(base: number, code: string): number {
    const key = `${base}|${code}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    if (this.parsed.formats[base] === code) return base;
    const id = builtInId(code) ?? this.customFormatId(code);
    return this.deriveXf(key, base, id);
  }

  /** The style `base` showing a date (the short date) when it does not show one already. */
  asDate(base: number): number {
    if (this.isDate(base)) return base;
    const key = `${base}|#date`;
    return this.derived.get(key) ?? this.deriveXf(key, base, SHORT_DATE_ID);
  }

  /** A style for a cell of an added sheet: bold, wrapped and aligned to the top, a date; reused per look. */
  look(look: CellLook): number {
    if (!look.bold && !look.wrap) return look.date ? this.date() : 0;
    const key = `#look|${look.bold ? 1 : 0}${look.wrap ? 1 : 0}${look.date ? 1 : 0}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    const font = look.bold ? this.boldFont() : 0;
    const alignment = look.wrap ? '<alignment vertical="top" wrapText="1"/>' : "";
    const xf = `<xf numFmtId="${look.date ? SHORT_DATE_ID : 0}" fontId="${font}" fillId="0" borderId="0" xfId="0"${look.bold ? ' applyFont="1"' : ""}${look.date ? ' applyNumberFormat="1"' : ""}${alignment ? ' applyAlignment="1"' : ""}${alignment ? `>${alignment}</xf>` : "/>"}`;
    const index = this.addXf(xf);
    this.derived.set(key, index);
    return index;
  }

  private boldFontId: number | null = null;

  private boldFont(): number {
    this.boldFontId ??= this.addBoldFont();
    return this.boldFontId;
  }

  private deriveXf(key: string, base: number, numFmtId: number): number {
    const source = this.xfText(base) ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const open = /^<(\w+:)?xf\b[^>]*?\/?>/.exec(source)![0];
    let tag = /\snumFmtId="[^"]*"/.test(open) ? open.replace(/\snumFmtId="[^"]*"/, ` numFmtId="${numFmtId}"`) : open.replace(/^<((\w+:)?xf)\b/, `<$1 numFmtId="${numFmtId}"`);
    tag = /\sapplyNumberFormat="[^"]*"/.test(tag) ? tag.replace(/\sapplyNumberFormat="[^"]*"/, ' applyNumberFormat="1"') : tag.replace(/\s*(\/?)>$/, ' applyNumberFormat="1"$1>');
    const index = this.addXf(tag + source.slice(open.length));
    this.derived.set(key, index);
    return index;
  }

  /** The XML of the `index`-th `xf` of `cellXfs` (with its children), or null when there is none. */
  private xfText(index: number): string | null {
    let inCellXfs = false;
    let count = 0;
    let start = -1;
    let found: string | null = null;
    scanXml(
      this.xml,
      {
        open: (name, _a, self, from, to) => {
          if (name === "cellXfs") inCellXfs = !self;
          else if (inCellXfs && name === "xf" && start < 0 && found === null) {
            if (count++ === index) {
              if (self) found = this.xml.slice(from, to);
              else start = from;
            }
          }
        },
        close: (name, _from, to) => {
          if (name === "cellXfs") inCellXfs = false;
          else if (name === "xf" && start >= 0 && found === null) {
            found = this.xml.slice(start, to);
            start = -1;
          }
        },
      },
      this.part,
    );
    return found;
  }

  private customFormatId(code: string): number {
    let max = 163;
    let same: number | null = null;
    scanXml(
      this.xml,
      {
        open(name, a) {
          if (name !== "numFmt" || a.numFmtId === undefined) return;
          const id = Number(a.numFmtId);
          if (id > max) max = id;
          if (a.formatCode === code && same === null) same = id;
        },
      },
      this.part,
    );
    if (same !== null) return same;
    const id = max + 1;
    const element = `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`;
    if (/<(\w+:)?numFmts[\s>/]/.test(this.xml)) this.append("numFmts", element);
    else {
      // numFmts is the stylesheet's first child (ECMA-376 18.8.39).
      const open = /<(\w+:)?styleSheet\b[^>]*>/.exec(this.xml);
      if (!open) throw new PatchError("unsupported", `${this.part} has no <styleSheet>`);
      const prefix = open[1] ?? "";
      const at = open.index + open[0].length;
      this.xml = `${this.xml.slice(0, at)}<${prefix}numFmts count="1">${element.replace("<numFmt", `<${prefix}numFmt`)}</${prefix}numFmts>${this.xml.slice(at)}`;
      this.changed = true;
      this.parsed = parseStylesPart(this.xml, this.part);
    }
    return id;
  }

  /** Appends a child to a collection element (`cellXfs`, `fonts`) and updates its count; returns its index. */
  private append(collection: string, child: string): number {
    let open: { start: number; end: number; self: boolean; depth: number } | null = null;
    let close = -1;
    let count = 0;
    let depth = 0;
    let selfClosed = false;
    scanXml(
      this.xml,
      {
        open: (name, _a, self, start, end) => {
          if (name === collection && !open) open = { start, end, self, depth };
          else if (open && close < 0 && depth === open.depth + 1) count++;
          selfClosed = self;
          if (!self) depth++;
        },
        close: (name, start) => {
          if (selfClosed) {
            selfClosed = false;
            return;
          }
          depth--;
          if (name === collection && open && close < 0 && depth === open.depth) close = start;
        },
      },
      this.part,
    );
    if (!open) throw new PatchError("unsupported", `${this.part} has no <${collection}>`);
    const { start, end, self } = open as { start: number; end: number; self: boolean };
    const tag = this.xml.slice(start, end).replace(/\s*\/?>$/, "");
    const withCount = /\scount="\d*"/.test(tag) ? tag.replace(/\scount="\d*"/, ` count="${count + 1}"`) : `${tag} count="${count + 1}"`;
    if (self) this.xml = `${this.xml.slice(0, start)}${withCount}>${child}</${tag.slice(1).split(/\s/)[0]}>${this.xml.slice(end)}`;
    else this.xml = `${this.xml.slice(0, start)}${withCount}>${this.xml.slice(end, close)}${child}${this.xml.slice(close)}`;
    this.changed = true;
    this.parsed = parseStylesPart(this.xml, this.part);
    return count;
  }

  private addXf(xf: string): number {
    return this.append("cellXfs", xf);
  }

  private addBoldFont(): number {
    const first = /<(\w+:)?font>([\s\S]*?)<\/(\w+:)?font>/.exec(this.xml.slice(this.xml.search(/<(\w+:)?fonts[\s>]/)));
    const inner = first ? first[2].replace(/<(\w+:)?b\s*\/>/, "") : '<sz val="11"/><name val="Calibri"/>';
    return this.append("fonts", `<font><b/>${inner}</font>`);
  }
}

export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';
