import { checkWorkbook } from "../../../src/core/engine/checkWorkbook";
import { fragmentToSnapshot } from "../../../src/core/rules/fragment";
import type { WorkbookSnapshot } from "../../../src/core/snapshot";
import { activity } from "../rules/fixtures";

const TODAY = "2025-06-15";

/** Two activities without Trekker: the first reads empty because its formula has no stored result, the second is empty. */
function workbook(): { snapshot: WorkbookSnapshot; formulaCell: string; emptyCell: string } {
  const snapshot = fragmentToSnapshot({ activities: [activity({ ID: "1.1a", Trekker: null }), activity({ ID: "1.1b", Trekker: null })] });
  const plain = checkWorkbook(snapshot, { today: TODAY }).findings.filter((f) => f.rule === "required-value-missing" && f.message.includes("Trekker is leeg"));
  expect(plain).toHaveLength(2);
  const [formulaCell, emptyCell] = plain.map((f) => f.cell!);
  snapshot.sheets.find((s) => s.name === "Activiteiten")!.formulasWithoutValue = [formulaCell];
  return { snapshot, formulaCell, emptyCell };
}

describe("a formula without a stored result is one cause, not also an empty cell", () => {
  it("reports the formula and not the empty value it reads as; the truly empty cell stays reported", () => {
    const { snapshot, formulaCell, emptyCell } = workbook();
    const findings = checkWorkbook(snapshot, { today: TODAY }).findings;
    const atFormula = findings.filter((f) => f.sheet === "Activiteiten" && f.cell === formulaCell);
    expect(atFormula.map((f) => f.rule)).toEqual(["formula-without-value"]);
    expect(findings.some((f) => f.rule === "required-value-missing" && f.cell === emptyCell)).toBe(true);
  });

  it("with the formula rule switched off in Instellingen, the cell is reported as it reads", () => {
    const { snapshot, formulaCell } = workbook();
    const settings = snapshot.sheets.find((s) => s.name === "Instellingen")!;
    settings.values.push(["Regel uit: formula-without-value", "ja"]);
    const table = snapshot.tables.find((t) => t.name === "tblInstellingen")!;
    table.address = table.address.replace(/\d+$/, String(settings.values.length));
    const findings = checkWorkbook(snapshot, { today: TODAY }).findings;
    expect(findings.filter((f) => f.cell === formulaCell).map((f) => f.rule)).toEqual(["required-value-missing"]);
  });
});
