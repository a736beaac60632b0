/** Years a planning, quota or indicator cell can sensibly hold; anything else is a typo or a serial date. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export function isPlausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}
