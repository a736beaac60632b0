import { forgetWorkbookLanguage } from "../../src/excel/workbookLanguage";
import { status } from "../../src/functions/functions";
import { FakeExcelHost, installOfficeGlobals } from "../fake-excel";

// The sample workbook's indicators (seed 001) and its demonstration measurements.
describe("BM.STATUS", () => {
  test("GS-1 beweegnorm, 44,1% in 2024: below the line (44,27%) minus the margin (44,16%) → Achter", async () => {
    expect(await status(0.439, 2022, 0.45, 2028, 0.441, 2024, "Toename")).toBe("Achter");
    expect(await status("43,9%", "2022", "45%", "2028", "44,1%", "2024")).toBe("Achter");
  });

  test("GS-3 vrijwilligerswerk, 47% in 2024 → Op koers; GS-4 eenzaamheid up instead of down → Achter", async () => {
    expect(await status(0.45, 2022, 0.51, 2028, 0.47, 2024, "Toename")).toBe("Op koers");
    expect(await status(0.46, 2022, 0.45, 2028, 0.47, 2024, "Afname")).toBe("Achter");
    expect(await status(0.46, 2022, 0.45, 2028, 0.47, 2024)).toBe("Achter");
  });

  test("reached → Behaald; after the target year without reaching it → Niet behaald", async () => {
    expect(await status(0.45, 2022, 0.51, 2028, 0.52, 2026, "Toename")).toBe("Behaald");
    expect(await status(0.45, 2022, 0.51, 2028, 0.5, 2029, "Toename")).toBe("Niet behaald");
  });

  test("Maximaal and Minimaal: met → Behaald; a level to keep that slipped → Achter; a level to reach on its line → Op koers", async () => {
    expect(await status(0.32, 2024, 0.32, 2028, 0.3, 2025, "Maximaal")).toBe("Behaald"); // BZ-3
    expect(await status("7,9%", 2024, "7,9%", 2028, 0.081, 2025, "maximaal")).toBe("Achter"); // BZ-4, three years early
    expect(await status(0.67, 2022, 0.7, 2028, 0.68, 2024, "Minimaal")).toBe("Op koers"); // BZ-5, exactly on the line
    expect(await status(0.67, 2022, 0.7, 2028, 0.671, 2026, "Minimaal")).toBe("Achter");
    expect(await status("7,9%", 2024, "7,9%", 2028, 0.081, 2029, "Maximaal")).toBe("Niet behaald");
    expect(await status("7,9%", 2024, "7,9%", 2028, 0.081, null, "Maximaal")).toBe("Onbekend"); // before or after 2028? the year decides
  });

  test("Gelijk: within the margin of the baseline", async () => {
    expect(await status(100, 2022, 100, 2028, 105, 2024, "Gelijk")).toBe("Behaald");
    expect(await status(100, 2022, 100, 2028, 111, 2024, "Gelijk")).toBe("Niet behaald");
  });

  test("Toename in words only (BZ-1: 295 meldingen in 2023, 317 in 2024) → Op koers", async () => {
    expect(await status(295, 2023, null, 2028, 317, 2024, "Toename")).toBe("Op koers");
    expect(await status(295, 2023, "", 2028, 290, 2024, "Toename")).toBe("Achter");
  });

  test("missing data → the word Onbekend, not an error and never 0 %", async () => {
    expect(await status(0.86, 2024, 0.9, 2028, null, null, "Toename")).toBe("Onbekend"); // KG-1: no measurement yet
    expect(await status(0.016, 2024, null, 2028, "", "", "Afname")).toBe("Onbekend"); // KG-3
    expect(await status(null, 2025, null, null, null, null, "Afname")).toBe("Onbekend");
    expect(await status(0.439, 2022, 0.45, 2028, 0.441, 2024)).toBe("Achter");
    expect(await status(0.439, null, 0.45, 2028, 0.441, 2024, "Toename")).toBe("Onbekend");
    expect(await status(0.439, 2022, 0.45, 2028, "volgt", 2024, "Toename")).toBe("Onbekend");
  });

  test("a direction contradicting the numbers (GS-2), or none that follows from them → Onbekend", async () => {
    expect(await status(0.75, 2022, 0.72, 2028, 0.74, 2024, "Toename")).toBe("Onbekend");
    expect(await status(0.03, 2022, 0.03, 2028, 0.028, 2024)).toBe("Onbekend");
  });

  test("without a measurement year a status on the line is unknown; one that needs no year is not", async () => {
    expect(await status(0.439, 2022, 0.45, 2028, 0.441, null, "Toename")).toBe("Onbekend");
    expect(await status(0.439, 2022, 0.45, 2028, 0.46, null, "Toename")).toBe("Behaald");
    expect(await status(0.32, 2024, 0.32, 2028, 0.3, "", "Maximaal")).toBe("Behaald");
  });

  test("the margin: 10 by default, as 30, \"30%\", 0,3 or \"0,3\"", async () => {
    const gs1 = [0.439, 2022, 0.45, 2028, 0.441, 2024, "Toename"] as const;
    expect(await status(...gs1, null)).toBe("Achter");
    expect(await status(...gs1, 10)).toBe("Achter");
    expect(await status(...gs1, "10%")).toBe("Achter");
    for (const margin of [30, "30", "30%", 0.3, "0,3"]) expect(await status(...gs1, margin)).toBe("Op koers");
    expect(await status(...gs1, 0)).toBe("Achter");
  });

  test("a placeholder is missing data (KG-2: 'Nulmeting in 2025') → Onbekend", async () => {
    expect(await status("Nulmeting in 2025", 2025, null, null, null, null, "Afname")).toBe("Onbekend");
  });

  test("unreadable input → #VALUE! with the text", async () => {
    await expect(status("ruim de helft", 2025, null, null, null, null, "Afname")).rejects.toMatchObject({
      code: "#VALUE!",
      message: "nulmeting is geen getal: 'ruim de helft'",
    });
    await expect(status(0.439, 2022, 0.45, 2028, 0.441, 2024, "omhoog")).rejects.toMatchObject({
      code: "#VALUE!",
      message: "richting 'omhoog' is onbekend; kies Toename, Afname, Gelijk, Maximaal of Minimaal",
    });
    await expect(status(0.439, 2022, 0.45, 2028, 0.441, "vorig jaar", "Toename")).rejects.toMatchObject({ message: "meetjaar is geen jaartal: 'vorig jaar'" });
    await expect(status(0.439, 2022, 0.45, 2028, 0.441, 2024, "Toename", "ruim")).rejects.toMatchObject({ message: "marge is geen percentage: 'ruim'" });
    await expect(status(0.439, 2022, 0.45, 2028, 0.441, 2024, "Toename", -5)).rejects.toMatchObject({ code: "#VALUE!" });
  });

  describe("in the workbook's language (Taal in Instellingen), whatever the user's Office speaks", () => {
    let uninstall: (() => void) | undefined;
    afterEach(() => {
      uninstall?.();
      forgetWorkbookLanguage();
    });

    function workbook(taal: string | null, displayLanguage: string) {
      uninstall?.();
      const host = new FakeExcelHost();
      const rows = taal === null ? [["Gemeente", "Dronten"]] : [["Gemeente", "Dronten"], ["Taal", taal]];
      host.addSheet("Instellingen", [["Instelling", "Waarde"], ...rows]);
      host.addTable("Instellingen", `A1:B${rows.length + 1}`, "tblInstellingen");
      uninstall = installOfficeGlobals(host, { displayLanguage });
      return host;
    }

    test("English words when the workbook says en, also under Dutch Office", async () => {
      workbook("en", "nl-NL");
      expect(await status(0.439, 2022, 0.45, 2028, 0.441, 2024, "Toename")).toBe("Behind");
      expect(await status(0.45, 2022, 0.51, 2028, 0.47, 2024, "Toename")).toBe("On track");
      expect(await status(0.45, 2022, 0.51, 2028, 0.52, 2026, "Toename")).toBe("Achieved");
      expect(await status(0.45, 2022, 0.51, 2028, 0.5, 2029, "Toename")).toBe("Not achieved");
      expect(await status(0.86, 2024, 0.9, 2028, null, null, "Toename")).toBe("Unknown");
    });

    test("Dutch words by default, also under English Office: a shared workbook keeps its values", async () => {
      workbook(null, "en-GB");
      expect(await status(0.439, 2022, 0.45, 2028, 0.441, 2024, "Toename")).toBe("Achter");
      forgetWorkbookLanguage();
      workbook("nl", "en-US");
      expect(await status(0.439, 2022, 0.45, 2028, 0.441, 2024, "Toename")).toBe("Achter");
    });

    test("one read of the workbook for a whole recalculation", async () => {
      const host = workbook("en", "nl-NL");
      host.resetCounters();
      const words = await Promise.all(Array.from({ length: 200 }, () => status(0.439, 2022, 0.45, 2028, 0.441, 2024, "Toename")));
      expect(new Set(words)).toEqual(new Set(["Behind"]));
      expect(host.syncCount).toBe(3);
    });
  });
});
