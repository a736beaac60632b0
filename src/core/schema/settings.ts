/** The rows of `Instellingen` the add-in reads, with their defaults from the workbook contract. */
export const SETTING_NAMES = {
  municipality: "Gemeente",
  referenceDate: "Peildatum",
  reportYear: "Verslagjaar",
  meetingDate: "Datum bestuurlijk overleg",
  staleDays: "Signaleringstermijn (dagen)",
  openingBalance: "Beginsaldo taakstelling",
  marginPercent: "Marge op koers (%)",
  housedMarginPercent: "Marge gehuisvest boven opgave (%)",
  /** The workbook's language: of the sheets the add-in writes and of the words BM.STATUS returns (nl or en). */
  language: "Taal",
  /** The summary's sections, by their heading, separated by `;`; empty = all (docs/summary.md, *Onderdelen kiezen*). */
  summarySections: "Samenvatting onderdelen",
  /** The indicator programmes (Indicatoren: Programma) the summary shows, separated by `;`; empty = all. */
  summaryProgrammes: "Samenvatting programma's",
  /** The activity themes (Activiteiten: Thema) the summary shows, separated by `;`; empty = all. */
  summaryThemes: "Samenvatting thema's",
} as const;

/** Other spellings of a setting's name that are read as that setting (an apostrophe left out or typed as ’). */
export const SETTING_ALIASES: Partial<Record<keyof typeof SETTING_NAMES, readonly string[]>> = {
  summarySections: ["Samenvatting onderdeel", "Onderdelen samenvatting"],
  summaryProgrammes: ["Samenvatting programmas", "Samenvatting programma’s", "Samenvatting programma"],
  summaryThemes: ["Samenvatting themas", "Samenvatting thema’s", "Samenvatting thema"],
};

export type SettingKey = keyof typeof SETTING_NAMES;

export const SETTING_DEFAULTS = {
  staleDays: 90,
  openingBalance: 0,
  marginPercent: 10,
  housedMarginPercent: 50,
  language: "nl",
} as const;

/** What `Taal` may say: `nl`/`Nederlands` or `en`/`English`/`Engels`, in any case. */
export const LANGUAGE_WORDS: Record<string, "nl" | "en"> = {
  nl: "nl",
  nederlands: "nl",
  dutch: "nl",
  en: "en",
  engels: "en",
  english: "en",
};

/** `Regel uit: stale-row` switches a rule off; `Regel ernst: stale-row` with `fout|waarschuwing|info` changes its severity. */
export const RULE_OFF_PREFIX = "regel uit:";
export const RULE_SEVERITY_PREFIX = "regel ernst:";
