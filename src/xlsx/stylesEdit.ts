import { PatchError } from "./cellXml";
import { parseStylesPart, type CellStyles } from "./stylesPart";
import { scanXml } from "./xml";

/** Adds cell formats (xf) to styles.xml when the patcher needs a date or a bold cell, reusing what it added. */
export class StylesEdit {
  private xml: string;
  private parsed: CellStyles;
  private dateStyle: number | null = null;
  private boldStyle: number | null = null;
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
      const font = this.addBoldFont();
      this.boldStyle = this.addXf(`<xf numFmtId="0" fontId="${font}" fillId="0" borderId="0" xfId="0" applyFont="1"/>`);
    }
    return this.boldStyle;
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
