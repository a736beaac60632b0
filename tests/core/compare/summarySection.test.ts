import type { Comparison } from "../../../src/core/compare/types";
import { buildSummary } from "../../../src/core/summary/buildSummary";
import { MAX_LINES_PER_GROUP } from "../../../src/core/summary/sinceLastMeetingSection";
import { sinceAsPrinted } from "../../../src/core/summary/sinceAsPrinted";
import type { SummarySheet } from "../../../src/core/summary/summarySheet";
import { cellAt, checked, OPTIONS, rowOf, rowValues, sampleSnapshot, sectionOf } from "../summary/sample";
import { novemberComparison } from "./scenario";

async function summaryWith(since: Parameters<typeof buildSummary>[2]["since"], lang: "nl" | "en" = "nl"): Promise<SummarySheet> {
  const { model, report } = checked(await sampleSnapshot(), lang);
  return buildSummary(report, model, { ...OPTIONS, lang, since });
}

describe("the summary's section Sinds het vorige overleg", () => {
  let comparison: Comparison;
  beforeAll(async () => {
    comparison = await novemberComparison();
  });

  it("is absent unless the writer passes it: the summary stays as it was", async () => {
    const sheet = await summaryWith(undefined);
    expect(sheet.sections.map((s) => s.id)).toEqual(["header", "activities", "indicators", "quota", "missing"]);
  });

  it("comes right after the header and key figures, on its own printed page", async () => {
    const sheet = await summaryWith({ kind: "compared", comparison });
    expect(sheet.sections.map((s) => s.id)).toEqual(["header", "since", "activities", "indicators", "quota", "missing"]);
    const since = sectionOf(sheet, "since");
    expect(since.title).toBe("Sinds het vorige overleg (26 juni 2025)");
    expect(sheet.print.breaksAfter).toContain(since.firstRow - 1);
    expect(rowValues(sheet, since.firstRow)[0]).toBe("Sinds het vorige overleg (26 juni 2025)");
    expect(cellAt(sheet, since.firstRow, 0)?.style).toBe("sectionHeading");
  });

  it("lists the changes per group with a coloured tag: red for edited history, orange for what the meeting must discuss", async () => {
    const sheet = await summaryWith({ kind: "compared", comparison });
    const since = sectionOf(sheet, "since");
    const alert = rowOf(sheet, "1e helft 2024", since.firstRow);
    expect(rowValues(sheet, alert)).toEqual([
      "1e helft 2024", undefined, "Afgesloten halfjaar gewijzigd", undefined, "Gehuisvest: 18 → 34", undefined, undefined, undefined, undefined,
      "Een cijfer van een afgesloten halfjaar is veranderd; de raad en de provincie hebben het oude.", undefined, undefined,
    ]);
    expect(cellAt(sheet, alert, 2)?.style).toBe("trafficLight-red");
    const delayed = rowOf(sheet, "1.1b Overleg meerjaren doorkijk nieuwbouw", since.firstRow);
    expect(cellAt(sheet, delayed, 2)).toMatchObject({ value: "Vertraagd", style: "trafficLight-orange" });
    expect(cellAt(sheet, rowOf(sheet, "1.1a Groei sociale huurwoningen", since.firstRow), 2)).toMatchObject({ value: "Afgerond", style: "cell" });
    const activities = rowOf(sheet, "Activiteiten", since.firstRow);
    expect(rowValues(sheet, activities)[2]).toBe("1 afgerond · 1 vertraagd · 1 afspraak gewijzigd · 1 realisatie bijgewerkt · 1 nieuw · 1 niet meer in de tabel");
    expect(rowValues(sheet, rowOf(sheet, "Taakstelling", since.firstRow))[2]).toBe("Achterstand: toen 48, nu 36 (volgens de tabel: toen 32, nu 32)");
    for (const cell of sheet.cells.filter((c) => c.row >= since.firstRow && c.row <= since.lastRow && typeof c.value === "string")) expect(cell.kind).not.toBe("number");
  });

  it("follows the summary's choice: no group for a left-out section, no line about a left-out theme; a removal stays", async () => {
    const { model, report } = checked(await sampleSnapshot(), "nl");
    const since = { kind: "compared" as const, comparison };
    const noQuota = buildSummary(report, model, { ...OPTIONS, since, choice: { sections: ["since", "activities", "indicators", "missing"] } });
    const first = sectionOf(noQuota, "since");
    expect(() => rowOf(noQuota, "Taakstelling", first.firstRow)).toThrow();
    expect(() => rowOf(noQuota, "1e helft 2024", first.firstRow)).toThrow();
    expect(rowOf(noQuota, "Activiteiten", first.firstRow)).toBeLessThanOrEqual(first.lastRow);

    const rowOf11b = model.tables.activities!.filledRows.find((r) => r.text("id") === "1.1b")!;
    const otherThemes = [...new Set(model.tables.activities!.filledRows.map((r) => r.text("theme")))].filter((t) => t !== rowOf11b.text("theme"));
    const themed = buildSummary(report, model, { ...OPTIONS, since, choice: { themes: otherThemes } });
    const section = sectionOf(themed, "since");
    const texts = themed.cells.filter((c) => c.row >= section.firstRow && c.row <= section.lastRow).map((c) => String(c.value ?? ""));
    expect(texts.some((t) => t.startsWith("1.1b "))).toBe(false);
    expect(texts.some((t) => t.startsWith("1.1a "))).toBe(otherThemes.includes(model.tables.activities!.filledRows.find((r) => r.text("id") === "1.1a")!.text("theme")));
    expect(texts.some((t) => t.includes("niet meer in de tabel"))).toBe(true);
  });

  it("gives the pane's list what the printed section shows: the same rows left out, no group for a left-out section", async () => {
    const { model, report } = checked(await sampleSnapshot(), "nl");
    const since = { kind: "compared" as const, comparison };
    const everything = sinceAsPrinted(report, model, { ...OPTIONS, since });
    expect(everything).toEqual({ included: true, since, groups: ["alerts", "activities", "indicators", "quota", "findings"] });

    const theme11b = model.tables.activities!.filledRows.find((r) => r.text("id") === "1.1b")!.text("theme");
    const otherThemes = [...new Set(model.tables.activities!.filledRows.map((r) => r.text("theme")))].filter((t) => t !== theme11b);
    const themed = sinceAsPrinted(report, model, { ...OPTIONS, since, choice: { themes: otherThemes, sections: ["since", "activities", "indicators", "missing"] } });
    expect(themed.groups).toEqual(["alerts", "activities", "indicators", "findings"]);
    expect(themed.since.kind === "compared" && themed.since.comparison.activities.changed.map((c) => c.id)).not.toContain("1.1b");
    expect(comparison.activities.changed.map((c) => c.id)).toContain("1.1b");
    expect(themed.since.kind === "compared" && themed.since.comparison.activities.removed).toEqual(comparison.activities.removed);

    expect(sinceAsPrinted(report, model, { ...OPTIONS, since, choice: { sections: ["activities"] } }).included).toBe(false);
    expect(sinceAsPrinted(report, model, { ...OPTIONS, since: { kind: "none" } })).toEqual({ included: true, since: { kind: "none" }, groups: ["alerts", "activities", "indicators", "quota", "findings"] });
  });

  it("says in one plain sentence on page 1 (no page of its own) that there is no earlier state, or why it cannot be used", async () => {
    const none = await summaryWith({ kind: "none" });
    expect(none.sections.map((s) => s.id)).not.toContain("since");
    const at = none.cells.find((c) => c.value === "Sinds het vorige overleg")!;
    expect(none.sections[0].firstRow <= at.row && at.row <= none.sections[0].lastRow).toBe(true);
    expect(rowValues(none, at.row + 1)[0]).toMatch(/^Er is nog geen eerdere vastgelegde stand om mee te vergelijken\./);
    const damaged = await summaryWith({ kind: "unusable", problem: "damaged", meetingDate: "2025-03-20" }, "en");
    const title = damaged.cells.find((c) => c.value === "Since the previous meeting")!;
    expect(rowValues(damaged, title.row + 1)[0]).toBe("The state recorded for the meeting of 20 March 2025 is damaged (the hidden sheet was changed) and cannot be compared.");
  });

  it("keeps a long list to one page per group and says where the rest is", async () => {
    const many: Comparison = structuredClone(comparison);
    const template = many.activities.changed[0];
    many.activities.changed = Array.from({ length: MAX_LINES_PER_GROUP + 7 }, (_, i) => ({ ...template, id: `X-${i}` }));
    const sheet = await summaryWith({ kind: "compared", comparison: many });
    const since = sectionOf(sheet, "since");
    const rows = sheet.cells.filter((c) => c.row >= since.firstRow && c.row <= since.lastRow && c.column === 0 && String(c.value).startsWith("X-"));
    expect(rows).toHaveLength(MAX_LINES_PER_GROUP);
    const more = many.activities.changed.length + many.activities.added.length + many.activities.removed.length - MAX_LINES_PER_GROUP;
    expect(sheet.cells.some((c) => c.value === `En nog ${more} wijzigingen: de volledige lijst staat in het taakvenster onder Wat is er veranderd.`)).toBe(true);
  });
});
