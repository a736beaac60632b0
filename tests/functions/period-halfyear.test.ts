import { halfYear, period } from "../../src/functions/functions";
import { errorOf } from "./helpers";

// Planning texts of Dronten's werkagenda 2026 (seed 000) and the plan of approach (seed 002).
describe("BM.PERIODE / PERIOD", () => {
  test("one row: start year, end year, kind", () => {
    expect(period("van 2026 tot en met 2029")).toEqual([[2026, 2029, "bereik"]]);
    expect(period("2025 - 2028")).toEqual([[2025, 2028, "bereik"]]);
    expect(period("eerste kwartaal 2025")).toEqual([[2025, 2025, "jaar"]]);
    expect(period(2026)).toEqual([[2026, 2026, "jaar"]]);
    expect(period([["2025 en 2026"]])).toEqual([[2025, 2026, "bereik"]]);
    expect(period("2025: ca. 140 won. 2026 - 2028: ca 80 won.")).toEqual([[2025, 2028, "schema"]]);
  });

  test("a missing year is an empty cell", () => {
    expect(period("Vanaf 2025")).toEqual([[2025, "", "open"]]);
    expect(period("t/m 2030")).toEqual([["", 2030, "bereik"]]);
    expect(period("Jaarlijks")).toEqual([["", "", "jaarlijks"]]);
    expect(period("elk kwartaal")).toEqual([["", "", "terugkerend"]]);
    expect(period("Doorlopend")).toEqual([["", "", "doorlopend"]]);
    expect(period("Bij ieder nieuwbouwproject")).toEqual([["", "", "gebeurtenis"]]);
  });

  test("a text with no time in it → #VALUE! quoting it", () => {
    expect(errorOf(() => period("zo snel mogelijk"))).toEqual({
      code: "#VALUE!",
      message: "planning 'zo snel mogelijk' is niet te lezen (bijvoorbeeld 2026, 2025 - 2028, vanaf 2025 of Jaarlijks)",
    });
  });

  test("texts that say when loosely are read (issue 10)", () => {
    expect(period("binnen 6 maanden")).toEqual([["", "", "gebeurtenis"]]);
    expect(period("2025 en 2027")).toEqual([[2025, 2027, "bereik"]]);
    expect(period("uiterlijk 1 februari 2025")).toEqual([["", 2025, "bereik"]]);
    expect(period("in het voorjaar")).toEqual([["", "", "moment"]]);
  });

  test("empty or a placeholder → #N/A", () => {
    expect(errorOf(() => period(null))).toEqual({ code: "#N/A", message: "tekst ontbreekt" });
    expect(errorOf(() => period("n.t.b."))).toEqual({ code: "#N/A", message: "'n.t.b.' is nog geen planning" });
  });
});

describe("BM.HALFJAAR / HALFYEAR", () => {
  test("an Excel date: the sample workbook's peildatum 15-6-2025 (serial 45823) → 2025-H1", () => {
    expect(halfYear(45823)).toBe("2025-H1");
    expect(halfYear(45839)).toBe("2025-H2"); // 1-7-2025
  });

  test("Dutch date texts", () => {
    expect(halfYear("15-6-2025")).toBe("2025-H1");
    expect(halfYear("1 juli 2025")).toBe("2025-H2");
    expect(halfYear("2024-12-31")).toBe("2024-H2");
  });

  test("half-year texts as in the Taakstelling sheet", () => {
    expect(halfYear("Tweede helft 2024")).toBe("2024-H2");
    expect(halfYear("2e helft 2024")).toBe("2024-H2");
    expect(halfYear("H2 2024")).toBe("2024-H2");
    expect(halfYear("jan-jun 2025")).toBe("2025-H1");
    expect(halfYear([["2022-H1"]])).toBe("2022-H1");
  });

  test("a year alone is not a half-year; unreadable text → #VALUE!", () => {
    for (const value of [2024, "2024", "voorjaar"]) {
      expect(errorOf(() => halfYear(value))).toEqual({
        code: "#VALUE!",
        message: `'${value}' is geen datum of halfjaar (bijvoorbeeld 15-6-2025, 2e helft 2024 of H2 2024)`,
      });
    }
  });

  test("empty → #N/A", () => {
    expect(errorOf(() => halfYear(""))).toEqual({ code: "#N/A", message: "datum_of_tekst ontbreekt" });
  });
});
