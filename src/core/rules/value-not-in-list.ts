import { normalizeText } from "../parse/normalizeText";
import { suggest } from "../parse/suggest";
import { textDifference } from "../parse/textDifference";
import { differenceWords } from "./differenceWords";
import type { Rule } from "./types";
import { cellTarget } from "./target";
import { cellValueWords } from "./valueWords";

/**
 * Columns whose list value the engine reads forgivingly (case, spacing, accents: `activityStatus`,
 * `directionOf`); a `Rol` is only trimmed (`PartyDirectory.withRole` compares exactly).
 */
const FORGIVING_COLUMNS = new Set(["status", "direction"]);

/** The list value the engine already counts this text as, or null when it does not. */
function countedAs(columnKey: string, text: string, list: readonly string[]): string | null {
  if (FORGIVING_COLUMNS.has(columnKey)) return list.find((v) => normalizeText(v) === normalizeText(text)) ?? null;
  return list.find((v) => v === text.trim()) ?? null;
}

export const rule: Rule = {
  meta: {
    id: "value-not-in-list",
    name: { nl: "Waarde niet in de lijst", en: "Value not in the list" },
    category: "values",
    severity: "error",
    description: {
      nl: "Een keuzeveld (Status, Richting, Rol) bevat een waarde die niet in de lijst staat.",
      en: "A list field (Status, Direction, Role) holds a value that is not in its list.",
    },
    docs: {
      details: {
        nl: "Tellingen per status, de voortgang per richting en de groepen per rol gaan uit van de lijstwaarden. Een waarde die alleen in spaties, hoofdletters of accenten afwijkt (`In Uitvoering`, `Gereed `) telt Beleidsmonitor al als de lijstwaarde; dat is een waarschuwing die het verschil noemt, zodat ook filters en formules in Excel de waarde goed zien. Een rol telt alleen zonder spaties eromheen mee: een andere schrijfwijze daar blijft een fout. Een waarde die er verder naast zit is een fout, met de bedoelde waarde als voorstel.",
        en: "Counts by status, progress by direction and groups by role rely on the list values. A value that differs only in spaces, case or accents (`In Uitvoering`, `Gereed `) already counts as the list value; it is a warning naming the difference, so that Excel's filters and formulas see it right too. A role only counts without surrounding spaces: another spelling there stays an error. A value further off is an error, with the intended value suggested.",
      },
      bad: {
        activities: [{ ID: "1.1a", Thema: "Wonen", Afspraak: "Nieuwbouw", Trekker: "OFW", Planning: "2026", Status: "In Uitvoering", "Laatst bijgewerkt": "2025-05-01" }],
      },
      good: {
        activities: [{ ID: "1.1a", Thema: "Wonen", Afspraak: "Nieuwbouw", Trekker: "OFW", Planning: "2026", Status: "In uitvoering", "Laatst bijgewerkt": "2025-05-01" }],
      },
    },
    messages: {
      notInList: {
        nl: "{{header}} '{{value}}' staat niet in de lijst ({{list}}).",
        en: "{{header}} '{{value}}' is not in the list ({{list}}).",
      },
      didYouMean: {
        nl: "{{header}} '{{value}}' staat niet in de lijst — bedoelde u '{{suggestion}}'?",
        en: "{{header}} '{{value}}' is not in the list — did you mean '{{suggestion}}'?",
      },
      spelledDifferently: {
        nl: "{{header}} '{{value}}' telt mee als '{{intended}}', maar {{difference}}; pas de cel aan zodat ook filters en formules in Excel de waarde goed zien.",
        en: "{{header}} '{{value}}' counts as '{{intended}}', but {{difference}}; correct the cell so that Excel's filters and formulas see the value right too.",
      },
    },
  },
  // Each distinct value of a list column is judged once while it is in the list (`byValue`).
  cells: { kinds: ["text", "number"], byValue: true, columns: (_table, column) => column.type === "list" && column.list !== undefined },
  checkCell({ table, row, column, value }, context) {
    const list = column.list!;
    const text = String(value);
    if (allowedIn(list).has(text) || text.trim() === "") return;
    const header = table.header(column.key);
    const shown = typeof value === "number" ? cellValueWords(row, column.key) : text;
    const at = cellTarget(table, row, column.key);
    const intended = countedAs(column.key, text, list);
    if (intended !== null) {
      const difference = differenceWords(textDifference(text, intended) ?? []);
      context.report({ messageId: "spelledDifferently", data: { header, value: shown, intended, difference }, at, severity: "warning" });
      return;
    }
    const suggestion = suggest(text, list);
    if (suggestion) context.report({ messageId: "didYouMean", data: { header, value: shown, suggestion }, at });
    else context.report({ messageId: "notInList", data: { header, value: shown, list: list.join(", ") }, at });
  },
};

const ALLOWED = new WeakMap<readonly string[], Set<string>>();

function allowedIn(list: readonly string[]): Set<string> {
  let allowed = ALLOWED.get(list);
  if (!allowed) ALLOWED.set(list, (allowed = new Set(list)));
  return allowed;
}
