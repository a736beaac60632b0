import type { ParsedRow } from "../model/parsedTable";
import { PartyDirectory, type Party } from "../model/parties";
import { splitPartyList } from "../model/partyList";
import type { WorkbookModel } from "../model/workbookModel";

/** The parties a name stands for: one party, or every member of a group (`Corporaties`). */
export function partiesNamed(parties: PartyDirectory, text: string): Party[] {
  const match = text.trim() === "" ? null : parties.resolve(text.trim());
  if (!match) return [];
  return match.kind === "party" ? [match.party] : match.members;
}

export function sameParty(a: Party, b: Party): boolean {
  return a.row === b.row;
}

export function includesParty(list: readonly Party[], party: Party): boolean {
  return list.some((p) => sameParty(p, party));
}

/** Trekker and Betrokkenen texts repeat over thousands of rows: each is read once per directory. */
const memos = new WeakMap<PartyDirectory, Map<string, Party[]>>();

function memoized(parties: PartyDirectory, kind: "lead" | "involved", text: string, read: () => Party[]): Party[] {
  let memo = memos.get(parties);
  if (!memo) memos.set(parties, (memo = new Map()));
  const key = `${kind}\u0000${text}`;
  let hit = memo.get(key);
  if (!hit) memo.set(key, (hit = read()));
  return hit;
}

/** The trekker(s) of an activity row. */
export function leadParties(model: WorkbookModel, row: ParsedRow): Party[] {
  const text = row.text("lead");
  return memoized(model.parties, "lead", text, () => partiesNamed(model.parties, text));
}

/** The betrokkenen of an activity row, groups expanded. */
export function involvedParties(model: WorkbookModel, row: ParsedRow): Party[] {
  const text = row.text("involved");
  return memoized(model.parties, "involved", text, () => {
    const out: Party[] = [];
    for (const name of splitPartyList(text)) {
      for (const party of partiesNamed(model.parties, name)) if (!includesParty(out, party)) out.push(party);
    }
    return out;
  });
}

export function municipalityParty(model: WorkbookModel): Party | undefined {
  return model.parties.withRole("Gemeente")[0];
}

/**
 * Who delivers an indicator's measurements: the parties its `Bron` names (`OFW`, `Gemeente (cliëntvolgsysteem);
 * www…`), else the municipality, which gathers public figures (CBS, GGD, Nibud) itself.
 */
export function sourceParties(model: WorkbookModel, indicator: ParsedRow | undefined): Party[] {
  if (!indicator) return [];
  const source = indicator.text("source");
  const whole = partiesNamed(model.parties, source);
  if (whole.length > 0) return whole;
  const out: Party[] = [];
  for (const part of source.split(/[;,]/)) {
    const name = part.replace(/\([^)]*\)/g, "").trim();
    for (const party of partiesNamed(model.parties, name)) if (!includesParty(out, party)) out.push(party);
  }
  if (out.length > 0) return out;
  const municipality = municipalityParty(model);
  return municipality ? [municipality] : [];
}

/** The indicator rows of Indicatoren by ID (trimmed, case ignored; the first of a duplicate counts). */
export function indicatorsById(model: WorkbookModel): Map<string, ParsedRow> {
  const byId = new Map<string, ParsedRow>();
  for (const row of model.tables.indicators?.filledRows ?? []) {
    const id = row.text("id").toLowerCase();
    if (id !== "" && !byId.has(id)) byId.set(id, row);
  }
  return byId;
}

export type PartyLookup = { ok: true; party: Party } | { ok: false; reason: "unknown-party" | "group-party"; known: string[] };

/** A party named by a return or by the caller: one party of Partijen (a group only when it has one member). */
export function lookupParty(parties: PartyDirectory, text: string): PartyLookup {
  const match = text.trim() === "" ? null : parties.resolve(text.trim());
  const known = parties.parties.map((p) => PartyDirectory.label(p));
  if (!match) return { ok: false, reason: "unknown-party", known };
  if (match.kind === "party") return { ok: true, party: match.party };
  if (match.members.length === 1) return { ok: true, party: match.members[0] };
  return { ok: false, reason: match.members.length === 0 ? "unknown-party" : "group-party", known };
}
