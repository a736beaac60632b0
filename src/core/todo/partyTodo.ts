import type { WorkbookModel } from "../model/workbookModel";
import { PartyDirectory } from "../model/parties";
import type { Finding, Lang } from "../rules/types";

export interface TodoItem {
  sheet: string;
  row: number | null;
  cell: string | null;
  rule: string;
  what: string;
}

export interface PartyTodo {
  party: string;
  items: TodoItem[];
}

/** Findings that mean "this party still has to deliver something". */
const TODO_RULES = new Set([
  "required-value-missing", "placeholder-value", "stale-row", "activity-overdue", "period-unreadable", "indicator-without-measurement", "plan-realisation-missing",
]);

const WORDS = {
  nl: {
    fill: (column: string) => `${column} invullen`,
    replace: (column: string, value: string) => `${column} invullen (nu '${value}')`,
    update: "rij bijwerken (te lang niet bijgewerkt)",
    status: "status bijwerken (planning verstreken)",
    period: "bij Planning zetten wanneer (of de Deadline invullen)",
    measurement: "meting aanleveren",
    realised: (month: string) => (month ? `Gerealiseerd invullen voor ${month} (COA-cijfer)` : "kolom Gerealiseerd toevoegen en de COA-cijfers per maand invullen"),
    noLead: "Zonder (bekende) trekker",
    municipality: "Gemeente",
  },
  en: {
    fill: (column: string) => `fill in ${column}`,
    replace: (column: string, value: string) => `fill in ${column} (now '${value}')`,
    update: "update the row (not updated for too long)",
    status: "update the status (planning has passed)",
    period: "add when to Planning (or fill in Deadline)",
    measurement: "deliver a measurement",
    realised: (month: string) => (month ? `fill in Gerealiseerd for ${month} (COA figure)` : "add the Gerealiseerd column and fill in the COA figures per month"),
    noLead: "Without a (known) lead",
    municipality: "Municipality",
  },
};

function describe(finding: Finding, subject: string, lang: Lang, month: string): string {
  const words = WORDS[lang];
  const column = finding.column ?? "";
  const action = (() => {
    switch (finding.rule) {
      case "placeholder-value":
        return words.replace(column, String(finding.value ?? "").trim());
      case "stale-row":
        return words.update;
      case "activity-overdue":
        return words.status;
      case "period-unreadable":
        return words.period;
      case "indicator-without-measurement":
        return words.measurement;
      case "plan-realisation-missing":
        return words.realised(month);
      default:
        return words.fill(column);
    }
  })();
  return subject ? `${subject}: ${action}` : action;
}

/**
 * Missing data as a to-do list per party: activity rows go to their Trekker (groups expanded to
 * every member), all other tables to the municipality, which keeps them.
 */
export function partyTodos(model: WorkbookModel, findings: readonly Finding[], lang: Lang): PartyTodo[] {
  const lists = new Map<string, TodoItem[]>();
  const add = (party: string, item: TodoItem) => {
    const list = lists.get(party);
    if (list) list.push(item);
    else lists.set(party, [item]);
  };
  const municipality = model.parties.withRole("Gemeente")[0];
  const municipalityName = municipality ? PartyDirectory.label(municipality) : WORDS[lang].municipality;

  const tablesBySheet = new Map(Object.values(model.tables).map((t) => [t.sheet, t]));
  for (const finding of findings) {
    if (!TODO_RULES.has(finding.rule)) continue;
    const table = tablesBySheet.get(finding.sheet);
    const row = table && finding.row !== null ? table.rows[finding.row - table.located.headerRow - 1] : undefined;
    // A month's realisation is about the month, not about the action on its first row.
    const perMonth = finding.rule === "plan-realisation-missing";
    const subject = perMonth ? finding.sheet : table && row ? `${table.spec.rowLabel[lang === "nl" ? "nl" : "en"]} ${row.text(table.spec.rowLabel.key)}`.trim() : "";
    const month = perMonth && row ? row.text("month") : "";
    const item: TodoItem = { sheet: finding.sheet, row: finding.row, cell: finding.cell, rule: finding.rule, what: describe(finding, subject, lang, month) };
    if (table?.spec.key !== "activities" || !row) {
      add(municipalityName, item);
      continue;
    }
    const match = model.parties.resolve(row.text("lead"));
    if (!match) add(WORDS[lang].noLead, item);
    else if (match.kind === "party") add(PartyDirectory.label(match.party), item);
    else if (match.members.length === 0) add(match.group, item);
    else for (const member of match.members) add(PartyDirectory.label(member), item);
  }
  return [...lists]
    .map(([party, items]) => ({ party, items }))
    .sort((a, b) => b.items.length - a.items.length || a.party.localeCompare(b.party));
}

/** A party's list as plain text for an e-mail. */
export function todoAsText(todo: PartyTodo, lang: Lang): string {
  const intro = lang === "nl" ? `Nog aan te leveren door ${todo.party}:` : `Still to deliver by ${todo.party}:`;
  return [intro, ...todo.items.map((i) => `- ${i.what} (${i.sheet}${i.cell ? ` ${i.cell}` : ""})`)].join("\n");
}
