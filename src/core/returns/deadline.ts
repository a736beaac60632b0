import { addDays, type IsoDate } from "../parse/isoDate";

/** Days before the bestuurlijk overleg that returns are due when no deadline is given. */
export const DAYS_BEFORE_MEETING = 14;

export interface Deadline {
  date: IsoDate | null;
  source: "option" | "meeting" | "none";
}

/**
 * The date a return is due: the one given, else `Datum bestuurlijk overleg` minus 14 days, else none.
 *
 * @example
 * returnDeadline(undefined, "2025-06-26") //=> { date: "2025-06-12", source: "meeting" }
 */
export function returnDeadline(given: IsoDate | undefined, meetingDate: IsoDate | null): Deadline {
  if (given) return { date: given, source: "option" };
  const date = meetingDate ? addDays(meetingDate, -DAYS_BEFORE_MEETING) : null;
  return date ? { date, source: "meeting" } : { date: null, source: "none" };
}
