import { normalizeText } from "../parse/normalizeText";
import { STATUSES, type Status } from "../schema/lists";
import type { StateValue } from "../state/types";
import type { StatusChange } from "./types";

const BY_KEY = new Map<string, Status>(STATUSES.map((s) => [normalizeText(s), s]));

/** The list status a recorded value means; null for an empty or unknown one. */
export function listStatus(value: StateValue): Status | null {
  return typeof value === "string" ? (BY_KEY.get(normalizeText(value)) ?? null) : null;
}

/**
 * What a Status change means to the meeting: finished, delayed and cancelled named as such.
 *
 * @example
 * statusChange("In uitvoering", "Gereed") //=> "afgerond"
 * @example
 * statusChange("Vertraagd", "In uitvoering") //=> "hervat"
 * @example
 * statusChange("Gereed", "In uitvoering") //=> "heropend"
 */
export function statusChange(from: StateValue, to: StateValue): StatusChange {
  const before = listStatus(from);
  const after = listStatus(to);
  if (after === "Gereed") return "afgerond";
  if (after === "Vertraagd") return "vertraagd";
  if (after === "Vervallen") return "vervallen";
  if (after === "In uitvoering" && (before === null || before === "Niet gestart")) return "gestart";
  if (after === "In uitvoering" && before === "Vertraagd") return "hervat";
  if ((after === "In uitvoering" || after === "Niet gestart") && (before === "Gereed" || before === "Vervallen")) return "heropend";
  return "gewijzigd";
}
