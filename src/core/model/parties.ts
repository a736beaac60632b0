import { normalizeText } from "../parse/normalizeText";
import { PARTY_GROUPS } from "../schema/lists";
import type { ParsedTable } from "./parsedTable";

export interface Party {
  name: string;
  short: string | null;
  role: string | null;
  /** Excel row in Partijen. */
  row: number;
}

export type PartyMatch =
  | { kind: "party"; party: Party; exact: boolean }
  | { kind: "group"; group: string; members: Party[]; exact: boolean };

/** The parties of `Partijen`, found by name, short name or group name. */
export class PartyDirectory {
  private readonly exact = new Map<string, Party>();
  private readonly loose = new Map<string, Party>();

  constructor(readonly parties: readonly Party[]) {
    for (const party of parties) {
      for (const label of [party.name, party.short]) {
        if (!label) continue;
        if (!this.exact.has(label)) this.exact.set(label, party);
        const key = normalizeText(label);
        if (!this.loose.has(key)) this.loose.set(key, party);
      }
    }
  }

  static fromTable(table: ParsedTable | undefined): PartyDirectory {
    const parties: Party[] = [];
    for (const row of table?.filledRows ?? []) {
      const name = row.text("name");
      if (name === "") continue;
      parties.push({ name, short: row.text("short") || null, role: row.text("role") || null, row: row.row });
    }
    return new PartyDirectory(parties);
  }

  /**
   * Finds a party or group. `exact` is false when only case, spacing or accents differ:
   * the data still counts for that party, and a rule points out the spelling.
   */
  resolve(text: string): PartyMatch | null {
    const party = this.exact.get(text);
    if (party) return { kind: "party", party, exact: true };
    for (const [group, role] of Object.entries(PARTY_GROUPS)) {
      if (group === text) return { kind: "group", group, members: this.withRole(role), exact: true };
    }
    const key = normalizeText(text);
    const loose = this.loose.get(key);
    if (loose) return { kind: "party", party: loose, exact: false };
    for (const [group, role] of Object.entries(PARTY_GROUPS)) {
      if (normalizeText(group) === key) return { kind: "group", group, members: this.withRole(role), exact: false };
    }
    return null;
  }

  /** Every name a user may write: names, short names and group names. */
  labels(): string[] {
    return [...this.exact.keys(), ...Object.keys(PARTY_GROUPS)];
  }

  withRole(role: string): Party[] {
    return this.parties.filter((p) => p.role === role);
  }

  /** The display name of a party: its short name when it has one. */
  static label(party: Party): string {
    return party.short ?? party.name;
  }
}
