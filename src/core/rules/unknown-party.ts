import { isBlank } from "../cell";
import type { PartyMatch } from "../model/parties";
import { splitPartyList } from "../model/partyList";
import { normalizeText } from "../parse/normalizeText";
import { suggest } from "../parse/suggest";
import { textDifference } from "../parse/textDifference";
import { differenceWords } from "./differenceWords";
import type { Localized, Rule } from "./types";
import { cellTarget } from "./target";

/** What a name already counts as: nothing to report, the same party spelled differently, or a suggestion. */
type Verdict = { kind: "exact" } | { kind: "resolved"; intended: string; difference: Localized } | { kind: "unknown"; suggestion: string | null };

/** The spelling of the matched party or group that the typed name differs from only in spacing, case or accents. */
function intendedSpelling(name: string, match: PartyMatch): string {
  const spellings = match.kind === "party" ? [match.party.name, match.party.short ?? ""] : [match.group];
  return spellings.find((s) => s !== "" && normalizeText(s) === normalizeText(name)) ?? spellings[0];
}

const PARTY_COLUMNS = [
  { key: "lead", list: false },
  { key: "involved", list: true },
] as const;

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
  check(model, context) {
    const table = model.tables.activities;
    if (!table || !model.tables.parties) return;
    const labels = model.parties.labels();
    // The same few names fill thousands of rows: resolve and suggest each distinct name once, and remember per
    // distinct cell text which of its names need a finding (usually none).
    const verdicts = new Map<string, Verdict>();
    const verdict = (name: string): Verdict => {
      let found = verdicts.get(name);
      if (!found) {
        const match = model.parties.resolve(name);
        if (match?.exact) found = { kind: "exact" };
        else if (match) {
          const intended = intendedSpelling(name, match);
          found = { kind: "resolved", intended, difference: differenceWords(textDifference(name, intended) ?? []) };
        } else found = { kind: "unknown", suggestion: suggest(name, labels) };
        verdicts.set(name, found);
      }
      return found;
    };
    type Named = { name: string; found: Exclude<Verdict, { kind: "exact" }> };
    const columns = PARTY_COLUMNS.filter((column) => table.has(column.key)).map((column) => ({ ...column, offset: table.offsetOf(column.key)!, namedIn: new Map<string, Named[]>() }));
    // Indexed loops, and no iterator over the usual empty list: this runs for every row, often before it is optimised.
    const rows = table.filledRows;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      for (let c = 0; c < columns.length; c++) {
        const column = columns[c];
        const raw = row.cells[column.offset];
        if (isBlank(raw)) continue;
        const text = typeof raw === "string" ? raw : row.text(column.key);
        let named = column.namedIn.get(text);
        if (!named) {
          named = (column.list ? splitPartyList(text) : [text]).flatMap((name): Named[] => {
            const found = verdict(name);
            return found.kind === "exact" ? [] : [{ name, found }];
          });
          column.namedIn.set(text, named);
        }
        if (named.length === 0) continue;
        for (const { name, found } of named) {
          const header = table.header(column.key);
          const at = cellTarget(table, row, column.key);
          if (found.kind === "resolved") {
            context.report({ messageId: "spelledDifferently", data: { header, name, intended: found.intended, difference: found.difference }, at, severity: "warning" });
          } else if (found.suggestion) context.report({ messageId: "didYouMean", data: { header, name, suggestion: found.suggestion }, at });
          else context.report({ messageId: "unknown", data: { header, name }, at });
        }
      }
    }
  },
};
