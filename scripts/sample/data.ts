/**
 * Reads the sample data of `data/sample/*.json` (the facts of the Dronten seeds, copied into the repo).
 * Keys starting with `_` are annotations (`_bron`, `_let_op`, `_opmaak`, …), never columns.
 */
import * as fs from "fs";
import * as path from "path";

export const SAMPLE_DATA_DIR = path.resolve(__dirname, "../../data/sample");

export type RawValue = string | number | null;

/** One table row as written in a data file: header → value, plus annotations. */
export interface SampleRow {
  [header: string]: unknown;
  /** Per-cell number format overrides, header → Excel format code (en-US form as stored in the file). */
  _opmaak?: Record<string, string>;
  /** A deliberate data problem in this row, in words. */
  _let_op?: string;
  /** Instellingen: `"datum"` turns an ISO date text into a real Excel date. */
  _soort?: "datum";
  /** Instellingen: the workbook name to define for this row's value cell. */
  _naam?: string;
}

export interface TableFile {
  tabel: string;
  blad: string;
  toelichting: string;
  rijen: SampleRow[];
}

export interface QuotaFile extends TableFile {
  beginsaldo: { waarde: number };
}

export interface PlanFile {
  tabel: string;
  blad: string;
  toelichting: string;
  jaar: number;
  maanden: string[];
  acties: { Actie: string; Aantal: RawValue[]; Gerealiseerd?: RawValue[] }[];
}

export interface FunctionsFile {
  blad: string;
  titel: string;
  inleiding: string[];
  kolommen: string[];
  breedtes: number[];
  rijen: Record<string, string>[];
}

export interface SampleData {
  activities: TableFile;
  indicators: TableFile;
  measurements: TableFile;
  quota: QuotaFile;
  plan: PlanFile;
  parties: TableFile;
  settings: TableFile;
  functions: FunctionsFile;
}

function readJson<T>(file: string, dir: string): T {
  return JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as T;
}

export function loadSampleData(dir = SAMPLE_DATA_DIR): SampleData {
  return {
    activities: readJson<TableFile>("activiteiten.json", dir),
    indicators: readJson<TableFile>("indicatoren.json", dir),
    measurements: readJson<TableFile>("metingen.json", dir),
    quota: readJson<QuotaFile>("taakstelling.json", dir),
    plan: readJson<PlanFile>("planning.json", dir),
    parties: readJson<TableFile>("partijen.json", dir),
    settings: readJson<TableFile>("instellingen.json", dir),
    functions: readJson<FunctionsFile>("functies.json", dir),
  };
}

/** The plan in long form: one row per action and month, sorted by month and then by action. */
export function planRows(plan: PlanFile): SampleRow[] {
  const rows: SampleRow[] = [];
  plan.maanden.forEach((month, m) => {
    for (const action of plan.acties) {
      const raw = action.Aantal[m];
      if (raw === null || raw === undefined) continue; // a cell missing in the seed gets no row
      const realised = action.Gerealiseerd?.[m] ?? null;
      rows.push({ Actie: action.Actie, Maand: `${month} ${plan.jaar}`, Aantal: raw === "-" ? 0 : raw, ...(realised === null ? {} : { Gerealiseerd: realised }) });
    }
  });
  return rows;
}
