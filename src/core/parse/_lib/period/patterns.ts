import { MONTH_WORD_SOURCE } from "../monthNames";

/** Regex sources for timing texts, matched against a lower-case, accent-folded key. */

const PART_WORD_SOURCE =
  "(?:begin|start|aanvang|primo|einde?|ultimo|medio|half|halverwege|midden|voorjaar|lente|zomervakantie|zomerperiode|zomer|najaar|herfst|" +
  "(?:eerste|1e|1ste|tweede|2e|2de)\\s+(?:helft|halfjaar|half\\s+jaar)|" +
  "(?:eerste|tweede|derde|vierde|[1-4]e|[1-4]de|[1-4]ste)\\s+kwartaal|kwartaal\\s+[1-4]|q[1-4]|h[12]|" +
  MONTH_WORD_SOURCE + ")";

/** A part of a year, with an optional article: `de eerste helft`, `het voorjaar`, `aan het eind`, `sept.`. */
export const PART_SOURCE = "(?:(?:aan\\s+)?(?:het|de)\\s+)?" + PART_WORD_SOURCE;

/** A day: `1 juli 2026`, `1e juli 2026`, `1-7-2026` (day first, as everywhere in Dutch). */
export const DAY_SOURCE = "\\d{1,2}(?:e|ste|de)?\\s+" + MONTH_WORD_SOURCE + "\\s+\\d{4}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}";

/** A day, or a year with an optional part before it (`eind van 2026`) or a quarter/half after it (`2026-Q2`). */
export const POINT_SOURCE =
  DAY_SOURCE + "|(?:(?:" + PART_SOURCE + ")\\s*(?:van\\s+)?(?:het\\s+jaar\\s+)?)?\\d{4}|\\d{4}\\s*-?\\s*(?:q[1-4]|h[12])";

/** Separators of a range between two points. `tot` alone is refused: it may or may not include the end. */
export const RANGE_SEPARATOR_SOURCE = "\\s*(?:-|\\/|t\\/m|tot\\s+en\\s+met)\\s*";
