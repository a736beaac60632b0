import { buildSummary } from "../../../src/core/summary/buildSummary";
import { headlineFigures } from "../../../src/core/summary/headline";
import { headlineLines } from "../../../src/taskpane/components/check/reportLines";
import { checked, OPTIONS, sampleSnapshot } from "./sample";

describe("the headline: the summary's key figures and the top of the task pane are one", () => {
  it("gives the stated backlog first with the computed one and its cause, then the shortfall at each peilmoment", async () => {
    const { report } = checked(await sampleSnapshot());
    expect(headlineFigures(report, "nl")).toEqual([
      { label: "Achterstand taakstelling na 2e helft 2024", value: "32 volgens de tabel (berekend 48)", note: "het verschil komt uit Taakstelling C6" },
      { label: "Verwacht tekort op 1 juli 2025", value: "15 volgens de tabel (berekend 31)" },
      { label: "Verwacht tekort op 1 januari 2026", value: "0 volgens de tabel (berekend 12)" },
    ]);
  });

  it("puts the same words on the summary's page 1 and in the pane", async () => {
    const { report, model } = checked(await sampleSnapshot());
    const sheet = buildSummary(report, model, OPTIONS);
    const texts = sheet.cells.map((cell) => String(cell.value ?? ""));
    for (const figure of headlineFigures(report, "nl")) {
      expect(texts).toContain(figure.label);
      expect(texts).toContain(figure.value);
    }
    expect(headlineLines(report, "nl")[0]).toBe("Achterstand taakstelling na 2e helft 2024: 32 volgens de tabel (berekend 48); het verschil komt uit Taakstelling C6");
  });
});
