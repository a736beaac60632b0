import type { CheckReport } from "../engine/checkWorkbook";
import { formatDate } from "../format/formatDate";
import { PartyDirectory } from "../model/parties";
import type { WorkbookModel } from "../model/workbookModel";
import { assembleSheet, printSettings } from "./buildSummary";
import type { Part } from "./sheetBuilder";
import { summaryContext, type SummaryContext, type SummaryOptions } from "./summaryContext";
import type { SummarySheet } from "./summarySheet";
import { returnDeadline } from "../returns/deadline";
import type { TodoItem } from "../todo/partyTodo";
import { shortAgreement } from "./summaryFormat";

/** Number, what to deliver, the agreement, cell, a column to answer in: about 130 characters, so A4 landscape prints near full size. */
export const REQUEST_COLUMNS = [5, 42, 38, 15, 32];

/** Contact person and e-mail of a party as written in Partijen, when the to-do list names a known party. */
function contactOf(ctx: SummaryContext, party: string): string[] {
  const known = ctx.model.parties.parties.find((p) => PartyDirectory.label(p) === party || p.name === party);
  const row = known && ctx.model.tables.parties?.filledRows.find((r) => r.row === known.row);
  if (!row) return [];
  return [known.name !== party ? known.name : "", row.text("contact"), row.text("email")].filter(Boolean);
}

/** The agreement an activity's item is about, shortened to its own title; empty for other tables. */
function agreementOf(ctx: SummaryContext, item: TodoItem): string {
  const table = ctx.model.tables.activities;
  if (!table || item.sheet !== table.sheet || item.row === null) return "";
  const row = table.rows[item.row - table.located.headerRow - 1];
  return row ? shortAgreement(row.text("agreement")) : "";
}

/** When the answers are wanted: two weeks before the meeting, or as soon as possible when that has passed. */
function deadlineLine(ctx: SummaryContext, meetingDate: string): string {
  const w = ctx.words.request;
  const deadline = returnDeadline(undefined, meetingDate).date;
  if (deadline && deadline > ctx.report.referenceDate) return w.deadline(formatDate(deadline, ctx.lang));
  return w.deadlineSoon(formatDate(meetingDate, ctx.lang));
}

/**
 * The request per party (`Uitvraag <yyyy-mm-dd>`): a section per party with exactly what it still has
 * to deliver, each on its own printed page, ready to send before the December or March data request.
 */
export function buildRequestSheet(report: CheckReport, model: WorkbookModel, options: SummaryOptions): SummarySheet {
  const ctx = summaryContext(report, model, options, REQUEST_COLUMNS);
  const { sheet, words, lang } = ctx;
  const w = words.request;
  // One section per party; the first also holds the title and introduction, so it starts at row 1.
  sheet.startSection("party-1", report.todo[0]?.party ?? w.title);
  sheet.banner(w.title, "title", { height: 28 });
  sheet.banner(w.subtitle(formatDate(options.meetingDate, lang), formatDate(report.referenceDate, lang)), "subtitle", { height: 18 });
  sheet.skip();
  sheet.banner(report.todo.length === 0 ? w.none : w.intro, report.todo.length === 0 ? "okBanner" : "note", { wrap: true });
  report.todo.forEach((todo, index) => {
    if (index > 0) sheet.startSection(`party-${index + 1}`, todo.party);
    sheet.skip();
    // Each party's page speaks to that party: its own name, who asks, by when.
    sheet.banner(w.party(todo.party, todo.items.length), "sectionHeading", { height: 22 });
    sheet.banner(w.from(words.place(report.municipality)), "subtitle");
    sheet.banner(deadlineLine(ctx, options.meetingDate), "subtitle", { wrap: true });
    const contact = contactOf(ctx, todo.party);
    if (contact.length > 0) sheet.banner(w.contact(contact), "subtitle");
    sheet.line(w.columns.map((value): Part => ({ value, kind: "heading", style: "tableHeader" })));
    todo.items.forEach((item, i) => {
      const where = item.cell ? `${item.sheet} ${item.cell}` : item.sheet;
      sheet.line([{ value: i + 1, align: "left" }, { value: item.what, wrap: true }, { value: agreementOf(ctx, item), wrap: true }, { value: where, wrap: true }, { value: "", style: "cell" }]);
    });
  });
  const print = printSettings(ctx, { first: 1, last: 2 });
  return assembleSheet(`Uitvraag ${options.meetingDate}`, sheet, print);
}
