import { snapshotOfBytes } from "../../../src/cli/readWorkbook";
import { checkWorkbook } from "../../../src/core/engine/checkWorkbook";
import { bundleReturns } from "../../../src/core/merge/bundle";
import { planReturns } from "../../../src/core/returns/buildReturnPlan";
import { checked, sampleSnapshot } from "../summary/sample";
import ExcelJS from "exceljs";
import { returnWorkbookBytes } from "../../../src/cli/returnWorkbook";

describe("a return written to .xlsx and read back", () => {
  it("keeps its tables, drop-down and text, checks as an overview and bundles back without a change", async () => {
    const sample = await sampleSnapshot();
    const { model, report } = checked(sample);
    const [plan] = planReturns(model, report, { issuedOn: "2025-05-29", parties: ["OFW"] }).plans;
    // Written by the command line's own writer and read back, as a partner's Excel would hand it over.
    const bytes = await returnWorkbookBytes(plan, "Beleidsmonitor test");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);

    const sheet = workbook.getWorksheet("Activiteiten")!;
    expect(sheet.getCell("I4").dataValidation).toMatchObject({ type: "list", formulae: ['"Niet gestart,In uitvoering,Vertraagd,Gereed,Vervallen"'] });
    // Read back through the command line's own reader, as `bundel` will read a returned file.
    const snapshot = snapshotOfBytes(bytes, plan.fileName);
    expect(snapshot.tables.map((t) => [t.name, t.sheet])).toEqual([
      ["tblActiviteiten", "Activiteiten"],
      ["tblMetingen", "Metingen"],
      ["tblIndicatoren", "Indicatoren"],
      ["tblPartijen", "Partijen"],
      ["tblTaakstelling", "Taakstelling"],
      ["tblInstellingen", "Instellingen"],
    ]);

    const findings = checkWorkbook(snapshot, { today: "2025-06-01" }).findings;
    expect(findings.filter((f) => f.category === "structure")).toEqual([]);

    // Sent back untouched: nothing to take, add or put forward, and nothing left over.
    const outcome = bundleReturns({ overview: { file: "overzicht.xlsx", snapshot: sample }, returns: [{ file: plan.fileName, snapshot }], date: "2025-06-20" });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    const { counts } = outcome.decisions;
    expect(counts).toMatchObject({ taken: 0, conflicts: 0, added: 0, notReturned: 0, listed: 0 });
    expect(counts.unchanged).toBe(plan.counts.activitiesLead + plan.counts.activitiesInvolved);
  });
});
