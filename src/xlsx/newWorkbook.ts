import { qualifiedAddress } from "../core/address";
import { escapeXml } from "./cellXml";
import type { StyleTable } from "./newStyles";
import { deflatedText, PartWriter, type DeflatePiece } from "./partWriter";
import { writeSheetXml, type NewSheet } from "./sheetXml";
import type { ZipArchive } from "./zip";
import { writeZip, type ZipOutputEntry } from "./zipWriter";

const EMPTY_ARCHIVE: ZipArchive = { bytes: new Uint8Array(0), entries: [], byName: new Map(), comment: new Uint8Array(0) };
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

function contentTypes(sheetCount: number): string {
  const sheets = Array.from({ length: sheetCount }, (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${SHEET_TYPE}"/>`).join("");
  return `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;
}

const ROOT_RELS = `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="${PACKAGE_REL}/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`;

function workbookRels(sheetCount: number): string {
  const sheets = Array.from({ length: sheetCount }, (_, i) => `<Relationship Id="rId${i + 2}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("");
  return `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>${sheets}</Relationships>`;
}

function coreProperties(creator: string, created: Date): string {
  const when = `${created.toISOString().slice(0, 19)}Z`;
  return `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${escapeXml(creator)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`;
}

function appProperties(creator: string): string {
  return `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${escapeXml(creator)}</Application></Properties>`;
}

/** Print area and print titles are defined names local to their sheet (ECMA-376 part 1, 18.2.6). */
function definedNames(sheets: readonly NewSheet[]): string {
  const names = sheets.flatMap((sheet, i) => {
    const area = sheet.print?.area;
    const titles = sheet.print?.titleRows;
    const absolute = (ref: string) => ref.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
    return [
      area ? `<definedName name="_xlnm.Print_Area" localSheetId="${i}">${escapeXml(qualifiedAddress(sheet.name, absolute(area)))}</definedName>` : "",
      titles ? `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(qualifiedAddress(sheet.name, `$${titles.first}:$${titles.last}`))}</definedName>` : "",
    ];
  });
  const xml = names.join("");
  return xml ? `<definedNames>${xml}</definedNames>` : "";
}

function workbookXml(sheets: readonly NewSheet[], active: number): string {
  const list = sheets
    .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.state === "visible" ? "" : ` state="${s.state}"`} r:id="rId${i + 2}"/>`)
    .join("");
  return `${XML_HEAD}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="17600" activeTab="${active}"/></bookViews><sheets>${list}</sheets>${definedNames(sheets)}<calcPr calcId="191029"/></workbook>`;
}

export interface NewWorkbookOptions {
  creator: string;
  created: Date;
  /** Index of the sheet the workbook opens on (visible). */
  active: number;
  /** The looks the sheets' cells refer to; complete only once every sheet is written, so the styles part comes last. */
  styles: StyleTable;
  deflate: DeflatePiece;
}

/**
 * A new .xlsx package with the project's own writer: each sheet's XML is written row by row and compressed
 * piece by piece, so the workbook never exists uncompressed in memory. Text cells are inline strings.
 */
export function writeNewWorkbook(sheets: readonly NewSheet[], options: NewWorkbookOptions): Uint8Array {
  const { deflate } = options;
  const entries: ZipOutputEntry[] = [
    { name: "[Content_Types].xml", deflated: deflatedText(contentTypes(sheets.length), deflate) },
    { name: "_rels/.rels", deflated: deflatedText(ROOT_RELS, deflate) },
    { name: "docProps/core.xml", deflated: deflatedText(coreProperties(options.creator, options.created), deflate) },
    { name: "docProps/app.xml", deflated: deflatedText(appProperties(options.creator), deflate) },
    { name: "xl/workbook.xml", deflated: deflatedText(workbookXml(sheets, options.active), deflate) },
    { name: "xl/_rels/workbook.xml.rels", deflated: deflatedText(workbookRels(sheets.length), deflate) },
  ];
  sheets.forEach((sheet, i) => {
    const part = new PartWriter(deflate);
    writeSheetXml(sheet, i, i === options.active, (text) => part.write(text));
    entries.push({ name: `xl/worksheets/sheet${i + 1}.xml`, deflated: part.end() });
  });
  entries.push({ name: "xl/styles.xml", deflated: deflatedText(options.styles.xml(), deflate) });
  return writeZip(EMPTY_ARCHIVE, entries, () => {
    throw new Error("every part is deflated beforehand");
  });
}
