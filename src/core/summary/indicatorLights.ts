import type { IndicatorStatus, UnknownReason } from "../indicators/progress";
import type { Lang } from "../rules/types";
import type { TrafficLight } from "./summarySheet";

/** Colour and word of each status: the same pair everywhere, so a colour never needs a legend. */
export const STATUS_LIGHTS: Record<IndicatorStatus, { light: TrafficLight; nl: string; en: string; rank: number }> = {
  "niet-behaald": { light: "red", nl: "niet behaald", en: "not achieved", rank: 0 },
  achter: { light: "orange", nl: "achter", en: "behind", rank: 1 },
  onbekend: { light: "grey", nl: "onbekend", en: "unknown", rank: 2 },
  "op-koers": { light: "green", nl: "op koers", en: "on track", rank: 3 },
  behaald: { light: "green", nl: "behaald", en: "achieved", rank: 4 },
};

/** Worst first: niet behaald, achter, onbekend, op koers, behaald. */
export const STATUS_ORDER = (Object.keys(STATUS_LIGHTS) as IndicatorStatus[]).sort((a, b) => STATUS_LIGHTS[a].rank - STATUS_LIGHTS[b].rank);

export function statusWord(status: IndicatorStatus, lang: Lang): string {
  return STATUS_LIGHTS[status][lang];
}

export const UNKNOWN_REASONS: Record<UnknownReason, { nl: string; en: string }> = {
  "geen-richting": { nl: "Richting ontbreekt", en: "Direction missing" },
  "geen-nulmeting": { nl: "Nulmeting ontbreekt", en: "Baseline missing" },
  "geen-nulmetingjaar": { nl: "Jaar van de nulmeting ontbreekt", en: "Baseline year missing" },
  "geen-streefwaarde": { nl: "Streefwaarde ontbreekt", en: "Target missing" },
  "geen-streefjaar": { nl: "Streefjaar ontbreekt", en: "Target year missing" },
  "geen-meting": { nl: "Nog geen meting", en: "No measurement yet" },
  "richting-tegenstrijdig": { nl: "Richting past niet bij nulmeting en streefwaarde", en: "Direction contradicts baseline and target" },
  "streefwaarde-gelijk-aan-nulmeting": { nl: "Streefwaarde gelijk aan nulmeting", en: "Target equals baseline" },
};
