import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "../../src/cli/parseArgs";
import type { Comparison } from "../../src/core/compare/types";
import { cli, edited, folder, juneOverview, novemberEdits } from "./stateFiles";

jest.setTimeout(60_000);

let june: string;
let november: string;
let juneSummary: string;
beforeAll(async () => {
  const dir = folder();
  june = juneOverview(dir);
  november = await edited(june, join(dir, "Overzicht november.xlsx"), (workbook) => {
    novemberEdits(workbook);
    workbook.getWorksheet("Activiteiten")!.getCell("J3").value = "Nieuwe toelichting"; // 0b: a reworded note
  });
  juneSummary = join(dir, "BO juni.xlsx");
  expect((await cli(["summary", june, "-o", juneSummary], "2025-06-20")).code).toBe(0);
});

describe("beleidsmonitor verschil", () => {
  it("reports two workbooks' differences in the meeting's terms, with the cell to look at", async () => {
    const result = await cli(["verschil", june, november]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe(`Sinds ${june} (peildatum 15 juni 2025)`);
    expect(lines).toContain("Let op");
    expect(lines.find((l) => l.includes("Afgesloten halfjaar gewijzigd"))).toMatch(/^! .*1e helft 2022 — Gehuisvest: 40 → 41 — .*\[Taakstelling!C2\]$/);
    expect(lines.find((l) => l.includes("Gestart"))).toMatch(/0a Looptijd — Status: Niet gestart → In uitvoering\s+\[Activiteiten!I2\]$/);
    expect(lines.find((l) => l.includes("Nu bekend"))).toMatch(/1e helft 2025 — Gehuisvest: leeg → 30\s+\[Taakstelling!C8\]$/);
    expect(result.stdout).not.toContain("Nieuwe toelichting");
  });

  it("gives the issue's JSON with --json, values typed as in the check's JSON", async () => {
    const result = await cli(["verschil", june, november, "--json"]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as Comparison;
    expect(json.from).toMatchObject({ file: june, referenceDate: "2025-06-15", source: "workbook" });
    expect(json.to).toMatchObject({ file: november, referenceDate: "2025-11-15", source: "workbook" });
    expect(json.activities.changed).toContainEqual(expect.objectContaining({ id: "0a", column: "Status", from: "Niet gestart", to: "In uitvoering", sheet: "Activiteiten", cell: "I2" }));
    expect(json.quota.changed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ period: "2025-H1", column: "Gehuisvest", from: null, to: 30, kind: "newly-known", cell: "C8" }),
        expect.objectContaining({ period: "2022-H1", column: "Gehuisvest", from: 40, to: 41, kind: "closed-period-edited", cell: "C2" }),
      ]),
    );
    expect(json.quota.backlog).toMatchObject({ from: 48, to: 61 });
    expect(json.findings).toMatchObject({ resolved: expect.any(Number), new: expect.any(Number) });
    expect(Object.keys(json)).toEqual(expect.arrayContaining(["from", "to", "activities", "indicators", "quota", "findings"]));
  });

  it("lists a reworded Toelichting only with --toelichting, and speaks English with --lang en", async () => {
    const result = await cli(["verschil", june, november, "--toelichting", "--lang", "en"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Nieuwe toelichting");
    expect(result.stdout).toContain("Started");
    expect(result.stdout.split("\n")[0]).toBe(`Since ${june} (reference date 15 June 2025)`);
  });

  it("compares with the state recorded in a summary workbook", async () => {
    const result = await cli(["verschil", juneSummary, november, "--json"]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as Comparison;
    expect(json.from).toMatchObject({ file: juneSummary, source: "recorded", meetingDate: "2025-06-26", referenceDate: "2025-06-15" });
    expect(json.activities.changed.map((c) => [c.id, c.column])).toContainEqual(["0a", "Status"]);
  });

  it("given one workbook, compares it with its latest recorded state", async () => {
    const dir = folder();
    const copy = await edited(june, join(dir, "opgeslagen.xlsx"), () => undefined);
    const withState = join(dir, "met BO.xlsx");
    expect((await cli(["summary", copy, "--met-werkmap", "-o", withState], "2025-06-20")).code).toBe(0);
    const later = await edited(withState, join(dir, "later.xlsx"), novemberEdits);
    const result = await cli(["verschil", later]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout.split("\n")[0]).toBe("Sinds het vorige overleg (26 juni 2025)");
    expect(result.stdout).toContain("Status: Niet gestart → In uitvoering");
  });

  it("exits 2 with a plain message for input it cannot compare", async () => {
    const cases: [string[], string][] = [
      [["verschil", june], "bevat geen vastgelegde stand"],
      [["verschil", juneSummary], "bevat alleen een vastgelegde stand"],
      [["verschil", join(folder(), "weg.xlsx"), november], "bestaat niet"],
      [["verschil"], "Geef de werkmappen op"],
      [["verschil", june, november, "derde.xlsx"], "is te veel"],
      [["verschil", june, november, "--peildatum", "2025-01-01"], "Onbekende optie '--peildatum'"],
    ];
    for (const [argv, message] of cases) {
      const result = await cli(argv);
      expect({ argv, code: result.code, stdout: result.stdout }).toEqual({ argv, code: 2, stdout: "" });
      expect(result.stderr).toContain(message);
    }
  });

  it("names a damaged recorded state instead of comparing with it", async () => {
    const dir = folder();
    const damaged = await edited(juneSummary, join(dir, "beschadigd.xlsx"), (workbook) => {
      workbook.getWorksheet("Beleidsmonitor_Stand")!.getCell("G3").value = "j:{}";
    });
    const result = await cli(["verschil", damaged, november]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("De vastgelegde stand van het overleg van 26 juni 2025 is beschadigd");
    const text = join(dir, "geen-werkboek.xlsx");
    writeFileSync(text, "geen zip");
    expect((await cli(["verschil", text, november])).stderr).toContain("geen leesbare Excel-werkmap");
  });

  it("parses its options", () => {
    expect(parseArgs(["verschil", "a.xlsx", "b.xlsx", "--json", "--toelichting", "--lang", "en"])).toEqual({
      command: "verschil",
      files: ["a.xlsx", "b.xlsx"],
      json: true,
      includeMinor: true,
      lang: "en",
    });
  });
});
