import { scanXml } from "./xml";

export interface TablePart {
  /** The name Excel shows and formulas use (`displayName`, falling back to `name`). */
  name: string;
  ref: string;
  headerRowCount: number;
  totalsRowCount: number;
  columns: string[];
}

export function parseTablePart(xml: string, part: string): TablePart {
  const table: TablePart = { name: "", ref: "", headerRowCount: 1, totalsRowCount: 0, columns: [] };
  scanXml(
    xml,
    {
      open(name, a) {
        if (name === "table") {
          table.name = a.displayName ?? a.name ?? "";
          table.ref = a.ref ?? "";
          if (a.headerRowCount !== undefined) table.headerRowCount = Number(a.headerRowCount) || 0;
          if (a.totalsRowCount !== undefined) table.totalsRowCount = Number(a.totalsRowCount) || 0;
        } else if (name === "tableColumn") table.columns.push(a.name ?? "");
      },
    },
    part,
  );
  return table;
}
