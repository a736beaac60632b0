import type { CheckReport } from "../engine/checkWorkbook";
import type { ParsedRow } from "../model/parsedTable";
import { PartyDirectory, type Party } from "../model/parties";
import type { WorkbookModel } from "../model/workbookModel";
import type { TodoItem } from "../todo/partyTodo";
import { includesParty, indicatorsById, involvedParties, leadParties, sourceParties } from "./responsibility";

/** One measurement the party is asked for: an indicator and a year, with the overview's row when it has one. */
export interface MeasurementAsk {
  indicator: ParsedRow;
  indicatorId: string;
  year: number;
  /** A row of Metingen for this indicator and year whose Waarde is still empty. */
  existing: ParsedRow | null;
}

export interface ReturnContent {
  party: Party;
  /** Activities where the party is trekker (`lead`) or betrokken, in the overview's order. */
  activities: { row: ParsedRow; lead: boolean }[];
  measurements: MeasurementAsk[];
  /** Indicators the return shows so that its Metingen and Indicator references can be read. */
  indicators: ParsedRow[];
  todo: TodoItem[];
  /** The last year measurements are asked for: Verslagjaar, else the year of the Peildatum. */
  reportYear: number;
}

/** How many years back a return asks for missing measurements (older gaps stay on the to-do list). */
export const YEARS_BACK = 5;

function measurementKey(indicatorId: string, year: number): string {
  return `${indicatorId.trim().toLowerCase()}|${year}`;
}

function asks(model: WorkbookModel, party: Party, reportYear: number): MeasurementAsk[] {
  const rowsByKey = new Map<string, ParsedRow>();
  for (const row of model.tables.measurements?.filledRows ?? []) {
    const year = row.value<number>("year");
    if (year === null || row.text("indicator") === "") continue;
    const key = measurementKey(row.text("indicator"), year);
    const known = rowsByKey.get(key);
    // A year counts as delivered when any of its rows holds a value.
    if (!known || (known.isBlank("value") && !row.isBlank("value"))) rowsByKey.set(key, row);
  }
  const out: MeasurementAsk[] = [];
  for (const indicator of model.tables.indicators?.filledRows ?? []) {
    const id = indicator.text("id");
    if (id === "" || !includesParty(sourceParties(model, indicator), party)) continue;
    const baselineYear = indicator.value<number>("baselineYear");
    const first = baselineYear === null ? reportYear : Math.max(baselineYear + 1, reportYear - YEARS_BACK + 1);
    for (let year = first; year <= reportYear; year++) {
      const existing = rowsByKey.get(measurementKey(id, year)) ?? null;
      if (existing && !existing.isBlank("value")) continue;
      out.push({ indicator, indicatorId: id, year, existing });
    }
  }
  return out;
}

/** What one party is asked: its activities, the measurements it is the source of, its open to-do items. */
export function returnContent(model: WorkbookModel, report: CheckReport, party: Party): ReturnContent {
  const activities: ReturnContent["activities"] = [];
  for (const row of model.tables.activities?.filledRows ?? []) {
    const lead = includesParty(leadParties(model, row), party);
    if (lead || includesParty(involvedParties(model, row), party)) activities.push({ row, lead });
  }
  const reportYear = model.settings.reportYear ?? Number(report.referenceDate.slice(0, 4));
  const measurements = asks(model, party, reportYear);
  const wanted = new Set(measurements.map((m) => m.indicatorId.toLowerCase()));
  for (const { row } of activities) if (row.text("indicator") !== "") wanted.add(row.text("indicator").toLowerCase());
  const indicators = [...indicatorsById(model)].filter(([id]) => wanted.has(id)).map(([, row]) => row);
  indicators.sort((a, b) => a.row - b.row);
  const label = PartyDirectory.label(party);
  const todo = report.todo.find((t) => t.party === label || t.party === party.name)?.items ?? [];
  return { party, activities, measurements, indicators, todo, reportYear };
}

/** Whether a return for this party would ask anything at all. */
export function asksAnything(content: ReturnContent): boolean {
  return content.activities.length + content.measurements.length + content.todo.length > 0;
}
