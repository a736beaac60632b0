import type { CountOrRange } from "../parse/parseCountOrRange";

/** Which end of a planned range (`10-20`) counts. */
export type PlanCount = "min" | "max";

export interface Shortfall {
  /** max(0, due − realised − planned): the backlog expected at the end of the half-year. */
  shortfall: number;
  /** The planned housings that were counted. */
  planned: number;
}

/**
 * The shortfall expected at the end of the running half-year: what is due, minus what has been
 * realised so far, minus what is planned for its remaining months (ranges at their minimum or maximum).
 *
 * @example
 * expectedShortfall(76, 0, [{ min: 67, max: 67, approx: false }], "min") //=> { shortfall: 9, planned: 67 }
 */
export function expectedShortfall(due: number, realised: number, planned: readonly CountOrRange[], use: PlanCount): Shortfall {
  let total = 0;
  for (const count of planned) total += use === "max" ? count.max : count.min;
  return { shortfall: Math.max(0, due - realised - total), planned: total };
}
