import ExcelJS from "exceljs";
import { mergeAll } from "../../src/cli/writeSummary";

describe("mergeAll", () => {
  it("merges every area, as mergeCells does one by one", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("BO");
    sheet.getCell("A1").value = "Titel";
    sheet.getCell("A1").font = { bold: true };
    mergeAll(sheet, ["A1:L1", "B3:C3", "E3:G3", "A5:A6"]);
    expect(sheet.getCell("L1").isMerged && sheet.getCell("L1").master.address).toBe("A1");
    expect(sheet.getCell("L1").font).toEqual({ bold: true });
    expect(sheet.getCell("A6").master.address).toBe("A5");
    expect(sheet.getCell("D3").isMerged).toBe(false);
    // A later merge still sees the earlier ones.
    expect(() => sheet.mergeCells("C3:D3")).toThrow();
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load(await workbook.xlsx.writeBuffer());
    expect([...(copy.getWorksheet("BO")!.model as unknown as { merges: string[] }).merges].sort()).toEqual(["A1:L1", "A5:A6", "B3:C3", "E3:G3"]);
  });

  it("refuses overlapping areas before merging any", () => {
    const sheet = new ExcelJS.Workbook().addWorksheet("BO");
    expect(() => mergeAll(sheet, ["A1:C1", "D1:E1", "C1:D1"])).toThrow("overlappen in 'C1:D1'");
    expect(sheet.getCell("B1").isMerged).toBe(false);
  });

  it("takes time in proportion to the number of areas, not to its square", () => {
    // mergeCells one by one compares each area with all earlier ones: 20 000 areas took most of a minute.
    const cpuMs = (areas: number) => {
      const sheet = new ExcelJS.Workbook().addWorksheet("BO");
      const ranges = Array.from({ length: areas }, (_, i) => `B${i + 1}:C${i + 1}`);
      const start = process.cpuUsage();
      mergeAll(sheet, ranges);
      const used = process.cpuUsage(start);
      expect(sheet.getCell(`C${areas}`).master.address).toBe(`B${areas}`);
      return (used.user + used.system) / 1000;
    };
    cpuMs(1_000); // warm-up
    // Five times the areas: about five times the time when linear, twenty-five when quadratic.
    expect(cpuMs(15_000) / cpuMs(3_000)).toBeLessThan(12);
  }, 15_000);
});
