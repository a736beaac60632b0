import { daysInMonth } from "../calendar";
import { monthFromName, MONTH_WORD_SOURCE } from "../monthNames";

const SEPARATOR = /\s*(?:\/|,|-|\bt\/m\b|\ben\b|\bof\b)\s*/;
const PREPOSITION = "(?:(?:in|rond|voor|uiterlijk|op|vanaf|tijdens|per)\\s+)?(?:(?:het|de)\\s+)?";
const SEASON = new RegExp(
  "^" + PREPOSITION +
    "(?:voorjaar|najaar|lente|herfst|zomer|winter|zomerperiode|begin\\s+van\\s+het\\s+jaar|eind\\s+van\\s+het\\s+jaar|" +
    "(?:eerste|tweede)\\s+helft|(?:eerste|tweede|derde|vierde)\\s+kwartaal|q[1-4])$",
);
const MONTH_DAY = new RegExp("^" + PREPOSITION + "(?:maand\\s+)?(?:(\\d{1,2})\\s+)?(" + MONTH_WORD_SOURCE + ")$");

/**
 * Whether a key names moments within any year, as after a recurrence: `in oktober/november`,
 * `voor 1 juli`, `in het voorjaar`, `in maart en september`.
 */
export function readMoments(key: string): boolean {
  const text = key.trim();
  if (text === "") return false;
  for (const piece of text.split(SEPARATOR)) {
    if (piece === "" || !isMoment(piece)) return false;
  }
  return true;
}

function isMoment(piece: string): boolean {
  if (SEASON.test(piece)) return true;
  const m = MONTH_DAY.exec(piece);
  if (!m) return false;
  const month = monthFromName(m[2]);
  if (month === 0) return false;
  if (m[1] === undefined) return true;
  const day = +m[1];
  return day >= 1 && day <= daysInMonth(2024, month);
}
