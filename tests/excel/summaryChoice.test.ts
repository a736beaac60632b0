import type { WorkbookSnapshot } from "../../src/core/snapshot";
import type { SummaryRequest } from "../../src/excel/gateway";
import { createOfficeGateway } from "../../src/excel/officeGateway";
import { detectCapabilities, type HostCapabilities } from "../../src/excel/requirements";
import { createOfficeGlobals, type FakeExcelHost } from "../fake-excel";
import { sampleSnapshot } from "../core/summary/sample";
import { hostFromSnapshot } from "./seedSample";

const JUNE: SummaryRequest = { meetingDate: "2025-06-26", lang: "nl", today: "2025-06-20", replace: false, requestSheet: false };

let sample: WorkbookSnapshot;
beforeAll(async () => {
  sample = await sampleSnapshot();
});

function setUp(): { host: FakeExcelHost; gateway: ReturnType<typeof createOfficeGateway> } {
  const host = hostFromSnapshot(sample);
  const { Excel } = createOfficeGlobals(host);
  const capabilities: HostCapabilities = { ...detectCapabilities((name, version) => host.isSetSupported(name, version)), platform: host.platform };
  return { host, gateway: createOfficeGateway(Excel.run, capabilities) };
}

const columnA = (host: FakeExcelHost, sheet: string) => host.sheetValues(sheet).map((line) => String(line[0] ?? ""));

describe("the summary's choice through Office.js (in-memory host)", () => {
  it("reads the language, the choice in Instellingen and the programmes and themes to choose from, in one read", async () => {
    const { host, gateway } = setUp();
    host.put("Instellingen", "A4", "Samenvatting onderdelen"); // was Verslagjaar, which defaults to the Peildatum's year
    host.put("Instellingen", "B4", "Activiteiten; Taakstelling statushouders");
    host.resetCounters();
    const options = await gateway.readSummaryChoice();
    expect(host.syncCount).toBeLessThanOrEqual(3);
    expect(options).toMatchObject({ lang: "nl", choice: { sections: ["activities", "quota"], programmes: null, themes: null } });
    expect(options.programmes).toEqual(["Bestaanszekerheid bieden", "Gezond Samenleven versterken", "Kansengelijkheid vergroten"]);
    expect(options.themes).toContain("Samenwerking");
  });

  it("previews and writes only what the pane chose, and page 1 says what was left out", async () => {
    const { host, gateway } = setUp();
    const request = { ...JUNE, choice: { sections: ["activities" as const, "quota" as const], programmes: null, themes: null } };
    const preview = await gateway.previewSummary(request);
    expect(preview.sections.map((s) => s.nl)).toEqual(["Samenvatting", "1. Activiteiten", "2. Taakstelling vergunninghouders"]);
    expect(preview.sections.map((s) => s.en)).toEqual(["Summary", "1. Activities", "2. Quota for permit holders"]);
    // The pane's Wat is er veranderd follows the same choice: Sinds het vorige overleg is not among the sections.
    expect(preview.sinceIncluded).toBe(false);
    expect(preview.sinceGroups).toEqual(["alerts", "activities", "quota", "findings"]);
    await gateway.writeSummary(request);
    const written = columnA(host, "BO 2025-06-26");
    expect(written).toContain("2. Taakstelling vergunninghouders");
    expect(written.some((text) => /Indicatoren$/.test(text))).toBe(false);
    expect(written).toContain("Niet opgenomen: de onderdelen 'Sinds het vorige overleg', 'Indicatoren' en 'Uitvraag: nog aan te leveren'.");
  });

  it("saves the pane's choice in Instellingen with one read and one write, and reads it back the same", async () => {
    const { host, gateway } = setUp();
    const choice = { sections: ["activities" as const, "quota" as const], programmes: ["Gezond Samenleven versterken"], themes: null };
    host.resetCounters();
    await gateway.writeSummaryChoice(choice, "nl");
    expect(host.syncCount).toBe(4); // the settings store's read (3) and its one write, as for the other settings
    const settings = host.sheetValues("Instellingen");
    expect(settings).toContainEqual(["Samenvatting onderdelen", "Activiteiten; Taakstelling vergunninghouders"]);
    expect(settings).toContainEqual(["Samenvatting programma's", "Gezond Samenleven versterken"]);
    // Every theme is the default: no row is added for it.
    expect(settings.some((line) => line[0] === "Samenvatting thema's")).toBe(false);
    expect((await gateway.readSummaryChoice()).choice).toEqual(choice);

    // Back to everything: the rows stay, emptied (empty is all).
    await gateway.writeSummaryChoice({ sections: ["since", "activities", "indicators", "quota", "missing"], programmes: null, themes: null }, "nl");
    expect(host.sheetValues("Instellingen")).toContainEqual(["Samenvatting onderdelen", ""]);
    expect((await gateway.readSummaryChoice()).choice).toEqual({ sections: ["since", "activities", "indicators", "quota", "missing"], programmes: null, themes: null });
  });
});
