import type { TextDifference } from "../parse/textDifference";
import type { Localized } from "./types";

const WORDS: Record<TextDifference, Localized> = {
  "leading-space": { nl: "begint met een spatie", en: "begins with a space" },
  "trailing-space": { nl: "eindigt op een spatie", en: "ends with a space" },
  "inner-space": { nl: "heeft een dubbele of afwijkende spatie", en: "has a double or odd space" },
  case: { nl: "hoofdletters wijken af", en: "the capitals differ" },
  accents: { nl: "accenten wijken af", en: "the accents differ" },
};

function list(items: string[], and: string): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

/** The differences in words for a message: "eindigt op een spatie en hoofdletters wijken af". */
export function differenceWords(differences: readonly TextDifference[]): Localized {
  return {
    nl: list(differences.map((d) => WORDS[d].nl), "en"),
    en: list(differences.map((d) => WORDS[d].en), "and"),
  };
}
