import { isBlank } from "../cell";
import { splitPartyList } from "../model/partyList";
import { suggest } from "../parse/suggest";
import type { Rule } from "./types";
import { cellTarget } from "./target";

interface Unknown {
  name: string;
  suggestion: string | null;
}

const PARTY_COLUMNS = [
  { key: "lead", list: false },
  { key: "involved", list: true },
] as const;

export const rule: Rule = {
  meta: {
    id: "unknown-party",
    category: "values",
    severity: "error",
    description: {
      nl: "Trekker of Betrokkenen noemt een partij of groep die niet in Partijen staat.",
      en: "Lead or Involved names a party or group that is not in Partijen.",
    },
    docs: {
      details: {
        nl: "Een trekker moet een partij uit `Partijen` zijn (naam of afkorting) of een groepsnaam: `Gemeente`, `Corporaties`, `Huurdersorganisaties`. Alleen dan komt een ontbrekend gegeven op de takenlijst van de juiste partij. Een schrijfwijze die alleen in hoofdletters of spaties afwijkt (`OFW `) wordt ook gemeld, met de bedoelde naam.",
        en: "A lead must be a party from `Partijen` (name or short name) or a group name: `Gemeente`, `Corporaties`, `Huurdersorganisaties`. Only then does missing data land on the right party's to-do list. Spellings that differ only in case or spaces (`OFW `) are reported too, with the intended name.",
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
    },
  },
  check(model, context) {
    const table = model.tables.activities;
    if (!table || !model.tables.parties) return;
    const labels = model.parties.labels();
    // The same few cells fill thousands of rows: resolve and suggest each distinct name once, and
    // remember per distinct cell text which of its names are unknown (usually none).
    const verdict = (name: string): Unknown | undefined => {
      const match = model.parties.resolve(name);
      if (match?.exact) return undefined;
      return { name, suggestion: match ? (match.kind === "party" ? (match.party.short ?? match.party.name) : match.group) : suggest(name, labels) };
    };
    const columns = PARTY_COLUMNS.filter((column) => table.has(column.key)).map((column) => ({ ...column, unknownIn: new Map<string, Unknown[]>() }));
    for (const row of table.filledRows) {
      for (const column of columns) {
        const raw = row.get(column.key);
        if (isBlank(raw)) continue;
        const text = typeof raw === "string" ? raw : row.text(column.key);
        let unknown = column.unknownIn.get(text);
        if (!unknown) {
          unknown = (column.list ? splitPartyList(text) : [text]).flatMap((name) => verdict(name) ?? []);
          column.unknownIn.set(text, unknown);
        }
        for (const { name, suggestion } of unknown) {
          const header = table.header(column.key);
          const at = cellTarget(table, row, column.key);
          if (suggestion) context.report({ messageId: "didYouMean", data: { header, name, suggestion }, at });
          else context.report({ messageId: "unknown", data: { header, name }, at });
        }
      }
    }
  },
};
