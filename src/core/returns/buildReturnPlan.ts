import { cellAddress, parseRangeAddress } from "../address";
import type { CheckReport } from "../engine/checkWorkbook";
import type { ParsedTable } from "../model/parsedTable";
import { PartyDirectory, type Party } from "../model/parties";
import type { WorkbookModel } from "../model/workbookModel";
import type { IsoDate } from "../parse/isoDate";
import { normalizeText } from "../parse/normalizeText";
import type { Lang } from "../rules/types";
import { ACTIVITIES, INDICATORS, MEASUREMENTS, PARTIES, QUOTA, SETTINGS, type TableSpec } from "../schema/tables";
import { shortAgreement } from "../summary/summaryFormat";
import { columnRole } from "./columnRoles";
import { coverSheet } from "./coverSheet";
import { returnDeadline, type Deadline } from "./deadline";
import { planValueOf } from "./planValue";
import { lookupParty, municipalityParty } from "./responsibility";
import { asksAnything, returnContent, type ReturnContent } from "./returnContent";
import { RETURN_SETTINGS } from "./returnIdentity";
import { RETURN_WORDS } from "./returnWords";
import type { PlanValue, SheetPlan } from "./sheetPlan";
import { copyRow, TABLE_HEADER_ROW, tableSheet } from "./tableSheet";
import { todoSheet, type PlacedTodo } from "./todoSheet";

export interface ReturnOptions {
  /** The party: its name or short name as in Partijen (a group only when it has one member). */
  party: string;
  /** The day of the uitvraag (the caller's today; the core never reads the clock). */
  issuedOn: IsoDate;
  /** When the return is due; default `Datum bestuurlijk overleg` minus 14 days. */
  deadline?: IsoDate;
  lang?: Lang;
  /** Who sends it; default the municipality's party in Partijen with its contact person. */
  sender?: string;
  /** Where it goes back to; default the municipality's e-mail address in Partijen. */
  replyTo?: string;
}

export type ReturnWarning = "no-deadline" | "deadline-passed" | "no-reply-address" | "nothing-asked";

export interface ReturnPlan {
  /** `retour-ofw.xlsx`: a file name made of the party's short name or name. */
  fileName: string;
  party: { name: string; short: string | null; label: string };
  issuedOn: IsoDate;
  deadline: Deadline;
  lang: Lang;
  /** In order; the first (the cover) is the one that opens. */
  sheets: SheetPlan[];
  counts: { activitiesLead: number; activitiesInvolved: number; measurements: number; todo: number; indicators: number };
  warnings: ReturnWarning[];
}

export interface ReturnProblem {
  kind: "unknown-party" | "group-party";
  party: string;
  /** Every party of Partijen, by short name or name, for the message. */
  known: string[];
}

export type ReturnPlanResult = { ok: true; plan: ReturnPlan } | { ok: false; problem: ReturnProblem };

/**
 * A file name from a party's label: lower case, accents and every other character than a letter or digit
 * made a dash.
 *
 * @example
 * returnFileName("OFW") //=> "retour-ofw.xlsx"
 */
export function returnFileName(label: string): string {
  const slug = normalizeText(label).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return `retour-${slug || "partij"}.xlsx`;
}

function displayName(party: Party): string {
  return party.short && party.short !== party.name ? `${party.name} (${party.short})` : party.name;
}

function partyContact(model: WorkbookModel, party: Party | undefined): { contact: string; email: string } {
  const row = party && model.tables.parties?.filledRows.find((r) => r.row === party.row);
  return { contact: row?.text("contact") ?? "", email: row?.text("email") ?? "" };
}

function keyAtColumn(table: ParsedTable, index: number): string | undefined {
  for (const column of table.located.columns.values()) if (column.index === index) return column.key;
  return undefined;
}

function positionIn(spec: TableSpec, dataIndex: number, key: string | undefined): string {
  const column = Math.max(0, key === undefined ? 0 : spec.columns.findIndex((c) => c.key === key));
  return cellAddress(TABLE_HEADER_ROW + 1 + dataIndex, column);
}

/** Each to-do item with the agreement it is about and the cell in the return where it is answered. */
function placeTodo(model: WorkbookModel, content: ReturnContent): PlacedTodo[] {
  const activityIndex = new Map(content.activities.map((a, i) => [a.row.row, i]));
  const tables = Object.values(model.tables);
  return content.todo.map((item): PlacedTodo => {
    const table = tables.find((t) => t.sheet === item.sheet);
    const row = table && item.row !== null ? table.rows[item.row - table.located.headerRow - 1] : undefined;
    const cellBox = item.cell ? parseRangeAddress(item.cell) : null;
    const key = table && cellBox ? keyAtColumn(table, cellBox.left) : undefined;
    if (!table || !row) return { item, agreement: "", inReturn: null };
    if (table.spec.key === "activities") {
      const index = activityIndex.get(row.row);
      const inReturn = index === undefined ? null : { sheet: ACTIVITIES.sheet, cell: positionIn(ACTIVITIES, index, key) };
      return { item, agreement: shortAgreement(row.text("agreement"), 160), inReturn };
    }
    if (table.spec.key === "indicators") {
      const id = row.text("id").toLowerCase();
      const ask = content.measurements.findIndex((m) => m.indicatorId.toLowerCase() === id);
      const inReturn = ask >= 0 && item.rule === "indicator-without-measurement" ? { sheet: MEASUREMENTS.sheet, cell: positionIn(MEASUREMENTS, ask, "value") } : null;
      return { item, agreement: row.text("name"), inReturn };
    }
    return { item, agreement: "", inReturn: null };
  });
}

function settingsRows(model: WorkbookModel, party: Party, issuedOn: IsoDate, deadline: IsoDate | null): (PlanValue | null)[][] {
  const own = new Set(Object.values(RETURN_SETTINGS).map((name) => normalizeText(name)));
  const rows: (PlanValue | null)[][] = [];
  for (const row of model.tables.settings?.filledRows ?? []) {
    if (own.has(normalizeText(row.text("name")))) continue;
    rows.push(SETTINGS.columns.map((c) => planValueOf(row.get(c.key), c.key === "value" ? undefined : c.type, row.format(c.key))));
  }
  rows.push([{ type: "text", value: RETURN_SETTINGS.party }, { type: "text", value: party.name }]);
  rows.push([{ type: "text", value: RETURN_SETTINGS.issuedOn }, { type: "date", value: issuedOn }]);
  if (deadline) rows.push([{ type: "text", value: RETURN_SETTINGS.deadline }, { type: "date", value: deadline }]);
  return rows;
}

function measurementRows(content: ReturnContent): (PlanValue | null)[][] {
  return content.measurements.map((ask) => {
    if (ask.existing) return copyRow(MEASUREMENTS, ask.existing);
    return MEASUREMENTS.columns.map((c): PlanValue | null => {
      if (c.key === "indicator") return { type: "text", value: ask.indicatorId };
      if (c.key === "year") return { type: "number", value: ask.year };
      return null;
    });
  });
}

function plan(model: WorkbookModel, content: ReturnContent, options: ReturnOptions): ReturnPlan {
  const lang = options.lang ?? "nl";
  const words = RETURN_WORDS[lang].tableNote;
  const { party } = content;
  const deadline = returnDeadline(options.deadline, model.settings.meetingDate);
  const municipality = municipalityParty(model);
  const contact = partyContact(model, municipality);
  const sender = options.sender ?? (municipality ? [municipality.name, contact.contact].filter(Boolean).join(", ") : null);
  const replyTo = options.replyTo ?? (contact.email || null);
  const lead = content.activities.filter((a) => a.lead).length;
  const todo = placeTodo(model, content);
  const agreement = () => "agreement" as const;
  const sheets: SheetPlan[] = [
    coverSheet(
      {
        party: displayName(party),
        municipality: model.settings.municipality,
        sender,
        replyTo,
        deadline: deadline.date,
        issuedOn: options.issuedOn,
        meetingDate: model.settings.meetingDate,
        activitiesLead: lead,
        activitiesInvolved: content.activities.length - lead,
        measurements: content.measurements.length,
        reportYear: content.reportYear,
        todo: todo.length,
      },
      lang,
    ),
    tableSheet({ spec: ACTIVITIES, rows: content.activities.map((a) => copyRow(ACTIVITIES, a.row)), role: (key) => columnRole("activities", key), note: words.activities, protect: false }),
    tableSheet({ spec: MEASUREMENTS, rows: measurementRows(content), role: (key) => columnRole("measurements", key), note: words.measurements, protect: false }),
    todoSheet(displayName(party), todo, lang),
    tableSheet({ spec: INDICATORS, rows: content.indicators.map((row) => copyRow(INDICATORS, row)), role: agreement, note: words.indicators, protect: true }),
    tableSheet({ spec: PARTIES, rows: (model.tables.parties?.filledRows ?? []).map((row) => copyRow(PARTIES, row)), role: agreement, note: words.parties, protect: true }),
    // Empty on purpose: with the table present, a check of the return does not report it missing.
    tableSheet({ spec: QUOTA, rows: [], role: agreement, note: words.quota, protect: true }),
    tableSheet({ spec: SETTINGS, rows: settingsRows(model, party, options.issuedOn, deadline.date), role: agreement, note: words.settings, protect: true }),
  ];
  const warnings: ReturnWarning[] = [];
  if (deadline.date === null) warnings.push("no-deadline");
  else if (deadline.date < options.issuedOn) warnings.push("deadline-passed");
  if (replyTo === null) warnings.push("no-reply-address");
  if (!asksAnything(content)) warnings.push("nothing-asked");
  return {
    fileName: returnFileName(PartyDirectory.label(party)),
    party: { name: party.name, short: party.short, label: PartyDirectory.label(party) },
    issuedOn: options.issuedOn,
    deadline,
    lang,
    sheets,
    counts: { activitiesLead: lead, activitiesInvolved: content.activities.length - lead, measurements: content.measurements.length, todo: todo.length, indicators: content.indicators.length },
    warnings,
  };
}

/** The return workbook for one party, from the overview's model and its check report (for the to-do list). */
export function buildReturnPlan(model: WorkbookModel, report: CheckReport, options: ReturnOptions): ReturnPlanResult {
  const lookup = lookupParty(model.parties, options.party);
  if (!lookup.ok) return { ok: false, problem: { kind: lookup.reason, party: options.party, known: lookup.known } };
  return { ok: true, plan: plan(model, returnContent(model, report, lookup.party), options) };
}

export interface AllReturns {
  plans: ReturnPlan[];
  /** Parties of Partijen that are asked nothing (no activity, measurement or open item): no file for them. */
  skipped: string[];
  problems: ReturnProblem[];
}

/**
 * Returns for the parties named (`--partij`), or for every party of Partijen that is asked something.
 * File names are unique (a second `retour-x.xlsx` becomes `retour-x-2.xlsx`).
 */
export function planReturns(model: WorkbookModel, report: CheckReport, options: Omit<ReturnOptions, "party"> & { parties?: readonly string[] }): AllReturns {
  const result: AllReturns = { plans: [], skipped: [], problems: [] };
  const named = options.parties && options.parties.length > 0;
  const wanted = named ? [...options.parties!] : model.parties.parties.map((p) => p.name);
  const seen = new Set<number>();
  const files = new Set<string>();
  for (const name of wanted) {
    const lookup = lookupParty(model.parties, name);
    if (!lookup.ok) {
      result.problems.push({ kind: lookup.reason, party: name, known: lookup.known });
      continue;
    }
    if (seen.has(lookup.party.row)) continue;
    seen.add(lookup.party.row);
    const content = returnContent(model, report, lookup.party);
    if (!named && !asksAnything(content)) {
      result.skipped.push(PartyDirectory.label(lookup.party));
      continue;
    }
    const one = plan(model, content, { ...options, party: name });
    let fileName = one.fileName;
    for (let n = 2; files.has(fileName); n++) fileName = one.fileName.replace(/\.xlsx$/, `-${n}.xlsx`);
    files.add(fileName);
    result.plans.push({ ...one, fileName });
  }
  return result;
}
