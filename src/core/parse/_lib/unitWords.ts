/**
 * Words after a number that change what it means (`of meer`, `miljoen`, `keer`), make it part of a
 * sentence (`met de intentie`) or of a period (`2 helft`); such a text is not read as a plain number.
 */
const QUALIFIERS = new Set([
  "of", "en", "tot", "tm", "a", "meer", "minder", "max", "max.", "min", "min.", "maximaal", "minimaal",
  "minstens", "hooguit", "ruim", "bijna", "tussen", "boven", "onder", "plus", "miljoen", "mln", "mln.",
  "miljard", "mld", "mld.", "mrd", "duizend", "dzd", "k", "m", "x", "keer", "maal",
  "met", "de", "het", "een", "van", "in", "om", "voor", "bij", "na", "dan", "als", "dat", "die", "is", "zijn",
  "wordt", "worden", "per", "helft", "kwartaal", "voorjaar", "najaar", "begin", "eind", "medio", "half",
]);
const CURRENCY = new Set(["euro", "eur", "eur.", "euro's"]);
const SPACE = /\s+/;

export type UnitKind = "none" | "plain" | "currency" | "qualifier";

/** Classifies the unit words after a number: a currency word, a meaning-changing qualifier, or a plain unit. */
export function classifyUnit(unit: string | undefined): UnitKind {
  if (!unit) return "none";
  const trimmed = unit.trim();
  if (trimmed === "") return "none";
  let kind: UnitKind = "plain";
  for (const word of trimmed.split(SPACE)) {
    if (QUALIFIERS.has(word)) return "qualifier";
    if (CURRENCY.has(word)) kind = "currency";
  }
  return kind;
}
