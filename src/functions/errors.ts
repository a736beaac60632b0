/**
 * The errors the custom functions throw, with Dutch messages. Excel shows a message only with #VALUE!
 * and #N/A, so those are the only two codes used: #VALUE! for input that cannot be read, #N/A for input
 * that is missing or a result that does not exist.
 */
import type { UnknownReason } from "../core/indicators/progress";
import type { Direction } from "../core/schema/lists";

/** #VALUE! with a message. */
export function invalidValue(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

/** #N/A with a message. */
export function notAvailable(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, message);
}

/** `label` was left empty: "nulmeting ontbreekt". */
export function missing(label: string): CustomFunctions.Error {
  return notAvailable(`${label} ontbreekt`);
}

/** `label` holds text that is not what it should be: "nulmeting is geen getal: 'veel'". */
export function unreadable(label: string, expected: string, text: string): CustomFunctions.Error {
  return invalidValue(`${label} is ${expected}: '${text}'`);
}

const PROGRESS_REASONS: Partial<Record<UnknownReason, string>> = {
  "geen-nulmeting": "nulmeting ontbreekt",
  "geen-streefwaarde": "streefwaarde ontbreekt",
  "geen-meting": "actueel ontbreekt: er is nog geen meting",
  "streefwaarde-gelijk-aan-nulmeting": "streefwaarde is gelijk aan de nulmeting; voortgang is dan niet te berekenen",
};

/**
 * Why BM.VOORTGANG has no number: progress has no meaning for Gelijk, nor for a Maximaal/Minimaal level
 * the baseline already meets (a level to keep); otherwise the reason `indicatorProgress` gives (no
 * reason there means the target was only given in words).
 */
export function progressUnavailable(direction: Direction, reason: UnknownReason | undefined): CustomFunctions.Error {
  if (direction === "Gelijk") return notAvailable(`voortgang heeft geen betekenis bij richting ${direction}`);
  if ((direction === "Maximaal" || direction === "Minimaal") && !reason) {
    return notAvailable(`voortgang heeft geen betekenis bij richting ${direction} als de nulmeting de grens al haalt: dat niveau moet blijven`);
  }
  if (reason === "richting-tegenstrijdig") {
    const side = direction === "Toename" ? "onder" : "boven";
    return notAvailable(`richting ${direction} past niet bij een streefwaarde ${side} de nulmeting`);
  }
  return notAvailable((reason && PROGRESS_REASONS[reason]) || "streefwaarde ontbreekt");
}
