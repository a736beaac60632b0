/**
 * Makes the sample store its custom-function cells the way Excel saves them. Excel (Microsoft 365) writes a
 * formula with an add-in's function as a dynamic-array formula, even when it returns one value: `cm="1"` on the
 * cell, `<f t="array" ref="…">` around `_xldudf_<NAMESPACE>_<ID>(…)`, and the XLDAPR cell metadata in
 * `xl/metadata.xml` (public repro evelyn-chrono/officejs-custom-functions-name-error-repro; [MS-XLSX] dynamic
 * array properties). It also stamps the workbook with the calculation engine that saved it: with a `calcId` older
 * than its own, Excel recalculates everything on open (ECMA-376 `calcPr/@calcId`), and without the add-in those
 * cells would then show #NAME? at once.
 */
import JSZip from "jszip";

/** The calculation engine id of Excel for Microsoft 365 (and 2019, 2021), as its saved files carry it. */
export const EXCEL_CALC_ID = "191029";

export const METADATA_PART = "xl/metadata.xml";
const METADATA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml";
const METADATA_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata";

/** One cell-metadata record (cm="1"): a dynamic array (XLDAPR), as Excel writes it. */
const METADATA_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">' +
  '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>' +
  '<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
  '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>';

/** `<c r="H2" s="3"><f>…_xldudf_…</f>` → `<c r="H2" s="3" cm="1"><f t="array" ref="H2">…</f>`. */
export function asDynamicArrayCells(sheetXml: string): { xml: string; cells: number } {
  let cells = 0;
  const xml = sheetXml.replace(/<c r="([A-Z]+\d+)"([^>]*)><f>([^<]*_xldudf_[^<]*)<\/f>/g, (_, ref: string, attributes: string, formula: string) => {
    cells++;
    return `<c r="${ref}"${attributes} cm="1"><f t="array" ref="${ref}">${formula}</f>`;
  });
  return { xml, cells };
}

/** The package rewritten as Excel would save it; the rest of the file is kept byte for byte. */
export async function asExcelSaves(xlsx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  let dynamic = 0;
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const { xml, cells } = asDynamicArrayCells(await zip.file(name)!.async("string"));
    if (cells) zip.file(name, xml);
    dynamic += cells;
  }
  if (dynamic) {
    zip.file(METADATA_PART, METADATA_XML);
    const types = await zip.file("[Content_Types].xml")!.async("string");
    zip.file("[Content_Types].xml", types.replace("</Types>", `<Override PartName="/${METADATA_PART}" ContentType="${METADATA_TYPE}"/></Types>`));
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file("xl/_rels/workbook.xml.rels", rels.replace("</Relationships>", `<Relationship Id="rIdMetadata" Type="${METADATA_RELATIONSHIP}" Target="metadata.xml"/></Relationships>`));
  }
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  zip.file("xl/workbook.xml", workbook.replace(/<calcPr([^>]*?)calcId="\d+"/, `<calcPr$1calcId="${EXCEL_CALC_ID}"`));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
}
