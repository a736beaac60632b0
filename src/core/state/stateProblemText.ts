import { formatDate } from "../format/formatDate";
import type { IsoDate } from "../parse/isoDate";
import type { Lang } from "../rules/types";
import type { StateProblem } from "./types";

const TEXT: Record<Lang, Record<StateProblem, string>> = {
  nl: {
    damaged: "is beschadigd (het verborgen blad is gewijzigd) en kan niet worden vergeleken",
    "future-version": "is gemaakt met een nieuwere versie van Beleidsmonitor; werk Beleidsmonitor bij om ermee te vergelijken",
    invalid: "is onvolledig en kan niet worden vergeleken",
  },
  en: {
    damaged: "is damaged (the hidden sheet was changed) and cannot be compared",
    "future-version": "was made by a newer version of Beleidsmonitor; update Beleidsmonitor to compare with it",
    invalid: "is incomplete and cannot be compared",
  },
};

/**
 * One sentence on why a recorded state cannot be used, for the summary, the pane and the command line.
 * @example
 * stateProblemText("damaged", "2025-06-26", "nl")
 * //=> "De vastgelegde stand van het overleg van 26 juni 2025 is beschadigd (…) en kan niet worden vergeleken."
 */
export function stateProblemText(problem: StateProblem, meetingDate: IsoDate | null, lang: Lang): string {
  const which =
    lang === "nl"
      ? meetingDate
        ? `De vastgelegde stand van het overleg van ${formatDate(meetingDate, lang)}`
        : "De vorige vastgelegde stand"
      : meetingDate
        ? `The state recorded for the meeting of ${formatDate(meetingDate, lang)}`
        : "The previous recorded state";
  return `${which} ${TEXT[lang][problem]}.`;
}
