import { bundelingSheet, bundleJson } from "../../../src/core/merge/bundelingSheet";
import { isoToExcelSerial } from "../../../src/core/parse/isoDate";
import type { PlanCell, SheetPlan } from "../../../src/core/returns/sheetPlan";
import { activity, bundle, fileFor, overviewSnapshot, returnSnapshot } from "./helpers";

const CLEAN = { error: 0, warning: 0, info: 0 };

function result(lang: "nl" | "en" = "nl") {
  return bundle(
    overviewSnapshot(),
    [
      {
        file: fileFor("OFW"),
        snapshot: returnSnapshot("OFW", {
          activities: [
            activity({ ID: "1.1a", Trekker: "OFW", Doelwaarde: 97, Status: "Gereed", Planning: "2027", Realisatie: 40, "Laatst bijgewerkt": isoToExcelSerial("2025-06-02") }),
            activity({ ID: "1.9", Afspraak: "Nieuw" }),
          ],
        }),
      },
      { file: fileFor("HBV"), snapshot: returnSnapshot("HBV", { activities: [activity({ ID: "1.1a", Realisatie: 45, "Eigen kolom": "x" })] }) },
    ],
    { lang },
  );
}

function rowTexts(sheet: SheetPlan, row: number): unknown[] {
  return sheet.cells.filter((c) => c.row === row).map((c) => c.value.value);
}

function columnCell(sheet: SheetPlan, row: number, column: number): PlanCell | undefined {
  return sheet.cells.find((c) => c.row === row && c.column === column);
}

describe("the Bundeling sheet", () => {
  it("is named after the date, never over an existing sheet", () => {
    expect(bundelingSheet(result(), CLEAN, ["Activiteiten"]).name).toBe("Bundeling 2025-06-20");
    expect(bundelingSheet(result(), CLEAN, ["bundeling 2025-06-20"]).name).toBe("Bundeling 2025-06-20 (2)");
  });

  it("lists every decision, conflicts first, each value typed in its own cell", () => {
    const r = result();
    const sheet = bundelingSheet(r, CLEAN, []);
    const header = sheet.frozenRows;
    expect(rowTexts(sheet, header)).toEqual(["Uitkomst", "Tabel", "ID", "Kolom", "In het overzicht", "Uit de retour", "Retour", "Partij", "Cel in overzicht", "Cel in retour", "Toelichting"]);
    const outcomes: unknown[] = [];
    for (let row = header + 1; columnCell(sheet, row, 0); row++) outcomes.push(columnCell(sheet, row, 0)!.value.value);
    expect(outcomes).toEqual(["Conflict", "Conflict", "Conflict", "Niet overgenomen", "Toegevoegd", "Niet teruggekomen", "Overgenomen", "Overgenomen"]);
    expect(rowTexts(sheet, header + 1)).toEqual([
      "Conflict", "Activiteiten", "1.1a", "Planning", "2026", "2027", fileFor("OFW"), "Oost Flevoland Woondiensten", "Activiteiten!G2", "Activiteiten!G2",
      "Dit is de afspraak: een retour verandert die niet. Bespreek het in de werkgroep en pas het overzicht zelf aan als het moet.",
    ]);
    // Two returns disagree on Realisatie: one line per value, typed as numbers.
    expect(columnCell(sheet, header + 2, 5)!.value).toEqual({ type: "number", value: 40 });
    expect(columnCell(sheet, header + 3, 5)!.value).toEqual({ type: "number", value: 45 });
    expect(columnCell(sheet, header + 3, 6)!.value.value).toBe(fileFor("HBV"));
    // The date taken is written as a date, the old text as text.
    const taken = sheet.cells.filter((c) => c.column === 5 && c.value.type === "date");
    expect(taken.map((c) => c.value.value)).toEqual(["2025-06-02"]);
  });

  it("ends with the returns and the check's counts of the bundled overview", () => {
    const sheet = bundelingSheet(result(), { error: 3, warning: 9, info: 0 }, []);
    const last = Math.max(...sheet.cells.map((c) => c.row));
    expect(rowTexts(sheet, last)).toEqual(["Na het bundelen staan er nog 3 fouten, 9 waarschuwingen open. Voer Controleren uit voor de details."]);
    expect(sheet.cells.some((c) => c.value.value === "retour-ofw.xlsx — Oost Flevoland Woondiensten")).toBe(true);
    expect(sheet.cells.some((c) => c.value.value === "2 rijen: 0 overgenomen, 1 met een conflict, 1 toegevoegd, 0 ongewijzigd, 0 alleen hier bewaard.")).toBe(true);
    const clean = bundelingSheet(result(), CLEAN, []);
    expect(rowTexts(clean, Math.max(...clean.cells.map((c) => c.row)))).toEqual(["Na het bundelen vond de controle geen fouten en geen waarschuwingen."]);
  });

  it("speaks English", () => {
    const sheet = bundelingSheet(result("en"), { error: 1, warning: 0, info: 2 }, []);
    expect(sheet.cells[0].value.value).toBe("Bundling of the returns, 20 June 2025");
    expect(sheet.cells.some((c) => c.value.value === "After bundling, 1 error, 2 notices are still open. Run Check for the details.")).toBe(true);
  });

  it("gives the JSON with the output file and the check's counts", () => {
    const json = bundleJson(result().decisions, "gebundeld.xlsx", { error: 3, warning: 9, info: 0 });
    expect(Object.keys(json)).toEqual(["overview", "output", "returns", "taken", "conflicts", "added", "notReturned", "notFilled", "listed", "counts", "check"]);
    expect(json).toMatchObject({ overview: "overzicht.xlsx", output: "gebundeld.xlsx", check: { error: 3, warning: 9, info: 0 } });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
