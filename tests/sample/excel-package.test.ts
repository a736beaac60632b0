// The sample's package read as Excel reads it: custom-function cells stored as Excel saves them (dynamic-array
// formulas with their cell metadata), the calculation engine of current Excel, and the cached results in place.
import fs from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { EXCEL_CALC_ID, METADATA_PART } from "../../scripts/sample/excelSaved";

const SAMPLE = path.resolve(__dirname, "../../assets/Voorbeeld-activiteitenoverzicht.xlsx");

let zip: JSZip;
const part = (name: string) => zip.file(name)!.async("string");

beforeAll(async () => {
  zip = await JSZip.loadAsync(fs.readFileSync(SAMPLE));
});

describe("the sample workbook's package", () => {
  it("stores every custom-function cell as a dynamic-array formula with its cached result, as Excel saves it", async () => {
    const sheets = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    const cells: string[] = [];
    for (const name of sheets) cells.push(...((await part(name)).match(/<c r="[A-Z]+\d+"[^/>]*>(?:(?!<\/c>).)*_xldudf_(?:(?!<\/c>).)*<\/c>/g) ?? []));
    expect(cells.length).toBeGreaterThanOrEqual(20);
    const wrong = cells.filter((cell) => {
      const ref = /r="([A-Z]+\d+)"/.exec(cell)?.[1];
      return !/ cm="1"/.test(cell) || !cell.includes(`<f t="array" ref="${ref}">`) || !/<v>[^<]*<\/v>/.test(cell);
    });
    expect(wrong).toEqual([]);
  });

  it("has the dynamic-array cell metadata (XLDAPR), declared and related", async () => {
    const metadata = await part(METADATA_PART);
    expect(metadata).toContain('<metadataType name="XLDAPR"');
    expect(metadata).toContain('<xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/>');
    expect(metadata).toContain('<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata>');
    expect(await part("[Content_Types].xml")).toContain('<Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/>');
    expect(await part("xl/_rels/workbook.xml.rels")).toMatch(/Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/sheetMetadata" Target="metadata\.xml"/);
  });

  it("carries current Excel's calculation engine, so Excel does not recalculate everything on open", async () => {
    expect(await part("xl/workbook.xml")).toContain(`<calcPr calcId="${EXCEL_CALC_ID}"/>`);
  });
});
