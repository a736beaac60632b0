import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookFile } from "../../src/cli/readWorkbook";
import { parseArgs } from "../../src/cli/parseArgs";
import { STATE_SHEET } from "../../src/core/state/stateSheet";
import { openPatcher } from "../../src/xlsx/patcher";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { deflateRaw, inflateRaw } from "../xlsx/buildXlsx";
import { cli, columnOf, edited, folder, juneOverview, novemberEdits, rowsOf, storedIn } from "./stateFiles";

jest.setTimeout(60_000); // every summary loads and runs the file library

const rowWith = (rows: string[][], text: string) => rows.find((r) => r.includes(text));

describe("beleidsmonitor summary records the state it shows", () => {
  it("in the summary's own workbook, very hidden, and says there is no earlier state yet", async () => {
    const dir = folder();
    const june = juneOverview(dir);
    const output = join(dir, "BO juni.xlsx");
    const result = await cli(["summary", june, "-o", output], "2025-06-20");
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toContain(`zeer verborgen blad '${STATE_SHEET}'`);
    expect(result.stdout).toContain("geef de vorige samenvatting op met --vorige");

    const stored = await storedIn(output);
    expect(stored.map((s) => [s.row, s.meetingDate, s.result.ok])).toEqual([[3, "2025-06-26", true]]);
    const { snapshot } = await readWorkbookFile(output);
    expect(snapshot.sheets.map((s) => [s.name, s.state])).toEqual([
      ["BO 2025-06-26", "visible"],
      [STATE_SHEET, "veryHidden"],
    ]);
    const lines = await columnOf(output, "BO 2025-06-26");
    expect(lines).toContain("Sinds het vorige overleg");
    expect(lines.some((l) => l.startsWith("Er is nog geen eerdere vastgelegde stand"))).toBe(true);
  });

  it("shows Sinds het vorige overleg at the next summary, compared with the previous summary's file (--vorige)", async () => {
    const dir = folder();
    const june = juneOverview(dir);
    const juneSummary = join(dir, "BO juni.xlsx");
    expect((await cli(["summary", june, "-o", juneSummary], "2025-06-20")).code).toBe(0);
    const november = await edited(june, join(dir, "Overzicht november.xlsx"), novemberEdits);
    const novemberSummary = join(dir, "BO november.xlsx");
    const result = await cli(["summary", november, "--datum", "2025-11-20", "--vorige", juneSummary, "-o", novemberSummary]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).not.toContain("--vorige <bestand.xlsx>");

    const rows = await rowsOf(novemberSummary, "BO 2025-11-20");
    expect(rowWith(rows, "Sinds het vorige overleg (26 juni 2025)")).toBeDefined();
    expect(rowWith(rows, "Gestart")).toEqual(expect.arrayContaining(["0a Looptijd", "Status: Niet gestart → In uitvoering"]));
    expect(rowWith(rows, "Nu bekend")).toEqual(expect.arrayContaining(["1e helft 2025", "Gehuisvest: leeg → 30"]));
    expect(rowWith(rows, "Afgesloten halfjaar gewijzigd")).toEqual(expect.arrayContaining(["1e helft 2022", "Gehuisvest: 40 → 41"]));
    expect((await storedIn(novemberSummary)).map((s) => s.meetingDate)).toEqual(["2025-11-20"]);
  });

  it("compares with a previous overview that holds no state as it is (--vorige)", async () => {
    const dir = folder();
    const june = juneOverview(dir);
    const november = await edited(june, join(dir, "Overzicht november.xlsx"), novemberEdits);
    const output = join(dir, "BO.xlsx");
    expect((await cli(["summary", november, "--datum", "2025-11-20", "--vorige", june, "-o", output])).code).toBe(0);
    expect(await columnOf(output, "BO 2025-11-20")).toContain("Sinds het vorige overleg (26 juni 2025)");
  });

  it("with --met-werkmap, in the copy, so that the copy's next summary compares by itself", async () => {
    const dir = folder();
    // Saved once by the file library: the sample as Excel saves it holds dynamic-array metadata a copy cannot keep.
    const june = await edited(juneOverview(dir), join(dir, "Overzicht juni (opgeslagen).xlsx"), () => undefined);
    const copy = join(dir, "Overzicht juni met BO.xlsx");
    expect((await cli(["summary", june, "--met-werkmap", "-o", copy], "2025-06-20")).code).toBe(0);
    expect((await storedIn(copy)).map((s) => [s.row, s.meetingDate])).toEqual([[3, "2025-06-26"]]);

    const november = await edited(copy, join(dir, "Overzicht november.xlsx"), novemberEdits);
    const next = join(dir, "Overzicht november met BO.xlsx");
    expect((await cli(["summary", november, "--met-werkmap", "--datum", "2025-11-20", "-o", next])).code).toBe(0);
    expect(await columnOf(next, "BO 2025-11-20")).toContain("Sinds het vorige overleg (26 juni 2025)");
    expect((await storedIn(next)).map((s) => [s.row, s.meetingDate, s.result.ok])).toEqual([
      [3, "2025-06-26", true],
      [4, "2025-11-20", true],
    ]);
  });

  it("refuses a previous file that holds neither an overview nor a state, and never writes over it", async () => {
    const dir = folder();
    const june = juneOverview(dir);
    const empty = join(dir, "Leeg.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Blad1").getCell("A1").value = "iets anders";
    await workbook.xlsx.writeFile(empty);
    const refused = await cli(["summary", june, "--vorige", empty, "-o", join(dir, "BO.xlsx")]);
    expect(refused).toMatchObject({ code: 2, stdout: "" });
    expect(refused.stderr).toContain("'" + empty + "' bevat geen activiteitenoverzicht");
    const before = readFileSync(empty);
    expect((await cli(["summary", june, "--vorige", empty, "-o", empty, "--overschrijven"])).code).toBe(2);
    expect(readFileSync(empty).equals(before)).toBe(true);
  });

  it("parses --vorige", () => {
    expect(parseArgs(["summary", "a.xlsx", "--vorige", "b.xlsx"])).toMatchObject({ command: "summary", file: "a.xlsx", previous: "b.xlsx" });
    expect(() => parseArgs(["summary", "a.xlsx", "--vorige"])).toThrow("--vorige verwacht het vorige bestand");
  });
});

describe("the recorded state survives other programs' copies", () => {
  let summary: string;
  beforeAll(async () => {
    const dir = folder();
    summary = join(dir, "BO juni.xlsx");
    expect((await cli(["summary", juneOverview(dir), "-o", summary], "2025-06-20")).code).toBe(0);
  });

  it("read and saved again by the file library (ExcelJS)", async () => {
    const copy = await edited(summary, join(folder(), "opgeslagen.xlsx"), (workbook) => {
      workbook.getWorksheet("BO 2025-06-26")!.getCell("A3").value = "bewerkt";
    });
    expect((await storedIn(copy)).map((s) => [s.meetingDate, s.result.ok])).toEqual([["2025-06-26", true]]);
    const check = new ExcelJS.Workbook();
    await check.xlsx.readFile(copy);
    expect(check.getWorksheet(STATE_SHEET)!.state).toBe("veryHidden");
  });

  it("patched by the project's own lossless patcher", async () => {
    const patch = openPatcher(new Uint8Array(readFileSync(summary)), { inflateRaw, deflateRaw });
    patch.setCells("BO 2025-06-26", [{ cell: "A3", value: "bewerkt" }]);
    patch.addWorksheet({ name: "Aantekeningen", rows: [["na het overleg"]] });
    const path = join(folder(), "gepatcht.xlsx");
    writeFileSync(path, patch.toBytes());
    const snapshot = readXlsx(new Uint8Array(readFileSync(path)), { inflateRaw });
    expect(snapshot.sheets.find((s) => s.name === STATE_SHEET)?.state).toBe("veryHidden");
    expect((await storedIn(path)).map((s) => [s.meetingDate, s.result.ok])).toEqual([["2025-06-26", true]]);
  });
});
