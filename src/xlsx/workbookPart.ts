import { scanXml } from "./xml";

export const STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";

export interface SheetEntry {
  name: string;
  /** Relationship id of the sheet's part. */
  rid: string;
  state: "visible" | "hidden" | "veryHidden";
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  date1904: boolean;
  strict: boolean;
  definedNames: { name: string; formula: string; sheetIndex?: number }[];
}

const TRUE = new Set(["1", "true", "on"]);

export function parseWorkbookPart(xml: string, part: string): WorkbookPart {
  const out: WorkbookPart = { sheets: [], date1904: false, strict: false, definedNames: [] };
  let definedName: { name: string; formula: string; sheetIndex?: number } | null = null;
  scanXml(
    xml,
    {
      open(name, a) {
        if (name === "workbook") out.strict = a.xmlns === STRICT_MAIN;
        else if (name === "workbookPr") out.date1904 = TRUE.has((a.date1904 ?? "").toLowerCase());
        else if (name === "sheet" && a.name !== undefined) {
          const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
          out.sheets.push({ name: a.name, rid: a.id ?? "", state });
        } else if (name === "definedName" && a.name) {
          definedName = { name: a.name, formula: "", sheetIndex: a.localSheetId === undefined ? undefined : Number(a.localSheetId) };
          out.definedNames.push(definedName);
        }
      },
      close(name) {
        if (name === "definedName") definedName = null;
      },
      text(text) {
        if (definedName) definedName.formula += text;
      },
    },
    part,
  );
  return out;
}
