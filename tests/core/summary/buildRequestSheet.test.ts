import { buildRequestSheet } from "../../../src/core/summary/buildRequestSheet";
import { checked, OPTIONS, rowValues, sampleSnapshot, setCell } from "./sample";

describe("buildRequestSheet on the sample workbook", () => {
  it("lists per party, on its own page, exactly what it still has to deliver", async () => {
    const { model, report } = checked(await sampleSnapshot());
    const sheet = buildRequestSheet(report, model, OPTIONS);
    expect(sheet.name).toBe("Uitvraag 2025-06-26");
    expect(rowValues(sheet, 1)[0]).toBe("Uitvraag gegevens prestatieafspraken");
    expect(sheet.sections.map((s) => s.title)).toEqual(report.todo.map((t) => t.party));
    expect(sheet.sections[0].firstRow).toBe(1);
    expect(sheet.print.breaksAfter).toEqual(sheet.sections.slice(1).map((s) => s.firstRow - 1));

    report.todo.forEach((todo, i) => {
      const section = sheet.sections[i];
      const heading = sheet.cells.find((c) => c.row >= section.firstRow && c.style === "sectionHeading" && c.value !== null)!;
      expect(heading.value).toBe(`Uitvraag voor ${todo.party} — ${todo.items.length} ${todo.items.length === 1 ? "punt" : "punten"}`);
      const lines = [];
      for (let row = section.firstRow; row <= section.lastRow; row++) {
        const values = rowValues(sheet, row);
        if (typeof values[0] === "number") lines.push(values);
      }
      expect(lines).toEqual(todo.items.map((item, n) => [n + 1, item.what, expect.any(String), item.cell ? `${item.sheet} ${item.cell}` : item.sheet, ""]));
    });
    // Activities carry their agreement's own title; the sample's meeting is 26 June, its Peildatum 15 June: the
    // usual deadline (12 June) has passed, so the page asks for the answers as soon as possible.
    const gemeente = sheet.sections.findIndex((s) => s.title === "Gemeente Dronten");
    const rows = (i: number) => Array.from({ length: sheet.sections[i].lastRow - sheet.sections[i].firstRow + 1 }, (_, k) => rowValues(sheet, sheet.sections[i].firstRow + k));
    expect(rows(gemeente).some((r) => r[0] !== "" && typeof r[0] === "number" && String(r[3]).startsWith("Activiteiten") && String(r[2]).length > 0)).toBe(true);
    expect(rows(gemeente).flat()).toContain("Van de werkgroep prestatieafspraken van Gemeente Dronten.");
    expect(rows(gemeente).flat()).toContain("Graag zo snel mogelijk ingevuld terug, in elk geval vóór het overleg van 26 juni 2025: in de kolom Antwoord of in de gedeelde werkmap.");
  });

  it("names the contact of a known party and keeps formula-looking text as text", async () => {
    const snapshot = await sampleSnapshot();
    setCell(snapshot, "Activiteiten", "1.2a", "Planning", "=1+1");
    const { model, report } = checked(snapshot);
    const sheet = buildRequestSheet(report, model, OPTIONS);
    expect(sheet.cells.some((c) => c.value === "Contact: Oost Flevoland Woondiensten · Adviseur vastgoed · prestatieafspraken@ofw.example")).toBe(true);
    const what = sheet.cells.filter((c) => typeof c.value === "string" && c.value.includes("1.2a"));
    expect(what.length).toBeGreaterThan(0);
    for (const cell of sheet.cells) if (typeof cell.value === "string") expect(["text", "heading"]).toContain(cell.kind);
  });

  it("says so when nothing is missing", () => {
    const { model, report } = checked({ sheets: [], tables: [] });
    const sheet = buildRequestSheet({ ...report, todo: [] }, model, OPTIONS);
    expect(sheet.cells.some((c) => c.value === "Er ontbreekt niets: een uitvraag is niet nodig." && c.style === "okBanner")).toBe(true);
  });
});
