import { DIRECTIONS, ROLES, STATUSES } from "./lists";

export type ColumnType =
  | "text"
  | "party"
  | "partyList"
  | "period"
  | "date"
  | "list"
  | "reference"
  | "number"
  | "wholeNumber"
  | "year"
  | "halfYear"
  | "month"
  | "countOrRange";

export interface ColumnSpec {
  key: string;
  header: string;
  type: ColumnType;
  /** `true` always required; `"conditional"` when another value makes it required (see the rules). */
  required: boolean | "conditional";
  aliases?: readonly string[];
  list?: readonly string[];
  /** Free text that must be stored as text (number format `@`) when structuring. */
  freeText?: boolean;
  /** Excel number format applied when structuring. */
  numberFormat?: string;
  /** Column width in characters when structuring. */
  width?: number;
}

export interface TableSpec {
  key: TableKey;
  sheet: string;
  table: string;
  /** Optional tables may be absent without a finding. */
  optional?: boolean;
  /** How a message names one row: `Activiteit 1.2b`, from a word and the row's key column. */
  rowLabel: { nl: string; en: string; key: string };
  columns: readonly ColumnSpec[];
}

export type TableKey = "activities" | "indicators" | "measurements" | "quota" | "plan" | "parties" | "settings";

// Number formats are set through the API in the invariant (en-US) form; Excel shows them localised.
const DATE_FORMAT = "d-m-yyyy";

export const ACTIVITIES: TableSpec = {
  rowLabel: { nl: "Activiteit", en: "Activity", key: "id" },
  key: "activities",
  sheet: "Activiteiten",
  table: "tblActiviteiten",
  columns: [
    { key: "id", header: "ID", type: "text", required: true, aliases: ["Nr", "Nummer"], width: 10, freeText: true },
    { key: "theme", header: "Thema", type: "text", required: true, width: 22, freeText: true },
    { key: "topic", header: "Onderwerp", type: "text", required: false, width: 22, freeText: true },
    { key: "agreement", header: "Afspraak", type: "text", required: true, aliases: ["Afspraak/activiteit"], width: 60, freeText: true },
    { key: "lead", header: "Trekker", type: "party", required: true, width: 18, freeText: true },
    { key: "involved", header: "Betrokkenen", type: "partyList", required: false, aliases: ["Betrokken partijen"], width: 26, freeText: true },
    { key: "schedule", header: "Planning", type: "period", required: true, aliases: ["Uitvoering"], width: 22, freeText: true },
    { key: "due", header: "Deadline", type: "date", required: false, numberFormat: DATE_FORMAT, width: 12 },
    { key: "status", header: "Status", type: "list", required: true, list: STATUSES, width: 14 },
    { key: "note", header: "Toelichting", type: "text", required: "conditional", width: 40, freeText: true },
    { key: "indicator", header: "Indicator", type: "reference", required: false, width: 12, freeText: true },
    { key: "target", header: "Doelwaarde", type: "number", required: false, width: 12 },
    { key: "actual", header: "Realisatie", type: "number", required: false, width: 12 },
    { key: "updated", header: "Laatst bijgewerkt", type: "date", required: true, numberFormat: DATE_FORMAT, width: 14 },
    { key: "updatedBy", header: "Bijgewerkt door", type: "text", required: false, width: 18, freeText: true },
  ],
};

export const INDICATORS: TableSpec = {
  rowLabel: { nl: "Indicator", en: "Indicator", key: "id" },
  key: "indicators",
  sheet: "Indicatoren",
  table: "tblIndicatoren",
  columns: [
    { key: "id", header: "ID", type: "text", required: true, width: 10, freeText: true },
    { key: "programme", header: "Programma", type: "text", required: false, width: 24, freeText: true },
    { key: "goal", header: "Doel", type: "text", required: false, width: 30, freeText: true },
    { key: "name", header: "Indicator", type: "text", required: true, width: 40, freeText: true },
    { key: "unit", header: "Eenheid", type: "text", required: false, width: 10, freeText: true },
    { key: "direction", header: "Richting", type: "list", required: true, list: DIRECTIONS, width: 12 },
    { key: "baseline", header: "Nulmeting", type: "number", required: true, width: 12 },
    { key: "baselineYear", header: "Nulmeting jaar", type: "year", required: true, width: 10, numberFormat: "0" },
    { key: "target", header: "Streefwaarde", type: "number", required: "conditional", width: 12 },
    { key: "targetYear", header: "Streefjaar", type: "year", required: "conditional", width: 10, numberFormat: "0" },
    { key: "source", header: "Bron", type: "text", required: true, width: 20, freeText: true },
    { key: "note", header: "Toelichting", type: "text", required: false, width: 40, freeText: true },
  ],
};

export const MEASUREMENTS: TableSpec = {
  rowLabel: { nl: "Meting van", en: "Measurement of", key: "indicator" },
  key: "measurements",
  sheet: "Metingen",
  table: "tblMetingen",
  columns: [
    { key: "indicator", header: "Indicator", type: "reference", required: true, width: 12, freeText: true },
    { key: "year", header: "Jaar", type: "year", required: true, width: 8, numberFormat: "0" },
    { key: "date", header: "Peildatum", type: "date", required: false, numberFormat: DATE_FORMAT, width: 12 },
    { key: "value", header: "Waarde", type: "number", required: true, width: 12 },
    { key: "source", header: "Bron", type: "text", required: false, width: 20, freeText: true },
    { key: "note", header: "Toelichting", type: "text", required: false, width: 40, freeText: true },
  ],
};

export const QUOTA: TableSpec = {
  rowLabel: { nl: "Taakstelling", en: "Quota", key: "period" },
  key: "quota",
  sheet: "Taakstelling",
  table: "tblTaakstelling",
  columns: [
    { key: "period", header: "Periode", type: "halfYear", required: true, width: 18, freeText: true },
    { key: "quota", header: "Taakstelling", type: "wholeNumber", required: true, width: 12, numberFormat: "0" },
    { key: "housed", header: "Gehuisvest", type: "wholeNumber", required: false, width: 12, numberFormat: "0" },
    { key: "due", header: "Opgave incl. achterstand", type: "wholeNumber", required: false, width: 14, numberFormat: "0" },
    { key: "balance", header: "Saldo", type: "wholeNumber", required: false, width: 10, numberFormat: "0;-0;0" },
    { key: "note", header: "Toelichting", type: "text", required: false, width: 40, freeText: true },
  ],
};

export const PLAN: TableSpec = {
  rowLabel: { nl: "Planning", en: "Plan", key: "action" },
  key: "plan",
  sheet: "Planning",
  table: "tblPlanning",
  optional: true,
  columns: [
    { key: "action", header: "Actie", type: "text", required: true, width: 36, freeText: true },
    { key: "month", header: "Maand", type: "month", required: true, width: 12 },
    { key: "count", header: "Aantal", type: "countOrRange", required: true, width: 10 },
    // Filled month by month from the COA's monthly realisation figures; replaces the planned count in every projection.
    { key: "realised", header: "Gerealiseerd", type: "wholeNumber", required: false, width: 12, numberFormat: "0" },
  ],
};

export const PARTIES: TableSpec = {
  rowLabel: { nl: "Partij", en: "Party", key: "name" },
  key: "parties",
  sheet: "Partijen",
  table: "tblPartijen",
  columns: [
    { key: "name", header: "Partij", type: "text", required: true, width: 32, freeText: true },
    { key: "short", header: "Afkorting", type: "text", required: false, width: 12, freeText: true },
    { key: "role", header: "Rol", type: "list", required: true, list: ROLES, width: 20 },
    { key: "contact", header: "Contactpersoon", type: "text", required: false, width: 22, freeText: true },
    { key: "email", header: "E-mail", type: "text", required: false, width: 28, freeText: true },
  ],
};

export const SETTINGS: TableSpec = {
  rowLabel: { nl: "Instelling", en: "Setting", key: "name" },
  key: "settings",
  sheet: "Instellingen",
  table: "tblInstellingen",
  columns: [
    { key: "name", header: "Instelling", type: "text", required: true, width: 34, freeText: true },
    { key: "value", header: "Waarde", type: "text", required: false, width: 24 },
  ],
};

/** All tables of the contract, in the order they appear in a structured workbook. */
export const TABLES: readonly TableSpec[] = [ACTIVITIES, INDICATORS, MEASUREMENTS, QUOTA, PLAN, PARTIES, SETTINGS];

export function tableSpec(key: TableKey): TableSpec {
  const spec = TABLES.find((t) => t.key === key);
  if (!spec) throw new Error(`unknown table ${key}`);
  return spec;
}
