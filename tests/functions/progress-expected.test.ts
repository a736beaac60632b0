import { expected, progress } from "../../src/functions/functions";
import { errorOf } from "./helpers";

// Indicators of Dronten's social-domain programmes (seed 001) with the sample workbook's measurements.
describe("BM.VOORTGANG / PROGRESS", () => {
  test("GS-1 beweegnorm: 43,9% → 45,0%, measured 44,1% → 0,18", () => {
    expect(progress(0.439, 0.45, 0.441)).toBeCloseTo(0.2 / 1.1, 12);
    expect(progress("43,9%", "45%", "44,1%")).toBeCloseTo(0.2 / 1.1, 12);
    expect(progress("43,9%", 0.45, [[0.441]], "Toename")).toBeCloseTo(0.2 / 1.1, 12);
  });

  test("the direction follows from the numbers: GS-4 eenzaamheid (Afname) moved the wrong way", () => {
    expect(progress(0.46, 0.45, 0.47)).toBeCloseTo(-1, 12);
    expect(progress(0.46, 0.45, 0.47, "afname")).toBeCloseTo(-1, 12);
    expect(progress(0.03, 0.02, 0.028, " AFNAME ")).toBeCloseTo(0.2, 12);
  });

  test("beyond the target gives more than 1", () => {
    expect(progress(100, 140, 150)).toBeCloseTo(1.25, 12);
  });

  test("Dutch text numbers", () => {
    expect(progress("1.000", "1.500", " 1.250 ")).toBe(0.5);
    expect(progress("−5", "5", "0")).toBe(0.5);
  });

  test("a level to reach (Maximaal/Minimaal the baseline does not meet) has progress, as Toename/Afname", () => {
    expect(progress(0.67, 0.7, 0.68, "minimaal")).toBeCloseTo(1 / 3, 12); // BZ-5: 67 % → 68 % of 70 %
    expect(progress(0.036, 0.023, 0.03, "Maximaal")).toBeCloseTo(6 / 13, 12); // BZ-6: 3,6 % → 3,0 % of 2,3 %
  });

  test("a level to keep (Maximaal/Minimaal the baseline meets) and Gelijk: progress has no meaning → #N/A", () => {
    expect(errorOf(() => progress(0.03, 0.03, 0.028, "Maximaal"))).toEqual({
      code: "#N/A",
      message: "voortgang heeft geen betekenis bij richting Maximaal als de nulmeting de grens al haalt: dat niveau moet blijven",
    });
    expect(errorOf(() => progress(0.72, 0.7, 0.69, "minimaal")).message).toBe(
      "voortgang heeft geen betekenis bij richting Minimaal als de nulmeting de grens al haalt: dat niveau moet blijven",
    );
    expect(errorOf(() => progress(10, 10, 11, "Gelijk")).message).toBe("voortgang heeft geen betekenis bij richting Gelijk");
  });

  test("a direction that contradicts the numbers (GS-2) → #N/A, not a guess", () => {
    expect(errorOf(() => progress(0.75, 0.72, 0.74, "Toename"))).toEqual({
      code: "#N/A",
      message: "richting Toename past niet bij een streefwaarde onder de nulmeting",
    });
    expect(errorOf(() => progress(0.46, 0.5, 0.47, "Afname")).message).toBe("richting Afname past niet bij een streefwaarde boven de nulmeting");
  });

  test("target equal to baseline → #N/A", () => {
    expect(errorOf(() => progress(0.03, 0.03, 0.028))).toEqual({
      code: "#N/A",
      message: "streefwaarde is gelijk aan de nulmeting; voortgang is dan niet te berekenen",
    });
  });

  test("missing values → #N/A naming them, never 0 %", () => {
    expect(errorOf(() => progress(null, 0.45, 0.44))).toEqual({ code: "#N/A", message: "nulmeting ontbreekt" });
    expect(errorOf(() => progress(0.439, "", 0.44, "Toename"))).toEqual({ code: "#N/A", message: "streefwaarde ontbreekt" });
    expect(errorOf(() => progress(0.86, 0.9, null))).toEqual({ code: "#N/A", message: "actueel ontbreekt: er is nog geen meting" });
    expect(errorOf(() => progress(0.86, 0.9, "volgt"))).toEqual({ code: "#N/A", message: "actueel ontbreekt: er is nog geen meting" });
  });

  test("a placeholder (KG-2: 'Nulmeting in 2025') is a missing value → #N/A", () => {
    expect(errorOf(() => progress("Nulmeting in 2025", 0.5, 0.4))).toEqual({ code: "#N/A", message: "nulmeting ontbreekt" });
  });

  test("unreadable text and unknown direction words → #VALUE!", () => {
    expect(errorOf(() => progress("ruim de helft", 0.5, 0.4))).toEqual({
      code: "#VALUE!",
      message: "nulmeting is geen getal: 'ruim de helft'",
    });
    expect(errorOf(() => progress(0.439, 0.45, 0.441, "Stijging"))).toEqual({
      code: "#VALUE!",
      message: "richting 'Stijging' is onbekend; kies Toename, Afname, Gelijk, Maximaal of Minimaal",
    });
    expect(errorOf(() => progress(0.439, 0.45, 0.441, 3)).code).toBe("#VALUE!");
  });
});

describe("BM.VERWACHT / EXPECTED", () => {
  test("GS-1: the straight line from 43,9% (2022) to 45% (2028) is at 44,27% in 2024", () => {
    expect(expected(0.439, 2022, 0.45, 2028, 2024)).toBeCloseTo(0.439 + 0.011 / 3, 12);
    expect(expected("43,9%", "2022", "45%", " 2028 ", 2024)).toBeCloseTo(0.439 + 0.011 / 3, 12);
  });

  test("the baseline up to the baseline year, the target from the target year on", () => {
    expect(expected(100, 2024, 140, 2028, 2026)).toBe(120);
    expect(expected(100, 2024, 140, 2028, 2020)).toBe(100);
    expect(expected(100, 2024, 140, 2028, 2030)).toBe(140);
    expect(expected(0.46, 2022, 0.45, 2028, 2025)).toBeCloseTo(0.455, 12);
  });

  test("every argument is required → #N/A naming it", () => {
    expect(errorOf(() => expected(null, 2022, 0.45, 2028, 2024))).toEqual({ code: "#N/A", message: "nulmeting ontbreekt" });
    expect(errorOf(() => expected(0.439, 2022, 0.45, null, 2024))).toEqual({ code: "#N/A", message: "streefjaar ontbreekt" });
    expect(errorOf(() => expected(0.439, 2022, 0.45, 2028, ""))).toEqual({ code: "#N/A", message: "jaar ontbreekt" });
  });

  test("years must be years, and the target year after the baseline year → #VALUE!", () => {
    expect(errorOf(() => expected(0.439, "tweeduizend", 0.45, 2028, 2024))).toEqual({
      code: "#VALUE!",
      message: "nuljaar is geen jaartal: 'tweeduizend'",
    });
    expect(errorOf(() => expected(0.439, 2022, 0.45, 2020, 2024))).toEqual({
      code: "#VALUE!",
      message: "streefjaar (2020) moet na nuljaar (2022) liggen",
    });
    expect(errorOf(() => expected(0.439, 2022, 0.45, 2028, 45658)).message).toBe("jaar is geen jaartal: '45658'");
  });
});
