// Writes a generated workbook (see generateWorkbook.js) as a real .xlsx, the way Excel saves one:
// every contract table an Excel table, texts in the shared string table, dates as serials with a
// date format. The bench runs the command line on these files.
"use strict";
const { writeFileSync } = require("node:fs");
const { generateWorkbook } = require("./generateWorkbook");
const { deflateRawSync } = require("node:zlib");

/**
 * The project's own zip writer, as compiled by `npm run build:cli` (the bench builds it before it writes a workbook):
 * ExcelJS would need about 2 GB and half a minute to write 100 000 rows with a table.
 */
function buildZip(files, deflateRaw) {
  return require("../../build/cli/xlsx/zipWriter").buildZip(files, deflateRaw);
}

const DATE_HEADERS = new Set(["Deadline", "Laatst bijgewerkt"]);
const DATE_SETTINGS = new Set(["Peildatum"]);
const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const escapeXml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function columnLetter(index) {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The shared string table: each distinct text once, cells refer to it by index. */
function stringTable() {
  const index = new Map();
  const texts = [];
  return {
    add(text) {
      let i = index.get(text);
      if (i === undefined) {
        i = texts.length;
        index.set(text, i);
        texts.push(text);
      }
      return i;
    },
    xml() {
      const items = texts.map((t) => `<si><t xml:space="preserve">${escapeXml(t)}</t></si>`).join("");
      return `${XML}<sst xmlns="${NS}" count="${texts.length}" uniqueCount="${texts.length}">${items}</sst>`;
    },
  };
}

function sheetXml(sheet, strings, isDate) {
  const rows = sheet.values;
  const width = rows[0].length;
  const parts = [];
  rows.forEach((line, r) => {
    const cells = [];
    line.forEach((value, c) => {
      if (value === null || value === undefined) return;
      const ref = `${columnLetter(c)}${r + 1}`;
      if (typeof value === "number") cells.push(`<c r="${ref}"${r > 0 && isDate(line, c) ? ' s="1"' : ""}><v>${value}</v></c>`);
      else cells.push(`<c r="${ref}" t="s"><v>${strings.add(String(value))}</v></c>`);
    });
    parts.push(`<row r="${r + 1}">${cells.join("")}</row>`);
  });
  const dimension = `A1:${columnLetter(width - 1)}${rows.length}`;
  return `${XML}<worksheet xmlns="${NS}" xmlns:r="${REL_NS}"><dimension ref="${dimension}"/><sheetData>${parts.join("")}</sheetData><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`;
}

function tableXml(table, id, headers) {
  const ref = table.address.replace(/^.*!/, "");
  const columns = headers.map((h, i) => `<tableColumn id="${i + 1}" name="${escapeXml(h)}"/>`).join("");
  return `${XML}<table xmlns="${NS}" id="${id}" name="${table.name}" displayName="${table.name}" ref="${ref}" headerRowCount="1"><autoFilter ref="${ref}"/><tableColumns count="${headers.length}">${columns}</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;
}

const STYLES = `${XML}<styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="d-m-yyyy"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** The .xlsx bytes of a generated workbook with `rows` activity rows (`edition` as in generateWorkbook). */
function workbookBytes(rows, edition = 0) {
  const snapshot = generateWorkbook(rows, edition);
  const strings = stringTable();
  const files = {};
  const sheets = snapshot.sheets.map((sheet, i) => {
    const n = i + 1;
    const headers = sheet.values[0];
    const dateColumns = new Set(headers.flatMap((h, c) => (DATE_HEADERS.has(h) ? [c] : [])));
    const isDate = sheet.name === "Instellingen" ? (line) => DATE_SETTINGS.has(line[0]) : (_line, c) => dateColumns.has(c);
    files[`xl/worksheets/sheet${n}.xml`] = sheetXml(sheet, strings, isDate);
    files[`xl/worksheets/_rels/sheet${n}.xml.rels`] = `${XML}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${DOC_TYPE}/table" Target="../tables/table${n}.xml"/></Relationships>`;
    const table = snapshot.tables.find((t) => t.sheet === sheet.name);
    files[`xl/tables/table${n}.xml`] = tableXml(table, n, headers);
    return { n, name: sheet.name };
  });
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`,
    `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`,
    `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`,
    ...sheets.map(({ n }) => `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`),
    ...sheets.map(({ n }) => `<Override PartName="/xl/tables/table${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>`),
  ];
  files["[Content_Types].xml"] = `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`;
  files["_rels/.rels"] = `${XML}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${DOC_TYPE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  files["xl/workbook.xml"] = `${XML}<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><sheets>${sheets.map(({ n, name }) => `<sheet name="${escapeXml(name)}" sheetId="${n}" r:id="rId${n}"/>`).join("")}</sheets></workbook>`;
  const workbookRels = [
    ...sheets.map(({ n }) => `<Relationship Id="rId${n}" Type="${DOC_TYPE}/worksheet" Target="worksheets/sheet${n}.xml"/>`),
    `<Relationship Id="rId${sheets.length + 1}" Type="${DOC_TYPE}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rId${sheets.length + 2}" Type="${DOC_TYPE}/sharedStrings" Target="sharedStrings.xml"/>`,
  ];
  files["xl/_rels/workbook.xml.rels"] = `${XML}<Relationships xmlns="${PKG_REL_NS}">${workbookRels.join("")}</Relationships>`;
  files["xl/styles.xml"] = STYLES;
  files["xl/sharedStrings.xml"] = strings.xml();
  return Buffer.from(buildZip(Object.entries(files).map(([name, data]) => ({ name, data })), (data) => deflateRawSync(data, { level: 6 })));
}

/** Writes the workbook with `rows` activity rows to `file`. */
function writeWorkbookFile(rows, file, edition = 0) {
  writeFileSync(file, workbookBytes(rows, edition));
}

module.exports = { writeWorkbookFile, workbookBytes };

if (require.main === module) {
  const [rows, file, edition] = process.argv.slice(2);
  writeWorkbookFile(Number(rows), file, Number(edition ?? 0));
}
