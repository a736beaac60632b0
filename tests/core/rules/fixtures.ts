import type { CellValue } from "../../../src/core/cell";
import type { FragmentRow } from "../../../src/core/rules/fragment";

/** A cleanly filled activity row: no rule may report on it. */
export function activity(overrides: Record<string, CellValue> = {}): FragmentRow {
  return {
    ID: "1.1a",
    Thema: "Betaalbaar wonen",
    Afspraak: "OFW realiseert 97 appartementen in Dronten-Zuid",
    Trekker: "OFW",
    Betrokkenen: "Gemeente; HBV",
    Planning: "2026",
    Status: "In uitvoering",
    "Laatst bijgewerkt": "2025-05-01",
    ...overrides,
  };
}

export function indicator(overrides: Record<string, CellValue> = {}): FragmentRow {
  return {
    ID: "BZ-1",
    Programma: "Bestaanszekerheid bieden",
    Indicator: "% huishoudens met een laag inkomen",
    Eenheid: "%",
    Richting: "Maximaal",
    Nulmeting: 0.03,
    "Nulmeting jaar": 2022,
    Streefwaarde: 0.03,
    Streefjaar: 2028,
    Bron: "CBS",
    ...overrides,
  };
}

/** Dronten's quota table 2022–2025 (seed 002, lines 409–421) with the housed counts it implies. */
export const DRONTEN_QUOTA: FragmentRow[] = [
  { Periode: "Eerste helft 2022", Taakstelling: 24, Gehuisvest: 40, "Opgave incl. achterstand": 29, Saldo: 11 },
  { Periode: "Tweede helft 2022", Taakstelling: 33, Gehuisvest: 27, "Opgave incl. achterstand": 22, Saldo: 5 },
  { Periode: "Eerste helft 2023", Taakstelling: 52, Gehuisvest: 30, "Opgave incl. achterstand": 47, Saldo: -17 },
  { Periode: "Tweede helft 2023", Taakstelling: 43, Gehuisvest: 16, "Opgave incl. achterstand": 60, Saldo: -44 },
  { Periode: "Eerste helft 2024", Taakstelling: 46, Gehuisvest: 34, "Opgave incl. achterstand": 90, Saldo: -56 },
  { Periode: "Tweede helft 2024", Taakstelling: 42, Gehuisvest: 66, "Opgave incl. achterstand": 98, Saldo: -32 },
  { Periode: "Eerste helft 2025", Taakstelling: 44, Gehuisvest: null, "Opgave incl. achterstand": 76, Saldo: null },
];

export const SETTINGS_OPENING_MINUS_5: FragmentRow[] = [
  { Instelling: "Gemeente", Waarde: "Dronten" },
  { Instelling: "Peildatum", Waarde: "2025-06-15" },
  { Instelling: "Beginsaldo taakstelling", Waarde: -5 },
];
