import type { PartyMatch } from "../model/parties";
import type { WorkbookModel } from "../model/workbookModel";
import { splitPartyList } from "../model/partyList";
import { normalizeText } from "../parse/normalizeText";
import { suggest } from "../parse/suggest";
import { textDifference } from "../parse/textDifference";
import { differenceWords } from "./differenceWords";
import type { Localized, Rule, RuleContext } from "./types";
import { cellTarget } from "./target";

/** What a name already counts as: nothing to report, the same party spelled differently, or a suggestion. */
type Verdict = { kind: "exact" } | { kind: "resolved"; intended: string; difference: Localized } | { kind: "unknown"; suggestion: string | null };

/** The spelling of the matched party or group that the typed name differs from only in spacing, case or accents. */
function intendedSpelling(name: string, match: PartyMatch): string {
  const spellings = match.kind === "party" ? [match.party.name, match.party.short ?? ""] : [match.group];
  return spellings.find((s) => s !== "" && normalizeText(s) === normalizeText(name)) ?? spellings[0];
}

/** Trekker names one party or group, Betrokkenen a list of them. */
const PARTY_COLUMNS = new Set(["lead", "involved"]);

export const rule: Rule = {
  meta: {
    id: "unknown-party",
    name: { nl: "Partijnaam klopt niet", en: "Party name does not match" },
    category: "values",
    severity: "error",
    description: {
      nl: "Trekker of Betrokkenen noemt een partij of groep die niet in Partijen staat.",
      en: "Lead or Involved names a party or group that is not in Partijen.",
    },
    docs: {
      details: {
        nl: "Een trekker moet een partij uit `Partijen` zijn (naam of afkorting) of een groepsnaam: `Gemeente`, `Corporaties`, `Huurdersorganisaties`. Alleen dan komt een ontbrekend gegeven op de takenlijst van de juiste partij. Een schrijfwijze die alleen in spaties, hoofdletters of accenten afwijkt (`OFW `) telt al mee voor die partij; dat is een waarschuwing die het verschil noemt, zodat ook filters in Excel de naam goed zien.",
        en: "A lead must be a party from `Partijen` (name or short name) or a group name: `Gemeente`, `Corporaties`, `Huurdersorganisaties`. Only then does missing data land on the right party's to-do list. A spelling that differs only in spaces, case or accents (`OFW `) already counts for that party; it is a warning naming the difference, so that Excel's filters see the name right too.",
      },
      bad: {
        activities: [{ ID: "1.2b", Thema: "Wonen", Afspraak: "Woningtoewijzing", Trekker: "OFW ", Betrokkenen: "Gemeente; Woonstichting X", Planning: "2026", Status: "Niet gestart", "Laatst bijgewerkt": "2025-05-01" }],
      },
      good: {
        activities: [{ ID: "1.2b", Thema: "Wonen", Afspraak: "Woningtoewijzing", Trekker: "OFW", Betrokkenen: "Gemeente; HBV", Planning: "2026", Status: "Niet gestart", "Laatst bijgewerkt": "2025-05-01" }],
      },
    },
    messages: {
      unknown: {
        nl: "{{header}} '{{name}}' is niet gevonden in Partijen.",
        en: "{{header}} '{{name}}' was not found in Partijen.",
      },
      didYouMean: {
        nl: "{{header}} '{{name}}' is niet gevonden in Partijen — bedoelde u '{{suggestion}}'?",
        en: "{{header}} '{{name}}' was not found in Partijen — did you mean '{{suggestion}}'?",
      },
      spelledDifferently: {
        nl: "{{header}} '{{name}}' telt mee als '{{intended}}', maar {{difference}}; pas de cel aan zodat ook filters in Excel de naam goed zien.",
        en: "{{header}} '{{name}}' counts as '{{intended}}', but {{difference}}; correct the cell so that Excel's filters see the name right too.",
      },
    },
  },
  // Each distinct text of a column is judged once while it names only known parties (`byValue`).
  cells: { kinds: ["text", "number", "boolean", "error"], byValue: true, columns: (table, column) => table.spec.key === "activities" && PARTY_COLUMNS.has(column.key) },
  checkCell({ model, table, row, column, value }, context) {
    if (!model.tables.parties) return;
    const text = typeof value === "string" ? value : row.text(column.key);
    for (const { name, found } of namesIn(model, context, column.key, text)) {
      const header = table.header(column.key);
      const at = cellTarget(table, row, column.key);
      if (found.kind === "resolved") {
        context.report({ messageId: "spelledDifferently", data: { header, name, intended: found.intended, difference: found.difference }, at, severity: "warning" });
      } else if (found.suggestion) context.report({ messageId: "didYouMean", data: { header, name, suggestion: found.suggestion }, at });
      else context.report({ messageId: "unknown", data: { header, name }, at });
    }
  },
};

type Named = { name: string; found: Exclude<Verdict, { kind: "exact" }> };

interface Judged {
  /** What each typed name counts as. */
  verdicts: Map<string, Verdict>;
  /** Per column and cell text, the names in it that need a finding (usually none). */
  named: Map<string, Named[]>;
}

/**
 * Per pass (its context): the same few names fill thousands of rows, and a name the rule reports is asked again per
 * cell. Kept no longer than the pass, so a model kept for the summary does not keep it.
 */
const JUDGED = new WeakMap<RuleContext, Judged>();

function namesIn(model: WorkbookModel, context: RuleContext, key: string, text: string): Named[] {
  let judged = JUDGED.get(context);
  if (!judged) JUDGED.set(context, (judged = { verdicts: new Map(), named: new Map() }));
  const memoKey = `${key}\u0000${text}`;
  let named = judged.named.get(memoKey);
  if (!named) {
    const { verdicts } = judged;
    named = (key === "involved" ? splitPartyList(text) : [text]).flatMap((name): Named[] => {
      let found = verdicts.get(name);
      if (!found) verdicts.set(name, (found = verdictOf(model, name)));
      return found.kind === "exact" ? [] : [{ name, found }];
    });
    judged.named.set(memoKey, named);
  }
  return named;
}

function verdictOf(model: WorkbookModel, name: string): Verdict {
  const match = model.parties.resolve(name);
  if (match?.exact) return { kind: "exact" };
  if (match) {
    const intended = intendedSpelling(name, match);
    return { kind: "resolved", intended, difference: differenceWords(textDifference(name, intended) ?? []) };
  }
  return { kind: "unknown", suggestion: suggest(name, model.parties.labels()) };
}
