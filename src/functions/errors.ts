/**
 * The errors the custom functions throw, with messages in the user's language (messages.ts). Excel shows a
 * message only with #VALUE! and #N/A, so those are the codes used: #VALUE! for input that cannot be read, #N/A
 * for input that is missing or a result that does not exist. An error cell given as input passes on its own code.
 */
import type { UnknownReason } from "../core/indicators/progress";
import type { Direction } from "../core/schema/lists";
import { message, type Label, type MessageData, type MessageId, type Place } from "./messages";

/** #VALUE! with a message. */
export function invalidValue(id: MessageId, data?: MessageData): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message(id, data));
}

/** #N/A with a message. */
export function notAvailable(id: MessageId, data?: MessageData): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, message(id, data));
}

/** `label` was left empty: "nulmeting ontbreekt". */
export function missing(label: Label): CustomFunctions.Error {
  return notAvailable("missing", { label });
}

/** `label` holds text that is not what it should be: "nulmeting is geen getal: 'veel'". */
export function unreadable(id: "notNumber" | "notYear" | "notPercentage" | "notCount", label: Label, text: string | number, place?: Place): CustomFunctions.Error {
  return invalidValue(id, { label, text, place });
}

/** The codes a custom function can return; with a message only #VALUE! and #N/A (excel/custom-functions-errors.md). */
const PASSED_ON = new Set(["#DIV/0!", "#NUM!", "#NULL!"]);

/**
 * An error cell given as input (metadata `allowErrorForDataTypeAny`): passed on as Excel's own functions do,
 * #VALUE! and #N/A saying which argument held it; an error a function cannot return (#REF!, #NAME?, …) becomes
 * #VALUE! naming it.
 */
export function inputError(code: string, label: Label, place?: Place): CustomFunctions.Error {
  if (code === "#N/A") return notAvailable("errorInput", { label, place, code });
  if (PASSED_ON.has(code)) return new CustomFunctions.Error(code as CustomFunctions.ErrorCode);
  return invalidValue("errorInput", { label, place, code });
}

const PROGRESS_REASONS: Partial<Record<UnknownReason, () => CustomFunctions.Error>> = {
  "geen-nulmeting": () => missing("nulmeting"),
  "geen-streefwaarde": () => missing("streefwaarde"),
  "geen-meting": () => notAvailable("noMeasurement"),
  "streefwaarde-gelijk-aan-nulmeting": () => notAvailable("targetIsBaseline"),
};

/**
 * Why BM.VOORTGANG has no number: progress has no meaning for Gelijk, nor for a Maximaal/Minimaal level
 * the baseline already meets (a level to keep); otherwise the reason `indicatorProgress` gives (no
 * reason there means the target was only given in words).
 */
export function progressUnavailable(direction: Direction, reason: UnknownReason | undefined): CustomFunctions.Error {
  if (direction === "Gelijk") return notAvailable("progressMeaningless", { direction });
  if ((direction === "Maximaal" || direction === "Minimaal") && !reason) return notAvailable("levelToKeep", { direction });
  if (reason === "richting-tegenstrijdig") return notAvailable(direction === "Toename" ? "directionBelow" : "directionAbove", { direction });
  return (reason && PROGRESS_REASONS[reason]?.()) || missing("streefwaarde");
}
