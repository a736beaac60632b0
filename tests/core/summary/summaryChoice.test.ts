import { buildModel } from "../../../src/core/model/workbookModel";
import { fragmentToSnapshot } from "../../../src/core/rules/fragment";
import { buildSummary } from "../../../src/core/summary/buildSummary";
import { choiceFromSettings, leftOutLine, parseSections, SECTION_HEADINGS } from "../../../src/core/summary/summaryChoice";
import { SUMMARY_WORDS } from "../../../src/core/summary/summaryWords";
import type { SummarySheet } from "../../../src/core/summary/summarySheet";
import { activity, indicator } from "../rules/fixtures";
import { checked, OPTIONS, rowOf, rowValues, sampleSnapshot } from "./sample";

let sample: ReturnType<typeof checked>;

beforeAll(async () => {
  sample = checked(await sampleSnapshot());
});

/** Every text in column A of page 1 (before the first section after the header). */
function pageOne(sheet: SummarySheet): string[] {
  const end = sheet.sections[1]?.firstRow ?? Infinity;
  return sheet.cells.filter((c) => c.row < end && typeof c.value === "string" && c.value !== "").map((c) => c.value as string);
}

const points = (sheet: SummarySheet) => pageOne(sheet).filter((t) => t.startsWith("• "));

it("names each section as the summary prints it", () => {
  for (const lang of ["nl", "en"] as const) {
    const words = SUMMARY_WORDS[lang];
    expect([SECTION_HEADINGS.activities[lang], SECTION_HEADINGS.indicators[lang], SECTION_HEADINGS.quota[lang], SECTION_HEADINGS.missing[lang]]).toEqual([
      words.activities.section,
      words.indicators.section,
      words.quota.section,
      words.missing.section,
    ]);
  }
});

describe("parseSections: the sections a list names", () => {
  it("takes the printed headings, their numbers, aliases and English, in any case and order", () => {
    expect(parseSections("Taakstelling statushouders; 1. activiteiten").sections).toEqual(["activities", "quota"]);
    expect(parseSections("Indicators;Request;Sinds het vorige overleg\nUitvraag - nog aan te leveren").sections).toEqual(["since", "indicators", "missing"]);
    expect(parseSections("Ontbrekende gegevens; Taakstelling vergunninghouders").sections).toEqual(["quota", "missing"]);
  });

  it("is null (everything) for an empty list; naming page 1 changes nothing and is no mistake", () => {
    expect(parseSections(" ; ")).toEqual({ sections: null, unknown: [] });
    expect(parseSections("Kerncijfers; Activiteiten")).toEqual({ sections: ["activities"], unknown: [] });
  });

  it("returns a name that matches nothing, with the nearest heading", () => {
    expect(parseSections("Activiteiten; Indicatorn; Wonen").unknown).toEqual([
      { name: "Indicatorn", suggestion: "Indicatoren" },
      { name: "Wonen", suggestion: null },
    ]);
  });
});

describe("choiceFromSettings", () => {
  const model = (settings: { Instelling: string; Waarde: string }[]) =>
    buildModel(fragmentToSnapshot({ activities: [activity(), activity({ ID: "2", Thema: "Samenwerking" })], indicators: [indicator(), indicator({ ID: "GS-1", Programma: "Gezond Samenleven versterken" })], settings }));

  it("reads the three settings, matching programmes and themes as the tables write them", () => {
    const { choice, problems } = choiceFromSettings(
      model([
        { Instelling: "Samenvatting onderdelen", Waarde: "Activiteiten; Indicatoren" },
        { Instelling: "Samenvatting programmas", Waarde: "gezond samenleven VERSTERKEN" },
        { Instelling: "Samenvatting thema’s", Waarde: "samenwerking" },
      ]),
    );
    expect(problems).toEqual([]);
    expect(choice).toEqual({ sections: ["activities", "indicators"], programmes: ["Gezond Samenleven versterken"], themes: ["Samenwerking"] });
  });

  it("keeps everything of a setting with an unknown name, and reports it", () => {
    const { choice, problems } = choiceFromSettings(model([{ Instelling: "Samenvatting onderdelen", Waarde: "Activiteiten; Taakstelling statushoudrs" }]));
    expect(choice.sections).toEqual(["since", "activities", "indicators", "quota", "missing"]);
    expect(problems.map((p) => [p.setting, p.unknown])).toEqual([["summarySections", [{ name: "Taakstelling statushoudrs", suggestion: "Taakstelling statushouders" }]]]);
  });
});

describe("buildSummary with a choice", () => {
  it("a housing meeting: activities and quota only, numbered without gaps, page 1 without indicators and one line saying so", () => {
    const sheet = buildSummary(sample.report, sample.model, { ...OPTIONS, choice: { sections: ["activities", "quota"] } });
    expect(sheet.sections.map((s) => [s.id, s.title])).toEqual([
      ["header", "Samenvatting"],
      ["activities", "1. Activiteiten"],
      ["quota", "2. Taakstelling vergunninghouders"],
    ]);
    const page = pageOne(sheet);
    expect(page).toContain("Niet opgenomen: de onderdelen 'Sinds het vorige overleg', 'Indicatoren' en 'Uitvraag: nog aan te leveren'.");
    expect(page).not.toContain("Indicatoren");
    expect(page).not.toContain("Uitvraag: nog aan te leveren");
    expect(page).toContain("Achterstand taakstelling na 2e helft 2024");
    expect(points(sheet).some((p) => p.includes("Indicatoren"))).toBe(false);
    expect(points(sheet)[0]).toMatch(/^• Verwacht tekort op 1 juli 2025/);
    expect(sheet.dataBars).toHaveLength(2); // the ledger's, no progress bars
  });

  it("leaves a programme out of the indicators, their count and the points: no point about a left-out indicator", () => {
    const all = buildSummary(sample.report, sample.model, OPTIONS);
    expect(points(all).find((p) => p.startsWith("• Indicatoren achter"))).toContain("BZ-4");
    const sheet = buildSummary(sample.report, sample.model, { ...OPTIONS, choice: { programmes: ["Gezond Samenleven versterken"] } });
    expect(pageOne(sheet)).toContain("Niet opgenomen: indicatoren van de programma's 'Bestaanszekerheid bieden' en 'Kansengelijkheid vergroten'.");
    expect(rowValues(sheet, rowOf(sheet, "Indicatoren"))[2]).toBe(5);
    const behind = points(sheet).find((p) => p.startsWith("• Indicatoren achter"))!;
    expect(behind).toContain("GS-4");
    expect(behind).not.toContain("BZ-4");
    const ids = sheet.cells.filter((c) => c.column === 0 && typeof c.value === "string" && /^[A-Z]{2}-\d$/.test(c.value)).map((c) => c.value);
    expect(ids).toEqual(["GS-1", "GS-4", "GS-5", "GS-2", "GS-3"]);
  });

  it("leaves a theme out of the activities, their count and the points", () => {
    const sheet = buildSummary(sample.report, sample.model, { ...OPTIONS, choice: { themes: ["Samenwerking"] } });
    expect(rowValues(sheet, rowOf(sheet, "Activiteiten"))[2]).toBe(4);
    expect(points(sheet).some((p) => /vertraagd|einddatum/.test(p))).toBe(false);
    expect(pageOne(sheet).find((t) => t.startsWith("Niet opgenomen: activiteiten van de thema's"))).toBeDefined();
  });

  it("says nothing is left out when everything is chosen", () => {
    const sheet = buildSummary(sample.report, sample.model, OPTIONS);
    expect(pageOne(sheet).some((t) => t.startsWith("Niet opgenomen"))).toBe(false);
    expect(leftOutLine({ sections: ["since", "activities", "indicators", "quota", "missing"], programmes: null, themes: null }, { programmes: ["A"], themes: [] }, "en")).toBeNull();
    expect(leftOutLine({ sections: ["activities"], programmes: [], themes: null }, { programmes: ["A"], themes: [] }, "en")).toBe(
      "Not included: the sections 'Since the previous meeting', 'Indicators', 'Quota for permit holders' and 'Request: still to deliver'.",
    );
  });
});
