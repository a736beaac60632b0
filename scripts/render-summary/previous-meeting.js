// The sample as it stood at the meeting before (27 February 2025), for the rendered summary's section
// "Sinds het vorige overleg": four activities had not started, 1.2c was still running, BZ-1's 2024 figure was
// first reported as 305. Written with the file library into build/, never into assets/.
"use strict";
const ExcelJS = require("exceljs");

const STATUS_THEN = { "1.1a": "Niet gestart", "1.1b": "Niet gestart", "1.3b": "Niet gestart", "1.4a": "Niet gestart", "1.2c": "In uitvoering" };
const excelDate = (iso) => Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);

async function main([input, output]) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  workbook.getWorksheet("Activiteiten").eachRow((row) => {
    const then = STATUS_THEN[String(row.getCell(1).value)];
    if (then) row.getCell(9).value = then;
  });
  workbook.getWorksheet("Metingen").eachRow((row) => {
    if (row.getCell(1).value === "BZ-1" && row.getCell(2).value === 2024) row.getCell(4).value = 305;
  });
  workbook.getWorksheet("Instellingen").eachRow((row) => {
    if (row.getCell(1).value === "Peildatum") row.getCell(2).value = excelDate("2025-02-15");
    if (row.getCell(1).value === "Datum bestuurlijk overleg") row.getCell(2).value = excelDate("2025-02-27");
  });
  await workbook.xlsx.writeFile(output);
}

main(process.argv.slice(2)).catch((error) => {
  console.error(`previous-meeting: ${error.message}`);
  process.exit(2);
});
