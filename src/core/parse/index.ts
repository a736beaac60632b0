export type { ParseFailure, ParseResult } from "./result";
export type { IsoDate } from "./isoDate";
export { addDays, daysBetween, excelSerialToIso, isDateInBounds, isoToExcelSerial, isValidIso } from "./isoDate";
export type { HalfYear } from "./halfYear";
export {
  compareHalfYears, halfYearDutch, halfYearEnd, halfYearLabel, halfYearOfIso, halfYearStart, nextHalfYear,
} from "./halfYear";
export type { PartOfYear, Period, PeriodKind, PeriodPoint, PeriodSegment, Recurrence } from "./period";
export { periodDates, periodEndDate, periodStartDate, type PeriodDates } from "./period";
export { normalizeText } from "./normalizeText";
export { suggest } from "./suggest";
export { textDifference, type TextDifference } from "./textDifference";
export { isPlaceholder } from "./isPlaceholder";
export { parseDutchNumber, type DutchNumber } from "./parseDutchNumber";
export { parseWholeNumber } from "./parseWholeNumber";
export { parseCountOrRange, type CountOrRange } from "./parseCountOrRange";
export { parseDutchDate } from "./parseDutchDate";
export { parseYear } from "./parseYear";
export { parseHalfYear } from "./parseHalfYear";
export { parseMonth, type YearMonth } from "./parseMonth";
export { parsePeriod } from "./parsePeriod";
