import type { CheckReport } from "../engine/checkWorkbook";
import { formatDate } from "../format/formatDate";
import { PartyDirectory } from "../model/parties";
import type { WorkbookModel } from "../model/workbookModel";
import { assembleSheet, printSettings } from "./buildSummary";
import type { Part } from "./sheetBuilder";
import { summaryContext, type SummaryContext, type SummaryOptions } from "./summaryContext";
import type { SummarySheet } from "./summarySheet";

/** Number, what to deliver, sheet, cell: about 130 characters, so A4 landscape prints near full size. */
export const REQUEST_COLUMNS = [7, 92, 18, 10];

/** Contact person and e-mail of a party as written in Partijen, when the to-do list names a known party. */
function contactOf(ctx: SummaryContext, party: string): string[] {
  const known = ctx.model.parties.parties.find((p) => PartyDirectory.label(p) === party || p.name === party);
  const row = known && ctx.model.tables.parties?.filledRows.find((r) => r.row === known.row);
  if (!row) return [];
  return [known.name !== party ? known.name : "", row.text("contact"), row.text("email")].filter(Boolean);
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
  sheet.startSection("party-1", report.todo[0]?.party ?? w.title(words.place(report.municipality)));
  sheet.banner(w.title(words.place(report.municipality)), "title", { height: 28 });
  sheet.banner(w.subtitle(formatDate(options.meetingDate, lang), formatDate(report.referenceDate, lang)), "subtitle", { height: 18 });
  sheet.skip();
  sheet.banner(report.todo.length === 0 ? w.none : w.intro, report.todo.length === 0 ? "okBanner" : "note", { wrap: true });
  report.todo.forEach((todo, index) => {
    if (index > 0) sheet.startSection(`party-${index + 1}`, todo.party);
    sheet.skip();
    sheet.banner(w.party(todo.party, todo.items.length), "sectionHeading", { height: 22 });
    const contact = contactOf(ctx, todo.party);
    if (contact.length > 0) sheet.banner(w.contact(contact), "subtitle");
    sheet.line(w.columns.map((value): Part => ({ value, kind: "heading", style: "tableHeader" })));
    todo.items.forEach((item, i) => {
      sheet.line([{ value: i + 1, align: "left" }, { value: item.what, wrap: true }, { value: item.sheet }, { value: item.cell ?? "" }]);
    });
  });
  const print = printSettings(ctx, { first: 1, last: 2 });
  return assembleSheet(`Uitvraag ${options.meetingDate}`, sheet, print);
}
