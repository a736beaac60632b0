import { formatDate } from "../../../core/format/formatDate";
import type { ConflictReason, JsonValue } from "../../../core/merge/types";
import type { Lang } from "../../../core/rules/types";
import type { StringKey, Translate } from "../../i18n/strings";

/** A value of a decision as a civil servant reads it: `15 juni 2025`, `7,9`, `(leeg)`. */
export function shownValue(value: JsonValue, lang: Lang, t: Translate): string {
  if (value === null || value === "") return t("bundleEmpty");
  if (typeof value === "number") return new Intl.NumberFormat(lang === "nl" ? "nl-NL" : "en-GB", { maximumFractionDigits: 10 }).format(value);
  if (typeof value === "boolean") return lang === "nl" ? (value ? "WAAR" : "ONWAAR") : value ? "TRUE" : "FALSE";
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value, lang) : value;
}

export const REASON_KEYS: Record<ConflictReason, StringKey> = {
  "agreement-column": "bundleReasonAgreement",
  "not-trekker": "bundleReasonNotLead",
  "returns-disagree": "bundleReasonDisagree",
  "formula-cell": "bundleReasonFormula",
};
