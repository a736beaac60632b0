/** The shapes of a read timing text; `../../period.ts` re-exports them as the public API. */

/**
 * A part of a year named in a timing text. Dates each part covers (see `periodStartDate` in `parse/period.ts`):
 * `begin` 1 Jan–31 Mar · `eerste-helft` 1 Jan–30 Jun · `medio` (also `half`, `midden`) 1 Jun–31 Jul ·
 * `tweede-helft` 1 Jul–31 Dec · `eind` 1 Oct–31 Dec · `voorjaar` 1 Mar–31 May · `zomer` 1 Jun–31 Aug ·
 * `najaar` 1 Sep–30 Nov · `Q1`–`Q4` the calendar quarters · `{ month }` that month · `{ month, day }` that day
 * (a date such as `1 juli 2026`, or the last day before a deadline such as `vóór de zomer van 2027`).
 */
export type PartOfYear =
  | "begin" | "eerste-helft" | "medio" | "tweede-helft" | "eind" | "voorjaar" | "zomer" | "najaar"
  | "Q1" | "Q2" | "Q3" | "Q4" | { month: number; day?: number };

/** A year, or a part of it. */
export interface PeriodPoint {
  year: number;
  part?: PartOfYear;
}

/**
 * `jaar` one year (or part) · `bereik` a range, or only an end (`t/m 2030`) · `open` a start without end ·
 * `jaarlijks` / `terugkerend` a recurrence · `doorlopend` continuous · `gebeurtenis` triggered by an event or
 * timed after one (`binnen 6 maanden`, `afhankelijk van de ingangsdatum van de wet`) · `schema` a schedule with
 * quantities per period · `moment` a time of year without a year (`in het voorjaar`, `tweede kwartaal`).
 */
export type PeriodKind = "jaar" | "bereik" | "open" | "jaarlijks" | "terugkerend" | "doorlopend" | "gebeurtenis" | "schema" | "moment";

export type Recurrence = "jaarlijks" | "halfjaarlijks" | "per-kwartaal" | "maandelijks" | "per-4-maanden" | "3x-per-jaar";

/** One line of a schedule such as `2026 - 2028: ca 80 won.`. */
export interface PeriodSegment {
  start: PeriodPoint;
  end: PeriodPoint;
  quantity?: number;
  approx?: boolean;
  unit?: string;
}

/** A Planning/Uitvoering text as read by `parsePeriod`. */
export interface Period {
  kind: PeriodKind;
  /** `null`: no start stated (`t/m 2030`, `Jaarlijks`). */
  start: PeriodPoint | null;
  /** `null`: open end (`vanaf 2025`) or no dates at all. */
  end: PeriodPoint | null;
  recurrence?: Recurrence;
  /** The event, as typed, for kind `gebeurtenis`: `Bij ieder nieuwbouwproject`. */
  trigger?: string;
  /** Kind `schema`: the lines, in the order typed; `start`/`end` are their envelope. */
  segments?: PeriodSegment[];
  /** As typed: `met de intentie om dit structureel in te zetten`. */
  intention?: string;
  /** A qualified sub-period in parentheses, kept apart from the main `start`/`end`. */
  sub?: { label: string; start: PeriodPoint; end: PeriodPoint };
  /**
   * Words around the time that say what happens, or when relative to something else, as typed:
   * `aan de slag` in `in 2026 aan de slag`, `binnen 6 maanden` in `In 2026; binnen 6 maanden`. They do not
   * move the dates.
   */
  notes?: string[];
  /** A part of a `;`-list that ends before it starts (`2028 - 2025` in `2028 - 2025; 2025 - 2028`), as typed. */
  reversed?: { text: string; start: PeriodPoint; end: PeriodPoint };
}
