import type { PartyTodo } from "../todo/partyTodo";
import type { Part } from "./sheetBuilder";
import type { SummaryContext } from "./summaryContext";
import { FORMATS } from "./summaryFormat";

/** The to-do rules grouped as the columns of the missing-data table. */
const KINDS: readonly (readonly string[])[] = [
  ["required-value-missing", "placeholder-value", "plan-realisation-missing"],
  ["stale-row"],
  ["activity-overdue"],
  ["period-unreadable"],
  ["indicator-without-measurement"],
];

export function todoCounts(todo: PartyTodo): number[] {
  return KINDS.map((rules) => todo.items.filter((item) => rules.includes(item.rule)).length);
}

const count = (value: number, style: "cell" | "total" = "cell"): Part => ({ value, style, numberFormat: FORMATS.countOrDash });

export function missingDataSection(ctx: SummaryContext): void {
  const { sheet, words, report } = ctx;
  const w = words.missing;
  const width = sheet.columnWidths.length;
  const title = ctx.numbered(w.section);
  sheet.startSection("missing", title);
  sheet.banner(title, "sectionHeading", { height: 22 });
  sheet.skip();
  if (report.todo.length === 0) {
    sheet.line([{ value: w.none, style: "okBanner", span: width }]);
    return;
  }
  sheet.line([{ value: w.intro, style: "note", span: width, wrap: true }]);
  const [party, ...rest] = w.columns;
  sheet.line([{ value: party, kind: "heading", style: "tableHeader", span: 2 }, ...rest.map((value): Part => ({ value, kind: "heading", style: "tableHeader", wrap: true }))]);
  const totals = new Array(KINDS.length).fill(0) as number[];
  for (const todo of report.todo) {
    const counts = todoCounts(todo);
    counts.forEach((n, i) => (totals[i] += n));
    sheet.line([{ value: todo.party, span: 2, wrap: true }, count(todo.items.length), ...counts.map((n) => count(n))]);
  }
  const all = report.todo.reduce((sum, t) => sum + t.items.length, 0);
  sheet.line([{ value: words.total, style: "total", span: 2 }, count(all, "total"), ...totals.map((n) => count(n, "total"))]);
}
