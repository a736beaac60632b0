import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./runCli";

const dir = mkdtempSync(join(tmpdir(), "bm-cli-"));

async function writeWorkbook(name: string, fill: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

describe("beleidsmonitor check: unusable input", () => {
  it("a file that is not an xlsx gives exit code 2 and a Dutch message without a stack trace", async () => {
    const path = join(dir, "notities.xlsx");
    writeFileSync(path, "dit is geen werkboek");
    const result = await runCli(["check", path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("is geen leesbare Excel-werkmap (.xlsx)");
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe("");
  });

  it("a missing file", async () => {
    const result = await runCli(["check", join(dir, "bestaat-niet.xlsx")]);
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining("bestaat niet") });
  });

  it("an empty workbook", async () => {
    const path = await writeWorkbook("leeg.xlsx", (wb) => wb.addWorksheet("Blad1"));
    const result = await runCli(["check", path]);
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining("is leeg") });
  });

  it("English messages with --lang en", async () => {
    const result = await runCli(["check", join(dir, "bestaat-niet.xlsx"), "--lang", "en"]);
    expect(result.stderr).toContain("does not exist");
  });

  it.each([
    [["check"], "Geef de werkmap op"],
    [["controleer", "x.xlsx"], "Onbekende opdracht"],
    [["check", "x.xlsx", "--peildatum", "1-7-2025"], "JJJJ-MM-DD"],
    [["check", "x.xlsx", "--peildatum", "2025-02-30"], "JJJJ-MM-DD"],
    [["check", "x.xlsx", "--peildatum", "1899-12-31"], "1900 tot en met 2100"],
    [["check", "x.xlsx", "--lang", "de"], "--lang"],
    [["check", "x.xlsx", "--snel"], "Onbekende optie"],
  ])("wrong arguments %j give exit code 2", async (argv, message) => {
    const result = await runCli(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it("a workbook without the tables gives findings, one per missing table, and exit code 1", async () => {
    const path = await writeWorkbook("partner.xlsx", (wb) => wb.addWorksheet("Blad1").addRow(["Iets", "anders"]));
    const result = await runCli(["check", path, "--json"]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.findings.map((f: { rule: string; sheet: string }) => [f.rule, f.sheet])).toEqual([
      ["table-missing", "Activiteiten"],
      ["table-missing", "Indicatoren"],
      ["table-missing", "Metingen"],
      ["table-missing", "Taakstelling"],
      ["table-missing", "Partijen"],
      ["table-missing", "Instellingen"],
    ]);
    expect(report.referenceDate).toBe("2025-06-15");
    expect(report.referenceDateSource).toBe("today");
  });

  it("help is printed in Dutch", async () => {
    const result = await runCli(["--help"]);
    expect(result).toMatchObject({ code: 0, stdout: expect.stringContaining("Gebruik: beleidsmonitor check") });
  });
});
