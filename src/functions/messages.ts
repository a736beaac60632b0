/**
 * The texts of the functions' error messages, in the user's language (Office's display language: the message is
 * read by whoever looks at the cell). The words a function returns into a cell follow the workbook instead.
 */
import { formatNumber } from "../core/format/formatNumber";
import type { Lang } from "../core/rules/types";

/** Parameter names as the function's tooltip shows them, per language (see translations.ts and functions.ts). */
const LABELS = {
  nulmeting: { nl: "nulmeting", en: "baseline" },
  nuljaar: { nl: "nuljaar", en: "baselineYear" },
  streefwaarde: { nl: "streefwaarde", en: "target" },
  streefjaar: { nl: "streefjaar", en: "targetYear" },
  actueel: { nl: "actueel", en: "actual" },
  jaar: { nl: "jaar", en: "year" },
  meetjaar: { nl: "meetjaar", en: "measurementYear" },
  richting: { nl: "richting", en: "direction" },
  marge: { nl: "marge", en: "margin" },
  taakstellingen: { nl: "taakstellingen", en: "quotas" },
  taakstelling: { nl: "taakstelling", en: "quota" },
  gehuisvest: { nl: "gehuisvest", en: "housed" },
  beginsaldo: { nl: "beginsaldo", en: "openingBalance" },
  opgave: { nl: "opgave", en: "due" },
  gerealiseerd: { nl: "gerealiseerd", en: "realised" },
  gerealiseerd_per_maand: { nl: "gerealiseerd_per_maand", en: "realisedPerMonth" },
  gepland: { nl: "gepland", en: "planned" },
  telling: { nl: "telling", en: "count" },
  tekst: { nl: "tekst", en: "text" },
  datum_of_tekst: { nl: "datum_of_tekst", en: "dateOrText" },
} as const;

export type Label = keyof typeof LABELS;

const TEXTS = {
  missing: { nl: "{{label}} ontbreekt", en: "{{label}} is missing" },
  notNumber: { nl: "{{label}} is geen getal: '{{text}}'", en: "{{label}} is not a number: '{{text}}'" },
  notYear: { nl: "{{label}} is geen jaartal: '{{text}}'", en: "{{label}} is not a year: '{{text}}'" },
  notPercentage: { nl: "{{label}} is geen percentage: '{{text}}'", en: "{{label}} is not a percentage: '{{text}}'" },
  notCount: { nl: "{{label}} is geen aantal: '{{text}}'", en: "{{label}} is not a count: '{{text}}'" },
  errorInput: { nl: "{{label}} is een fout: {{code}}", en: "{{label}} is an error: {{code}}" },
  dataType: {
    nl: "{{label}} is een gegevenstype, geen getal of tekst; verwijs naar een veld ervan",
    en: "{{label}} is a data type, not a number or text; refer to one of its fields",
  },
  block: { nl: "{{label}} moet één rij of één kolom zijn, geen blok van {{rows}} × {{columns}}", en: "{{label}} must be one row or one column, not a block of {{rows}} × {{columns}}" },
  lengths: { nl: "{{labels}} hebben een verschillend aantal rijen ({{lengths}})", en: "{{labels}} have a different number of rows ({{lengths}})" },
  noQuotas: { nl: "geen taakstellingen opgegeven", en: "no quotas given" },
  quotaMissing: { nl: "taakstelling ontbreekt in rij {{row}}", en: "quota is missing in row {{row}}" },
  range: { nl: "{{label}} moet één cel zijn, geen bereik van {{cells}} cellen", en: "{{label}} must be one cell, not a range of {{cells}} cells" },
  direction: {
    nl: "richting '{{text}}' is onbekend; kies Toename, Afname, Gelijk, Maximaal of Minimaal",
    en: "direction '{{text}}' is unknown; choose Toename, Afname, Gelijk, Maximaal or Minimaal",
  },
  planCount: { nl: "telling moet min of max zijn, niet '{{text}}'", en: "count must be min or max, not '{{text}}'" },
  realisedShape: {
    nl: "gerealiseerd_per_maand moet even groot zijn als gepland ({{planned}} cellen, nu {{realised}})",
    en: "realisedPerMonth must be the same size as planned ({{planned}} cells, now {{realised}})",
  },
  plannedEmpty: { nl: "gepland is leeg; vul 0 of - in als er niets gepland is", en: "planned is empty; enter 0 or - when nothing is planned" },
  noHoused: { nl: "nog geen halfjaar met een aantal gehuisvest", en: "no half-year with a number housed yet" },
  targetYearOrder: { nl: "streefjaar ({{to}}) moet na nuljaar ({{from}}) liggen", en: "targetYear ({{to}}) must come after baselineYear ({{from}})" },
  notSchedule: { nl: "'{{text}}' is nog geen planning", en: "'{{text}}' is not a schedule yet" },
  schedule: {
    nl: "planning '{{text}}' is niet te lezen (bijvoorbeeld 2026, 2025 - 2028, vanaf 2025 of Jaarlijks)",
    en: "schedule '{{text}}' cannot be read (for example 2026, 2025 - 2028, vanaf 2025 or Jaarlijks)",
  },
  notHalfYear: {
    nl: "'{{text}}' is geen datum of halfjaar (bijvoorbeeld 15-6-2025, 2e helft 2024 of H2 2024)",
    en: "'{{text}}' is not a date or half-year (for example 15-6-2025, 2e helft 2024 or H2 2024)",
  },
  progressMeaningless: { nl: "voortgang heeft geen betekenis bij richting {{direction}}", en: "progress has no meaning for direction {{direction}}" },
  levelToKeep: {
    nl: "voortgang heeft geen betekenis bij richting {{direction}} als de nulmeting de grens al haalt: dat niveau moet blijven",
    en: "progress has no meaning for direction {{direction}} when the baseline already meets the bound: that level is to be kept",
  },
  directionBelow: { nl: "richting {{direction}} past niet bij een streefwaarde onder de nulmeting", en: "direction {{direction}} does not fit a target below the baseline" },
  directionAbove: { nl: "richting {{direction}} past niet bij een streefwaarde boven de nulmeting", en: "direction {{direction}} does not fit a target above the baseline" },
  noMeasurement: { nl: "actueel ontbreekt: er is nog geen meting", en: "actual is missing: there is no measurement yet" },
  targetIsBaseline: {
    nl: "streefwaarde is gelijk aan de nulmeting; voortgang is dan niet te berekenen",
    en: "target equals the baseline; progress cannot be computed then",
  },
} as const;

export type MessageId = keyof typeof TEXTS;

/** Where in a range: "in rij 3", or "in rij 2, kolom 4" in a block (the first row of the range is row 1). */
export interface Place {
  row: number;
  column?: number;
}

export interface MessageData {
  label?: Label;
  place?: Place;
  [key: string]: string | number | Label | Place | undefined;
}

/** English for English Office, Dutch otherwise and outside Office (tests, the bench). */
export function userLanguage(): Lang {
  const language = typeof Office === "undefined" ? undefined : Office.context?.displayLanguage;
  return typeof language === "string" && language.toLowerCase().startsWith("en") ? "en" : "nl";
}

/** Numbers as the user writes them (`2,5`, `1.234`); a year or a small whole number without a thousands point. */
function dataText(value: MessageData[string], lang: Lang): string {
  if (typeof value === "number") return formatNumber(value, lang, Number.isInteger(value) && Math.abs(value) < 10000 ? "plain" : "number");
  return String(value ?? "");
}

function placeText(place: Place, lang: Lang): string {
  const [row, column] = lang === "nl" ? ["rij", "kolom"] : ["row", "column"];
  return place.column === undefined ? ` in ${row} ${place.row}` : ` in ${row} ${place.row}, ${column} ${place.column}`;
}

export function labelText(label: Label, lang: Lang = userLanguage()): string {
  return LABELS[label][lang];
}

/** The message in the user's language; a label gets the parameter's name in that language, and its place. */
export function message(id: MessageId, data: MessageData = {}, lang: Lang = userLanguage()): string {
  const label = data.label ? labelText(data.label, lang) + (data.place ? placeText(data.place, lang) : "") : "";
  return TEXTS[id][lang].replace(/\{\{(\w+)\}\}/g, (_, key: string) => (key === "label" ? label : dataText(data[key], lang)));
}
