/** Dutch and English weekday names and abbreviations (0 = Sunday), for dates such as `di 1 juli 2025`. */
export const WEEKDAY_SOURCE =
  "(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|" +
  "saturday|sunday|tues|thurs|thur|mon|tue|wed|thu|fri|sat|sun|ma|di|wo|do|vr|za|zo)";

const WEEKDAYS = new Map<string, number>([
  ["zondag", 0], ["zo", 0], ["sunday", 0], ["sun", 0],
  ["maandag", 1], ["ma", 1], ["monday", 1], ["mon", 1],
  ["dinsdag", 2], ["di", 2], ["tuesday", 2], ["tue", 2], ["tues", 2],
  ["woensdag", 3], ["wo", 3], ["wednesday", 3], ["wed", 3],
  ["donderdag", 4], ["do", 4], ["thursday", 4], ["thu", 4], ["thur", 4], ["thurs", 4],
  ["vrijdag", 5], ["vr", 5], ["friday", 5], ["fri", 5],
  ["zaterdag", 6], ["za", 6], ["saturday", 6], ["sat", 6],
]);

/** 0–6 (Sunday first) for a lower-case weekday word, -1 when it is not one. */
export function weekdayFromName(word: string): number {
  return WEEKDAYS.get(word) ?? -1;
}

/** The weekday (0 = Sunday) of a day number counted from 1970-01-01, a Thursday. */
export function weekdayOfDays(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}
