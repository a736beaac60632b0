import type { CellValue } from "../../../src/core/cell";
import type { WorkbookSnapshot } from "../../../src/core/snapshot";

type Row = (string | number | null)[];

/** A partner's activities sheet: two merged title rows, headers with odd spacing and an own column. */
export const PARTNER_ACTIVITIES: { rows: Row[]; merged: string[] } = {
  rows: [
    ["Werkagenda wonen 2025-2028", null, null, null, null, null, null, null],
    ["Stand per 1 maart 2025", null, null, null, null, null, null, null],
    ["Nr", "Thema", "  Afspraak/activiteit", "Trekker ", "Betrokken  partijen", "Uitvoering", "Status", "Eigen notitie"],
    ["1.1a", "Betaalbaarheid", "Huurverlaging voor huishoudens met een laag inkomen", "OFW", "Gemeente; HBV", "2025 - 2028", "In uitvoering", "navragen bij OFW"],
    ["1.1b", "Betaalbaarheid", "Energiecoaches inzetten", "Gemeente", "Corporaties", "2026", "Niet gestart", null],
    [null, null, null, null, null, null, null, null],
    ["2.1", "Woningbouw", "97 appartementen opleveren", "Corporaties", null, "Q2 2026", "Vertraagd", "+31 6 12345678"],
    ["2.2", "Woningbouw", "Doorstroming ouderen", "HBV", "Gemeente", "vanaf 2025", "Gereed", "-5 woningen"],
  ],
  merged: ["A1:H1", "A2:H2"],
};

/** A partner's indicators: a plain range from A1 with `Streefwaarde 2028` and no Streefjaar. */
export const PARTNER_INDICATORS: { rows: Row[]; merged: string[] } = {
  rows: [
    ["ID", "Indicator", "Eenheid", "Richting", "Nulmeting", "Nulmeting jaar", "Streefwaarde 2028", "Bron"],
    ["I1", "Huishoudens met betalingsachterstand", "%", "Afname", 7.9, 2023, 5, "Nibud"],
    ["I2", "Nieuwbouwwoningen per jaar", "aantal", "Toename", 120, 2024, 300, "Gemeente"],
  ],
  merged: [],
};

export const PARTNER_PARTIES: Row[] = [
  ["Partij", "Afkorting", "Rol"],
  ["Gemeente Dronten", null, "Gemeente"],
  ["Oost Flevoland Woondiensten", "OFW", "Corporatie"],
  ["Huurdersbelangenvereniging", "HBV", "Huurdersorganisatie"],
];

function sheet(name: string, rows: Row[], merged: string[] = []) {
  const values: CellValue[][] = rows.map((line) => [...line]);
  const numberFormats = rows.map((line) => line.map(() => "General"));
  return { name, visible: true, origin: { row: 1, column: 0 }, values, numberFormats, merged };
}

/** The partner workbook as a snapshot: two plain ranges, a plain parties range, no tables. */
export function partnerSnapshot(): WorkbookSnapshot {
  return {
    sheets: [
      sheet("Activiteiten", PARTNER_ACTIVITIES.rows, PARTNER_ACTIVITIES.merged),
      sheet("Indicatoren", PARTNER_INDICATORS.rows),
      sheet("Partijen", PARTNER_PARTIES),
    ],
    tables: [],
  };
}
