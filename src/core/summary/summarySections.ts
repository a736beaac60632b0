import type { Lang } from "../rules/lang";

/** The sections a reader can leave out; page 1 (key figures, Bespreekpunten) always stays. */
export type SummarySectionId = "since" | "activities" | "indicators" | "quota" | "missing";

export const CHOOSABLE_SECTIONS: readonly SummarySectionId[] = ["since", "activities", "indicators", "quota", "missing"];

/**
 * Each section's heading as the summary prints it (without its number), Dutch and English: what the pane shows and
 * what `Samenvatting onderdelen` names. Kept apart from the summary's words so the pane's first screen stays small;
 * a test holds the two the same.
 */
export const SECTION_HEADINGS: Record<SummarySectionId, Record<Lang, string>> = {
  since: { nl: "Sinds het vorige overleg", en: "Since the previous meeting" },
  activities: { nl: "Activiteiten", en: "Activities" },
  indicators: { nl: "Indicatoren", en: "Indicators" },
  quota: { nl: "Taakstelling vergunninghouders", en: "Quota for permit holders" },
  missing: { nl: "Uitvraag: nog aan te leveren", en: "Request: still to deliver" },
};

/** What the summary shows: which sections, and of the indicators and activities which programmes and themes. */
export interface SummaryChoice {
  sections: SummarySectionId[];
  /** Programmes as the table writes them; `null` is every programme (and indicators without one). */
  programmes: string[] | null;
  /** Themes as the table writes them; `null` is every theme (and activities without one). */
  themes: string[] | null;
}
