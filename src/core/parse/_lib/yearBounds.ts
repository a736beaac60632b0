/** Years a planning, quota or indicator cell can sensibly hold; anything else is a typo or a serial date. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export function isPlausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/** The first and last day a date cell can sensibly hold: the same year bounds, as ISO dates. */
export const MIN_DATE = "1900-01-01";
export const MAX_DATE = "2100-12-31";
