import type { IndicatorReport } from "../indicators/indicatorReport";
import type { ParsedRow } from "../model/parsedTable";
import type { WorkbookModel } from "../model/workbookModel";
import { normalizeText } from "../parse/normalizeText";
import { suggest } from "../parse/suggest";
import type { Lang } from "../rules/lang";
import { SETTING_NAMES } from "../schema/settings";
import { CHOOSABLE_SECTIONS, SECTION_HEADINGS, type SummaryChoice, type SummarySectionId } from "./summarySections";

export { CHOOSABLE_SECTIONS, SECTION_HEADINGS, type SummaryChoice, type SummarySectionId };

/** Other names people use for a section (the seeds, the glossary's older words, short forms). */
const SECTION_ALIASES: Record<SummarySectionId, string[]> = {
  since: ["Vorige overleg", "Wat is er veranderd", "What has changed"],
  activities: ["Afspraken"],
  indicators: [],
  quota: ["Taakstelling", "Taakstelling statushouders", "Vergunninghouders", "Statushouders", "Quota"],
  missing: ["Uitvraag", "Nog aan te leveren", "Ontbrekende gegevens", "Request", "Missing data"],
};

/** Page 1 always stays: naming it is not a mistake, it simply changes nothing. */
const PAGE_ONE = ["Samenvatting", "Kerncijfers", "Bespreekpunten", "Summary", "Key figures", "Points for discussion"];

/** `1. Activiteiten`, `Uitvraag - nog aan te leveren`: numbers, punctuation, case and accents do not matter. */
function nameKey(name: string): string {
  return normalizeText(name.replace(/^\s*\d+\s*[.)]?\s*/, "")).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

const SECTION_BY_KEY = new Map<string, SummarySectionId | "page-one">([
  ...CHOOSABLE_SECTIONS.flatMap((id) => [SECTION_HEADINGS[id].nl, SECTION_HEADINGS[id].en, ...SECTION_ALIASES[id]].map((name) => [nameKey(name), id] as const)),
  ...PAGE_ONE.map((name) => [nameKey(name), "page-one"] as const),
]);

/** The names of a list setting: separated by `;` (or line breaks inside the cell); blanks skipped. */
export function listNames(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** A name that matches nothing, with the valid name it most likely meant. */
export interface UnknownName {
  name: string;
  suggestion: string | null;
}

/** The sections a list names; `null` when it names none (empty = all). Unknown names are returned, never dropped quietly. */
export function parseSections(text: string, lang: Lang = "nl"): { sections: SummarySectionId[] | null; unknown: UnknownName[] } {
  const chosen = new Set<SummarySectionId>();
  const unknown: UnknownName[] = [];
  let named = false;
  for (const name of listNames(text)) {
    named = true;
    const id = SECTION_BY_KEY.get(nameKey(name));
    if (id === "page-one") continue;
    if (id) chosen.add(id);
    else unknown.push({ name, suggestion: suggest(name, [...CHOOSABLE_SECTIONS.map((s) => SECTION_HEADINGS[s][lang]), ...SECTION_ALIASES.quota.slice(0, 2), ...SECTION_ALIASES.missing.slice(0, 1)]) });
  }
  if (!named) return { sections: null, unknown };
  return { sections: CHOOSABLE_SECTIONS.filter((id) => chosen.has(id)), unknown };
}

/** Programmes (tblIndicatoren) and themes (tblActiviteiten) as first written, in the order of the table. */
export interface ChoiceCandidates {
  programmes: string[];
  themes: string[];
}

/** Each name once, as first written; a table repeats few names over many rows, so each text is normalised once. */
function distinct(values: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const value of new Set(values)) {
    if (!value) continue;
    const key = normalizeText(value);
    if (!seen.has(key)) seen.set(key, value);
  }
  return [...seen.values()];
}

export function choiceCandidates(model: WorkbookModel): ChoiceCandidates {
  return {
    programmes: distinct((model.tables.indicators?.filledRows ?? []).map((r) => r.text("programme"))),
    themes: distinct((model.tables.activities?.filledRows ?? []).map((r) => r.text("theme"))),
  };
}

/** The names of a list that are among `candidates` (as the table writes them), and those that are not. */
export function parseNamed(text: string, candidates: readonly string[]): { names: string[] | null; unknown: UnknownName[] } {
  const byKey = new Map(candidates.map((c) => [nameKey(c), c]));
  const names: string[] = [];
  const unknown: UnknownName[] = [];
  const listed = listNames(text);
  for (const name of listed) {
    const hit = byKey.get(nameKey(name));
    if (hit) names.push(hit);
    else unknown.push({ name, suggestion: suggest(name, candidates) });
  }
  return { names: listed.length === 0 ? null : names, unknown };
}

/** The three settings of the choice; each may hold names that match nothing (a finding, see setting-invalid). */
export type ChoiceSetting = "summarySections" | "summaryProgrammes" | "summaryThemes";

export interface ChoiceProblem {
  setting: ChoiceSetting;
  row: ParsedRow;
  unknown: UnknownName[];
}

/**
 * The choice as `Instellingen` states it: `Samenvatting onderdelen`, `Samenvatting programma's` and `Samenvatting
 * thema's`, each a `;`-list, empty for all. A setting with a name that matches nothing counts as empty (everything is
 * shown) and is a problem to report: a typo must never make a section or programme disappear unnoticed.
 */
export function choiceFromSettings(model: WorkbookModel): { choice: SummaryChoice; problems: ChoiceProblem[] } {
  // The table's programmes and themes are gathered only when a setting names some (a check reads this every time).
  let found: ChoiceCandidates | undefined;
  const candidates = () => (found ??= choiceCandidates(model));
  const problems: ChoiceProblem[] = [];
  const rowOf = (key: ChoiceSetting) => model.settings.rows[key];
  const read = <T>(key: ChoiceSetting, parse: (text: string) => { unknown: UnknownName[] } & T): T | null => {
    const row = rowOf(key);
    if (!row) return null;
    const parsed = parse(row.text("value"));
    if (parsed.unknown.length === 0) return parsed;
    problems.push({ setting: key, row, unknown: parsed.unknown });
    return null;
  };
  const sections = read("summarySections", (t) => parseSections(t))?.sections ?? null;
  const programmes = read("summaryProgrammes", (t) => parseNamed(t, candidates().programmes))?.names ?? null;
  const themes = read("summaryThemes", (t) => parseNamed(t, candidates().themes))?.names ?? null;
  return { choice: { sections: sections ?? [...CHOOSABLE_SECTIONS], programmes, themes }, problems };
}

/** The settings' choice with what the caller chose instead (the pane's checkboxes, `--onderdelen`, `--programmas`, `--themas`) laid over it. */
export function resolveChoice(model: WorkbookModel, override: Partial<SummaryChoice> | undefined): SummaryChoice {
  const { choice } = choiceFromSettings(model);
  return {
    sections: override?.sections ?? choice.sections,
    programmes: override?.programmes !== undefined ? override.programmes : choice.programmes,
    themes: override?.themes !== undefined ? override.themes : choice.themes,
  };
}

const inList = (list: string[] | null, value: string) => list === null || list.some((name) => nameKey(name) === nameKey(value));

/** The indicators of the chosen programmes; one without a programme only while every programme is shown. */
export function chosenIndicators(indicators: readonly IndicatorReport[], choice: SummaryChoice): IndicatorReport[] {
  return indicators.filter((i) => (i.programme === null ? choice.programmes === null : inList(choice.programmes, i.programme)));
}

/** The activities of the chosen themes; one without a theme only while every theme is shown. */
export function chosenActivities(rows: readonly ParsedRow[], choice: SummaryChoice): ParsedRow[] {
  return rows.filter((r) => (r.text("theme") === "" ? choice.themes === null : inList(choice.themes, r.text("theme"))));
}

const LEFT_OUT = {
  nl: {
    intro: "Niet opgenomen: ",
    sections: (names: string[]) => `${names.length === 1 ? "het onderdeel" : "de onderdelen"} ${joined(names, "en")}`,
    programmes: (names: string[]) => `indicatoren van ${names.length === 1 ? "het programma" : "de programma's"} ${joined(names, "en")}`,
    themes: (names: string[]) => `activiteiten van ${names.length === 1 ? "het thema" : "de thema's"} ${joined(names, "en")}`,
  },
  en: {
    intro: "Not included: ",
    sections: (names: string[]) => `the ${names.length === 1 ? "section" : "sections"} ${joined(names, "and")}`,
    programmes: (names: string[]) => `indicators of the ${names.length === 1 ? "programme" : "programmes"} ${joined(names, "and")}`,
    themes: (names: string[]) => `activities of the ${names.length === 1 ? "theme" : "themes"} ${joined(names, "and")}`,
  },
};

function joined(names: readonly string[], and: string): string {
  const quoted = names.map((n) => `'${n}'`);
  return quoted.length <= 1 ? quoted.join("") : `${quoted.slice(0, -1).join(", ")} ${and} ${quoted[quoted.length - 1]}`;
}

/**
 * Page 1's one modest line on what the choice leaves out (`Niet opgenomen: indicatoren van het programma
 * 'Bestaanszekerheid bieden'`), or null when everything is in. Programmes and themes are named only while their
 * section is in.
 */
export function leftOutLine(choice: SummaryChoice, candidates: ChoiceCandidates, lang: Lang): string | null {
  const w = LEFT_OUT[lang];
  const parts: string[] = [];
  const sections = CHOOSABLE_SECTIONS.filter((id) => !choice.sections.includes(id)).map((id) => SECTION_HEADINGS[id][lang]);
  if (sections.length > 0) parts.push(w.sections(sections));
  const programmes = candidates.programmes.filter((p) => !inList(choice.programmes, p));
  if (choice.sections.includes("indicators") && programmes.length > 0) parts.push(w.programmes(programmes));
  const themes = candidates.themes.filter((t) => !inList(choice.themes, t));
  if (choice.sections.includes("activities") && themes.length > 0) parts.push(w.themes(themes));
  return parts.length === 0 ? null : `${w.intro}${parts.join("; ")}.`;
}

/** The setting's own name, as `Instellingen` writes it. */
export function choiceSettingName(setting: ChoiceSetting): string {
  return SETTING_NAMES[setting];
}
