import { parseDutchDate } from "../parse/parseDutchDate";
import type { IsoDate } from "../parse/isoDate";
import { normalizeText } from "../parse/normalizeText";
import type { ParsedTable } from "../model/parsedTable";

/** The rows of a return's `Instellingen` that say whose return it is and of which uitvraag. */
export const RETURN_SETTINGS = {
  party: "Partij",
  issuedOn: "Uitvraag",
  deadline: "Retour uiterlijk",
} as const;

/** Sheets the uitvraag writes for reading only: their text is ours, not the party's. */
export const RETURN_INFO_SHEETS = { nl: { cover: "Uitvraag", todo: "Te doen" }, en: { cover: "Request", todo: "To do" } } as const;

export function isReturnInfoSheet(name: string): boolean {
  const key = normalizeText(name);
  return Object.values(RETURN_INFO_SHEETS).some((names) => Object.values(names).some((n) => normalizeText(n) === key));
}

export interface ReturnIdentity {
  /** `Partij` as written, or null. */
  party: string | null;
  /** `Uitvraag`: the date of the uitvraag the file answers, or null when absent or unreadable. */
  issuedOn: IsoDate | null;
}

/** Reads `Partij` and `Uitvraag` from a workbook's Instellingen table. */
export function readReturnIdentity(settings: ParsedTable | undefined): ReturnIdentity {
  const identity: ReturnIdentity = { party: null, issuedOn: null };
  for (const row of settings?.filledRows ?? []) {
    const name = normalizeText(row.text("name"));
    if (name === normalizeText(RETURN_SETTINGS.party) && identity.party === null) {
      identity.party = row.text("value") || null;
    } else if (name === normalizeText(RETURN_SETTINGS.issuedOn) && identity.issuedOn === null) {
      const date = parseDutchDate(row.get("value") ?? null);
      if (date.ok) identity.issuedOn = date.value;
    }
  }
  return identity;
}
