import { builtInFormat, isBuiltInDateId, isDateFormatCode } from "./numberFormats";
import { scanXml } from "./xml";

/** Number format per cell style index (`s` of a cell), and whether it shows a date. */
export interface CellStyles {
  formats: string[];
  isDate: boolean[];
}

export function parseStylesPart(xml: string, part: string): CellStyles {
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  scanXml(
    xml,
    {
      open(name, a, selfClosing) {
        if (name === "numFmt" && a.numFmtId !== undefined) custom.set(Number(a.numFmtId), a.formatCode ?? "General");
        else if (name === "cellXfs") inCellXfs = !selfClosing;
        else if (name === "xf" && inCellXfs) ids.push(Number(a.numFmtId ?? 0));
      },
      close(name) {
        if (name === "cellXfs") inCellXfs = false;
      },
    },
    part,
  );
  const formats = ids.map((id) => custom.get(id) ?? builtInFormat(id) ?? "General");
  const isDate = ids.map((id, i) => (custom.has(id) ? isDateFormatCode(formats[i]) : isBuiltInDateId(id)));
  return { formats, isDate };
}

export const NO_STYLES: CellStyles = { formats: [], isDate: [] };
