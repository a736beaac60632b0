import { isoToExcelSerial } from "../../../src/core/parse/isoDate";
import { buildSummary } from "../../../src/core/summary/buildSummary";
import { PartyDirectory } from "../../../src/core/model/parties";
import { STATUS_LIGHTS } from "../../../src/core/summary/indicatorLights";
import type { SummarySheet } from "../../../src/core/summary/summarySheet";
import { linesNeeded } from "../../../src/core/summary/sheetBuilder";
import { SUMMARY_STYLES } from "../../../src/core/summary/summaryStyles";
import { cellAt, checked, OPTIONS, rowOf, rowValues, sampleSnapshot, sectionOf, setCell } from "./sample";

let sheet: SummarySheet;
let report: ReturnType<typeof checked>["report"];
let checkedModel: ReturnType<typeof checked>["model"];

/** How many columns a cell spans (its merge), 1 when not merged. */
function spanOf(built: SummarySheet, row: number, column: number): number {
  const merge = built.merges.map((m) => /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(m)!).find((m) => Number(m[2]) === row && m[1].charCodeAt(0) - 65 === column);
  return merge ? merge[3].charCodeAt(0) - merge[1].charCodeAt(0) + 1 : 1;
}

beforeAll(async () => {
  const result = checked(await sampleSnapshot());
  report = result.report;
  checkedModel = result.model;
  sheet = buildSummary(result.report, result.model, OPTIONS);
});

describe("buildSummary on the sample workbook", () => {
  it("names the sheet after the meeting and prints each section on its own A4 landscape page", () => {
    expect(sheet.name).toBe("BO 2025-06-26");
    expect(sheet.sections.map((s) => s.id)).toEqual(["header", "activities", "indicators", "quota", "missing"]);
    expect(sheet.print).toMatchObject({ orientation: "landscape", paperSize: "A4", fitToWidth: 1, fitToHeight: 0, titleRows: { first: 1, last: 2 } });
    expect(sheet.print.breaksAfter).toEqual(sheet.sections.slice(1).map((s) => s.firstRow - 1));
    expect(sheet.print.header).toEqual({ left: "Gemeente Dronten", center: "Bestuurlijk overleg 26 juni 2025", right: "Peildatum 15 juni 2025" });
    expect(sheet.print.footer).toEqual({ left: "Beleidsmonitor 0.1.0 · 20 juni 2025 om 14:03", center: "&A", right: "Pagina &P van &N" });
    for (let i = 1; i < sheet.sections.length; i++) expect(sheet.sections[i].firstRow).toBe(sheet.sections[i - 1].lastRow + 1);
  });

  it("heads the sheet with the meeting and the reference date, the check's state as one modest line, no banner and no tool details", () => {
    expect(rowValues(sheet, 1)[0]).toBe("Bestuurlijk overleg 26 juni 2025 — samenvatting");
    expect(rowValues(sheet, 2)[0]).toBe("Gemeente Dronten · stand op peildatum 15 juni 2025");
    expect(sheet.cells.filter((c) => c.style === "warningBanner" || c.style === "okBanner")).toEqual([]);
    expect(sheet.cells.some((c) => typeof c.value === "string" && /beleidsmonitor (check|summary)|Opgesteld met/i.test(c.value))).toBe(false);
    expect(cellAt(sheet, rowOf(sheet, "Stand van de controle"), 2)?.style).toBe("cell");
    expect(cellAt(sheet, rowOf(sheet, "Datum bestuurlijk overleg"), 2)).toMatchObject({ value: isoToExcelSerial("2025-06-26"), kind: "date" });
    expect(cellAt(sheet, rowOf(sheet, "Peildatum"), 2)).toMatchObject({ value: isoToExcelSerial("2025-06-15"), kind: "date" });
    expect(rowValues(sheet, rowOf(sheet, "Opgesteld op"))[2]).toBe("20 juni 2025 om 14:03");
    expect(rowValues(sheet, rowOf(sheet, "Stand van de controle"))[2]).toMatch(new RegExp(`^${report.counts.error} fouten · ${report.counts.warning} waarschuwingen`));
    expect(rowValues(sheet, rowOf(sheet, "Achterstand taakstelling na 2e helft 2024"))[2]).toBe("32 volgens de tabel (berekend 48)");
    expect(rowValues(sheet, rowOf(sheet, "Verwacht tekort op 1 juli 2025"))[2]).toBe("15 volgens de tabel (berekend 31)");
    expect(rowValues(sheet, rowOf(sheet, "Verwacht tekort op 1 januari 2026"))[2]).toBe("0 volgens de tabel (berekend 12)");
  });

  it("lists the points for discussion on page 1: the shortfall at the next peilmoment, the contradiction, indicators behind, delays", () => {
    const start = rowOf(sheet, "Bespreekpunten");
    expect(start).toBeLessThan(sectionOf(sheet, "activities").firstRow);
    const points = sheet.cells.filter((c) => c.row > start && c.column === 0 && typeof c.value === "string" && c.value.startsWith("• ")).map((c) => c.value as string);
    expect(points[0]).toBe("• Verwacht tekort op 1 juli 2025: 15 volgens de tabel (berekend 31). Wat is nodig om dat in te lopen?");
    expect(points[1]).toBe("• De cijfers van de taakstelling spreken elkaar tegen: achterstand 32 volgens de tabel (berekend 48); het verschil komt uit Taakstelling C6. Welk cijfer geldt?");
    expect(points.some((p) => p.startsWith("• Indicatoren achter: ") || p.startsWith("• Indicatoren niet behaald: "))).toBe(true);
    expect(points.some((p) => /activiteiten? vertraagd|over de geplande einddatum/.test(p))).toBe(true);
  });

  it("counts the activities by status per theme and per lead party, Niet gestart split into should-have-started and not yet due", async () => {
    const start = sectionOf(sheet, "activities").firstRow;
    const header = rowOf(sheet, "Thema", start);
    expect(rowValues(sheet, header).slice(2, 10)).toEqual(["Niet gestart, had moeten starten", "Niet gestart, nog niet aan de beurt", "In uitvoering", "Vertraagd", "Gereed", "Vervallen", "Totaal", "Over tijd"]);
    // The two Niet gestart columns add up to the status count; the other columns shift one to the right.
    const merged = (values: unknown[]) => [(values[2] as number) + (values[3] as number), ...values.slice(4, 10)];
    expect(merged(rowValues(sheet, rowOf(sheet, "Samenwerking", header)))).toEqual([4, 0, 0, 0, 0, 4, 0]);
    expect(merged(rowValues(sheet, rowOf(sheet, "Huisvesting vergunninghouders", header)))).toEqual([1, 1, 0, 0, 0, 2, 2]);
    const total = rowValues(sheet, rowOf(sheet, "Totaal", header));
    const { byStatus } = report.activities;
    expect(merged(total)).toEqual([byStatus["Niet gestart"], byStatus["In uitvoering"], byStatus.Vertraagd, byStatus.Gereed, byStatus.Vervallen, 38, report.activities.overdue]);
    // PvA-2 (planned for the first quarter of 2025, Niet gestart) should have started by 15 June 2025.
    expect(rowValues(sheet, rowOf(sheet, "Huisvesting vergunninghouders", header))[2]).toBe(1);
    expect(total[2] as number).toBeGreaterThan(0);
    expect(total[3] as number).toBeGreaterThan(0);

    const byLead = rowOf(sheet, "Trekker", start);
    expect(merged(rowValues(sheet, byLead + 1))).toEqual([19, 2, 1, 0, 0, 22, 2]);
    expect(rowValues(sheet, byLead + 1)[0]).toBe("Gemeente");
    expect(merged(rowValues(sheet, byLead + 2))).toEqual([10, 6, 0, 0, 0, 16, 0]);
    // Every party is listed, also one that leads nothing.
    const { model } = checked(await sampleSnapshot());
    const leads = sheet.cells.filter((c) => c.row > byLead && c.column === 0).map((c) => c.value);
    for (const party of model.parties.parties) expect(leads).toContain(PartyDirectory.label(party));
    expect(model.parties.parties.length).toBeGreaterThan(2);
  });

  it("lists the activities that need attention with lead, planning, deadline, reason and explanation", () => {
    const header = rowOf(sheet, "ID", sectionOf(sheet, "activities").firstRow);
    expect(rowValues(sheet, header)).toEqual(["ID", "Afspraak", "Trekker", "Planning", undefined, "Uiterlijk", "Status", "Waarom op de lijst", undefined, "Toelichting", undefined, undefined]);
    const lines = [1, 2, 3].map((i) => rowValues(sheet, header + i));
    expect(lines.map((l) => [l[0], l[2], l[3], l[6], l[7]])).toEqual([
      ["PvA-1", "Gemeente", "uiterlijk 1 februari 2025", "In uitvoering", "over tijd (134 dagen)"],
      ["PvA-2", "Gemeente", "eerste kwartaal 2025", "Niet gestart", "over tijd (76 dagen)"],
      ["1.2c", "Gemeente", "Afhankelijk van de ingangsdatum van de wet (tijdig)", "Vertraagd", "vertraagd"],
    ]);
    expect(lines[0][1]).toBe("Plan van aanpak indienen bij de provincie");
    expect(cellAt(sheet, header + 1, 5)).toMatchObject({ value: isoToExcelSerial("2025-02-01"), kind: "date" });
    expect(lines[2][9]).toBe("geen toelichting");
  });

  it("shows each indicator with baseline, target, latest value and a traffic light, worst first per programme", () => {
    const start = sectionOf(sheet, "indicators").firstRow;
    const programme = rowOf(sheet, "Bestaanszekerheid bieden", start);
    const ids = [2, 3, 4, 5, 6, 7].map((i) => rowValues(sheet, programme + i)[0]);
    expect(ids).toEqual(["BZ-4", "BZ-2", "BZ-6", "BZ-1", "BZ-5", "BZ-3"]);
    const bz4 = programme + 2;
    expect(rowValues(sheet, bz4)).toEqual([
      "BZ-4", "% huishoudens met problematische schulden", "Maximaal", 0.079, 0.079, undefined, 0.081, "↑ slechter", undefined, "achter", "CBS (Dashboard Schuldenproblematiek in beeld)", "niveau vasthouden: 7,9%",
    ]);
    // A number stays a number; its year is shown by the number format, so no column is spent on it.
    expect(cellAt(sheet, bz4, 3)).toMatchObject({ kind: "percent", numberFormat: '0.0%" (2024)"' });
    expect(cellAt(sheet, bz4, 9)).toMatchObject({ style: "trafficLight-orange" });

    const gs1 = rowOf(sheet, "GS-1", start);
    expect(rowValues(sheet, gs1).slice(5, 12)).toEqual([0.44, 0.441, "↑ beter", 0.1818, "achter", "Gezondheidsmonitor GGD", "verwacht nu: 44,3%"]);
    expect(cellAt(sheet, gs1, 5)).toMatchObject({ kind: "percent", numberFormat: '0.0%" (2023)"' });
    expect(cellAt(sheet, gs1, 8)).toMatchObject({ kind: "percent", numberFormat: "0%" });
    expect(cellAt(sheet, gs1, 9)?.style).toBe("trafficLight-orange");
    expect(rowValues(sheet, rowOf(sheet, "KG-2", start)).slice(3, 12)).toEqual(["Nulmeting in 2025", undefined, undefined, undefined, undefined, undefined, "onbekend", "Data gemeente en scholen", "Nulmeting ontbreekt"]);

    // Colour and word always go together.
    const lights = sheet.cells.filter((c) => c.style.startsWith("trafficLight-") && c.row >= start && c.row <= sectionOf(sheet, "indicators").lastRow);
    expect(lights).toHaveLength(report.indicators.length);
    for (const cell of lights) {
      const status = Object.values(STATUS_LIGHTS).find((s) => s.nl === cell.value)!;
      expect(cell.style).toBe(`trafficLight-${status.light}`);
    }
    expect(sheet.dataBars[0]).toMatchObject({ range: expect.stringMatching(/^I\d+:I\d+$/), min: 0, max: 1 });
  });

  it("says 'achteruit' for GS-4 instead of −100%, with the change in procentpunten and the source of the figure", () => {
    // Eenzaamheid: 46% (2022) should fall to 45% (2028); 47% measured in 2024. (M − B) / (T − B) = 1 / −1.
    const gs4 = report.indicators.find((i) => i.id === "GS-4")!;
    expect(gs4.progress).toBeCloseTo(-1);
    const row = rowOf(sheet, "GS-4", sectionOf(sheet, "indicators").firstRow);
    expect(rowValues(sheet, row).slice(6, 12)).toEqual([0.47, "↑ slechter", "achteruit", "achter", "Gezondheidsmonitor GGD", "de verkeerde kant op: 1 procentpunt hoger dan de nulmeting; verwacht nu: 45,7%"]);
  });

  it("breaks no table header inside a word, in Dutch and in English", () => {
    for (const lang of ["nl", "en"] as const) {
      const built = buildSummary(report, checkedModel, { ...OPTIONS, lang });
      const headers = built.cells.filter((c) => c.style === "tableHeader" && typeof c.value === "string" && c.value !== "");
      expect(headers.length).toBeGreaterThan(30);
      const broken = headers.flatMap((cell) => {
        const span = spanOf(built, cell.row, cell.column);
        const width = built.columnWidths.slice(cell.column, cell.column + span).reduce((a, b) => a + b, 0);
        return String(cell.value).split(/\s+/).filter((word) => linesNeeded(word, width, SUMMARY_STYLES.tableHeader.size, true) > 1).map((word) => `${lang} ${cell.value}: ${word}`);
      });
      expect(broken).toEqual([]);
    }
  });

  it("keeps every label on one line, in Dutch and in English: a taller row would open a gap in the key figures", () => {
    for (const lang of ["nl", "en"] as const) {
      const built = buildSummary(report, checkedModel, { ...OPTIONS, lang });
      const labels = built.cells.filter((c) => c.style === "label" && typeof c.value === "string" && c.value !== "");
      expect(labels.length).toBeGreaterThan(8);
      const width = built.columnWidths[0] + built.columnWidths[1];
      expect(labels.filter((c) => linesNeeded(String(c.value), width, SUMMARY_STYLES.label.size, true) > 1).map((c) => c.value)).toEqual([]);
    }
  });

  it("shows the quota ledger per half-year, the backlog as stated with the computed one and its cause, and the projections for 1 July and 1 January", () => {
    const start = sectionOf(sheet, "quota").firstRow;
    // No internal columns (Rij, Verschil saldo); the table's notes below the ledger, so every ledger row keeps one line's height.
    const header = rowOf(sheet, "Halfjaar", start, 1);
    expect(rowValues(sheet, header).slice(0, 12)).toEqual(["", "Halfjaar", "Taakstelling", "Opgave incl. achterstand", "Gehuisvest", "Saldo", "Achterstand", "Opgave volgens tabel", "Saldo volgens tabel", undefined, undefined, undefined]);
    const h2024 = rowOf(sheet, "2e helft 2024", header, 1);
    expect(rowValues(sheet, h2024).slice(0, 12)).toEqual(["", "2e helft 2024", 42, 114, 66, -48, 48, 98, -32, undefined, undefined, undefined]);
    expect(rowValues(sheet, rowOf(sheet, "1e helft 2025", header, 1)).slice(0, 9)).toEqual(["", "1e helft 2025", 44, 92, undefined, undefined, undefined, 76, undefined]);
    const last = rowOf(sheet, "2e helft 2025", header, 1);
    expect(rowValues(sheet, last).slice(0, 9)).toEqual(["", "2e helft 2025", 44, undefined, undefined, undefined, undefined, undefined, undefined]);
    for (let row = header + 1; row <= last; row++) expect(sheet.rowHeights[row]).toBeUndefined();
    const noteRow = rowOf(sheet, "2e helft 2024", last + 1, 1);
    expect(rowValues(sheet, noteRow)[2]).toContain("Afwijking van de COA-gegevens");

    const backlog = rowOf(sheet, "Achterstand na 2e helft 2024", start);
    expect(rowValues(sheet, backlog)[2]).toBe("32 volgens de tabel (berekend 48)");
    expect(rowValues(sheet, backlog)[6]).toContain("het verschil met de berekening komt uit Taakstelling C6: Gehuisvest 18, waar de tabel uitgaat van 34.");
    expect(rowValues(sheet, rowOf(sheet, "Beginsaldo", start))[2]).toBe(-5);

    const july = rowOf(sheet, "Verwachting voor het peilmoment 1 juli 2025 (1e helft 2025)", start);
    expect(rowValues(sheet, july + 1).slice(2, 4)).toEqual(["volgens tabel", "berekend"]);
    expect(rowValues(sheet, rowOf(sheet, "Opgave incl. achterstand", july)).slice(2, 4)).toEqual([76, 92]);
    expect(rowValues(sheet, rowOf(sheet, "Gerealiseerd (jan t/m apr 2025)", july))[2]).toBe(46);
    expect(rowValues(sheet, rowOf(sheet, "Gepland (mei, jun 2025, tabel Planning)", july))[2]).toBe(15);
    expect(rowValues(sheet, rowOf(sheet, "Verwacht tekort op 1 juli 2025", july)).slice(2, 4)).toEqual([15, 31]);
    expect(rowValues(sheet, rowOf(sheet, "Voor mei 2025 is de realisatie nog niet ingevuld; die maand telt met het plan.", july))[0]).toBeDefined();

    const january = rowOf(sheet, "Verwachting voor het peilmoment 1 januari 2026 (2e helft 2025)", july);
    expect(rowValues(sheet, rowOf(sheet, "Opgave incl. achterstand", january)).slice(2, 4)).toEqual([59, 75]);
    const planned = rowOf(sheet, "Gepland (jul t/m dec 2025, tabel Planning)", january);
    expect(rowValues(sheet, planned)[2]).toBe(63);
    expect(rowValues(sheet, planned)[4]).toBe("63 tot 73 (bij de hoge schatting)");
    expect(rowValues(sheet, rowOf(sheet, "Verwacht tekort op 1 januari 2026", january)).slice(2, 4)).toEqual([0, 12]);
  });

  it("describes the chart of due and housed per half-year, with bars on the same columns for hosts without charts", () => {
    const chart = sheet.chart!;
    const [top, bottom] = chart.source.split(":").map((a) => Number(a.slice(1)));
    expect(chart.source).toMatch(/^B\d+:E\d+$/);
    expect(rowValues(sheet, top).slice(1, 5)).toEqual(["Halfjaar", "Taakstelling", "Opgave incl. achterstand", "Gehuisvest"]);
    expect(bottom - top).toBe(report.quota.periods.length);
    expect(sheet.dataBars.slice(1).map((b) => b.range)).toEqual([`D${top + 1}:D${bottom}`, `E${top + 1}:E${bottom}`]);
    expect(sheet.dataBars[1].max).toBe(sheet.dataBars[2].max);
    const chartTop = Number(chart.from.slice(1));
    expect(chartTop).toBeGreaterThan(bottom);
    expect(Number(chart.to.replace(/^[A-Z]+/, ""))).toBeLessThanOrEqual(sectionOf(sheet, "quota").lastRow);
    expect(chart.cliNote).toMatchObject({ row: chartTop, column: 0, text: expect.stringContaining("kolomgrafiek") });
    expect(sheet.cells.some((c) => c.row >= chartTop && c.row <= sectionOf(sheet, "quota").lastRow)).toBe(false);
  });

  it("counts per party what is still to be delivered", () => {
    const start = sectionOf(sheet, "missing").firstRow;
    const header = rowOf(sheet, "Partij", start);
    expect(rowValues(sheet, header).slice(2, 8)).toEqual(["Totaal", "Gegevens invullen", "Rij bijwerken", "Status bijwerken", "Planning in jaren of data", "Meting aanleveren"]);
    report.todo.forEach((todo, i) => {
      const line = rowValues(sheet, header + 1 + i);
      expect(line[0]).toBe(todo.party);
      expect(line[2]).toBe(todo.items.length);
      expect((line.slice(3, 8) as number[]).reduce((a, b) => a + b, 0)).toBe(todo.items.length);
    });
    expect(rowValues(sheet, header + 1 + report.todo.length)[2]).toBe(report.todo.reduce((n, t) => n + t.items.length, 0));
  });

  it("keeps every cell, merge and width inside the twelve columns, once each", () => {
    const keys = sheet.cells.map((c) => `${c.row}:${c.column}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(sheet.cells.every((c) => c.column >= 0 && c.column < 12)).toBe(true);
    expect(sheet.merges.every((m) => /^[A-L]\d+:[A-L]\d+$/.test(m))).toBe(true);
    expect(sheet.columnWidths).toHaveLength(12);
    for (const cell of sheet.cells) {
      if (typeof cell.value === "string") expect(["text", "heading"]).toContain(cell.kind);
      if (typeof cell.value === "number") expect(["number", "percent", "date"]).toContain(cell.kind);
    }
  });
});

describe("buildSummary with formula-looking text in the workbook", () => {
  it("keeps it as text cells, word for word", async () => {
    const snapshot = await sampleSnapshot();
    setCell(snapshot, "Activiteiten", "1.2c", "Toelichting", '=HYPERLINK("x")');
    setCell(snapshot, "Activiteiten", "PvA-1", "Toelichting", "-5 woningen");
    setCell(snapshot, "Activiteiten", "PvA-2", "Toelichting", "+31 6 12345678");
    setCell(snapshot, "Activiteiten", "1.2c", "Planning", "=1+1");
    const { model, report } = checked(snapshot);
    const summary = buildSummary(report, model, OPTIONS);
    for (const text of ['=HYPERLINK("x")', "-5 woningen", "+31 6 12345678", "=1+1"]) {
      const cells = summary.cells.filter((c) => c.value === text);
      expect(cells.length).toBeGreaterThan(0);
      for (const cell of cells) expect(cell.kind).toBe("text");
    }
  });
});

describe("buildSummary in English and on an empty workbook", () => {
  it("speaks English with lang en, keeping the sheet name", async () => {
    const { model, report } = checked(await sampleSnapshot(), "en");
    const summary = buildSummary(report, model, { ...OPTIONS, lang: "en" });
    expect(summary.name).toBe("BO 2025-06-26");
    expect(rowValues(summary, 1)[0]).toBe("Administrative meeting 26 June 2025 — summary");
    expect(summary.cells.some((c) => c.value === "behind" && c.style === "trafficLight-orange")).toBe(true);
    expect(summary.cells.some((c) => c.value === "32 per table (computed 48)")).toBe(true);
    expect(summary.print.footer.right).toBe("Page &P of &N");
  });

  it("says what is missing instead of failing", () => {
    const { model, report } = checked({ sheets: [], tables: [] });
    const summary = buildSummary(report, model, OPTIONS);
    expect(summary.chart).toBeNull();
    expect(summary.dataBars).toEqual([]);
    const texts = summary.cells.map((c) => c.value);
    expect(texts).toContain("Geen activiteiten gevonden (tabel tblActiviteiten).");
    expect(texts).toContain("Geen indicatoren gevonden (tabel tblIndicatoren).");
    expect(texts).toContain("Geen taakstelling gevonden (tabel tblTaakstelling).");
    expect(texts).toContain("niet ingevuld (Instellingen: Gemeente)");
    expect(summary.print.header.left).toBe("Gemeente onbekend");
  });

  it("escapes an ampersand in the page header", async () => {
    const snapshot = await sampleSnapshot();
    const settings = snapshot.sheets.find((s) => s.name === "Instellingen")!;
    settings.values.find((line) => line[0] === "Gemeente")![1] = "Zuid & Noord";
    const { model, report } = checked(snapshot);
    expect(buildSummary(report, model, OPTIONS).print.header.left).toBe("Gemeente Zuid && Noord");
  });
});
