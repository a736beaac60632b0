/**
 * Builds .xlsx packages from a small description, for the reader, patcher and corpus tests: real zip, real
 * parts, and room for every oddity a hostile file has (raw XML, missing values, extra parts, 1904 dates …).
 */
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { columnLetter } from "../../src/core/address";
import type { CellValue } from "../../src/core/cell";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { escapeXml, escapeXstring } from "../../src/xlsx/cellXml";
import { buildZip } from "../../src/xlsx/zipWriter";

export const deflateRaw = (data: Uint8Array) => new Uint8Array(deflateRawSync(data));
export const inflateRaw = (data: Uint8Array, size: number) => new Uint8Array(inflateRawSync(data, { maxOutputLength: Math.max(1, size + 1) }));

/** A cell: a plain value, a formula with or without its stored result, a date (1900 serial) or raw `<c>` XML. */
export type CellSpec = CellValue | undefined | { f: string; v?: number | string } | { date: number } | { percent: number } | { raw: string };

export interface TableSpec {
  name: string;
  ref: string;
  columns: string[];
  headerRowCount?: number;
  totalsRowCount?: number;
}

export interface SheetSpec {
  name: string;
  rows?: CellSpec[][];
  /** First row of `rows` (1 by default). */
  firstRow?: number;
  /** Replaces the generated `<sheetData>` content. */
  sheetDataXml?: string;
  /** Rows appended after the generated ones (far rows, odd cells). */
  tailXml?: string;
  state?: "hidden" | "veryHidden";
  tables?: TableSpec[];
  merged?: string[];
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  date1904?: boolean;
  /** Extra parts, each with its content type and, when `rel` is given, a relationship from the workbook. */
  extraParts?: { name: string; data: string | Uint8Array; contentType: string; rel?: string }[];
  /** Replace generated parts by name (after generation), or drop them with `null`. */
  override?: Record<string, string | Uint8Array | null>;
  strict?: boolean;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const STYLES = `${HEAD}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="[$-413]d\\ mmmm\\ yyyy"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

/** Shared strings, each text once, as Excel writes them. */
class StringTable {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  add(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.push(text) - 1;
      this.index.set(text, i);
    }
    return i;
  }
}

function cellXmlOf(ref: string, cell: CellSpec, strings: StringTable): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return `<c r="${ref}" t="s"><v>${strings.add(cell)}</v></c>`;
  if (typeof cell === "number") return `<c r="${ref}"><v>${cell}</v></c>`;
  if (typeof cell === "boolean") return `<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`;
  if ("error" in cell) return `<c r="${ref}" t="e"><v>${escapeXml(cell.error)}</v></c>`;
  if ("raw" in cell) return cell.raw;
  if ("date" in cell) return `<c r="${ref}" s="3"><v>${cell.date}</v></c>`;
  if ("percent" in cell) return `<c r="${ref}" s="2"><v>${cell.percent}</v></c>`;
  const value = cell.v === undefined ? "" : typeof cell.v === "number" ? `<v>${cell.v}</v>` : `<v>${escapeXml(cell.v)}</v>`;
  return `<c r="${ref}"${typeof cell.v === "string" ? ' t="str"' : ""}><f>${escapeXml(cell.f)}</f>${value}</c>`;
}

export function buildXlsx(spec: WorkbookSpec): Uint8Array {
  const main = spec.strict ? STRICT_MAIN : MAIN;
  const rel = spec.strict ? STRICT_REL : REL;
  const strings = new StringTable();
  const files: { name: string; data: string | Uint8Array }[] = [];
  const overrides: string[] = [];
  const workbookRels: string[] = [];
  let tableCount = 0;
  spec.sheets.forEach((sheet, i) => {
    const n = i + 1;
    const first = sheet.firstRow ?? 1;
    const data =
      sheet.sheetDataXml ??
      (sheet.rows ?? [])
        .map((row, r) => {
          const cells = row.map((cell, c) => cellXmlOf(`${columnLetter(c)}${first + r}`, cell, strings)).join("");
          return cells ? `<row r="${first + r}">${cells}</row>` : "";
        })
        .join("") + (sheet.tailXml ?? "");
    const merged = sheet.merged?.length ? `<mergeCells count="${sheet.merged.length}">${sheet.merged.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>` : "";
    const tables = sheet.tables ?? [];
    const parts = tables.length ? `<tableParts count="${tables.length}">${tables.map((_t, k) => `<tablePart r:id="rId${k + 1}"/>`).join("")}</tableParts>` : "";
    files.push({ name: `xl/worksheets/sheet${n}.xml`, data: `${HEAD}<worksheet xmlns="${main}" xmlns:r="${rel}"><sheetData>${data}</sheetData>${merged}${parts}</worksheet>` });
    overrides.push(`<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
    workbookRels.push(`<Relationship Id="rId${n}" Type="${rel}/worksheet" Target="worksheets/sheet${n}.xml"/>`);
    if (tables.length) {
      const sheetRels = tables.map((table, k) => {
        const t = ++tableCount;
        const headerCount = table.headerRowCount === undefined ? "" : ` headerRowCount="${table.headerRowCount}"`;
        const totals = table.totalsRowCount ? ` totalsRowCount="${table.totalsRowCount}"` : "";
        const columns = table.columns.map((c, j) => `<tableColumn id="${j + 1}" name="${escapeXml(c)}"/>`).join("");
        files.push({
          name: `xl/tables/table${t}.xml`,
          data: `${HEAD}<table xmlns="${main}" id="${t}" name="${escapeXml(table.name)}" displayName="${escapeXml(table.name)}" ref="${table.ref}"${headerCount}${totals}><autoFilter ref="${table.ref}"/><tableColumns count="${table.columns.length}">${columns}</tableColumns><tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></table>`,
        });
        overrides.push(`<Override PartName="/xl/tables/table${t}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>`);
        return `<Relationship Id="rId${k + 1}" Type="${rel}/table" Target="../tables/table${t}.xml"/>`;
      });
      files.push({ name: `xl/worksheets/_rels/sheet${n}.xml.rels`, data: `${HEAD}<Relationships xmlns="${PKG_REL}">${sheetRels.join("")}</Relationships>` });
    }
  });
  const sheetsXml = spec.sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`).join("");
  const date1904 = spec.date1904 ? ' date1904="1"' : "";
  files.push({ name: "xl/workbook.xml", data: `${HEAD}<workbook xmlns="${main}" xmlns:r="${rel}"><workbookPr${date1904}/><sheets>${sheetsXml}</sheets></workbook>` });
  const k = spec.sheets.length;
  workbookRels.push(`<Relationship Id="rId${k + 1}" Type="${rel}/styles" Target="styles.xml"/>`);
  workbookRels.push(`<Relationship Id="rId${k + 2}" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/>`);
  (spec.extraParts ?? []).forEach((part, j) => {
    files.push({ name: part.name, data: part.data });
    overrides.push(`<Override PartName="/${part.name}" ContentType="${part.contentType}"/>`);
    if (part.rel) workbookRels.push(`<Relationship Id="rId${k + 3 + j}" Type="${part.rel}" Target="/${part.name}"/>`);
  });
  files.push({ name: "xl/styles.xml", data: STYLES });
  files.push({ name: "xl/sharedStrings.xml", data: `${HEAD}<sst xmlns="${main}" count="${strings.list.length}" uniqueCount="${strings.list.length}">${strings.list.map((s) => `<si><t xml:space="preserve">${escapeXstring(s)}</t></si>`).join("")}</sst>` });
  files.push({ name: "xl/_rels/workbook.xml.rels", data: `${HEAD}<Relationships xmlns="${PKG_REL}">${workbookRels.join("")}</Relationships>` });
  files.push({ name: "_rels/.rels", data: `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>` });
  files.push({
    name: "[Content_Types].xml",
    data: `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>${overrides.join("")}</Types>`,
  });
  let out = files;
  for (const [name, data] of Object.entries(spec.override ?? {})) {
    out = out.filter((f) => f.name !== name);
    if (data !== null) out.push({ name, data });
  }
  return buildZip(out, deflateRaw);
}

/** A workbook spec holding the same sheets and tables as a snapshot (rule fragments become real files). */
export function specOfSnapshot(snapshot: WorkbookSnapshot): WorkbookSpec {
  return {
    sheets: snapshot.sheets.map((sheet) => ({
      name: sheet.name,
      firstRow: sheet.origin.row,
      rows: sheet.values.map((line) => line.map((v) => v)),
      merged: sheet.merged,
      tables: snapshot.tables
        .filter((t) => t.sheet === sheet.name)
        .map((t) => ({ name: t.name, ref: t.address, columns: (sheet.values[0] ?? []).map((v, i) => (v === null ? `Kolom${i + 1}` : String(v))) })),
    })),
  };
}
