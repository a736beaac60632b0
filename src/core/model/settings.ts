import { normalizeText } from "../parse/normalizeText";
import { parseDutchDate } from "../parse/parseDutchDate";
import { parseDutchNumber } from "../parse/parseDutchNumber";
import { parseYear } from "../parse/parseYear";
import type { IsoDate } from "../parse/isoDate";
import { LANGUAGE_WORDS, RULE_OFF_PREFIX, RULE_SEVERITY_PREFIX, SETTING_ALIASES, SETTING_DEFAULTS, SETTING_NAMES, type SettingKey } from "../schema/settings";
import type { Lang } from "../rules/lang";
import type { Severity } from "../rules/severity";
import type { ParsedRow, ParsedTable } from "./parsedTable";

export interface Settings {
  municipality: string | null;
  referenceDate: IsoDate | null;
  reportYear: number | null;
  meetingDate: IsoDate | null;
  staleDays: number;
  openingBalance: number;
  marginPercent: number;
  housedMarginPercent: number;
  /** `Taal`: the language of what the add-in writes into the workbook, the same for every user. */
  language: Lang;
  disabledRules: string[];
  severityOverrides: Record<string, Severity>;
  /** The row of each setting that was found, for findings and for writing back. */
  rows: Partial<Record<SettingKey, ParsedRow>>;
  /** Settings whose value could not be read: each becomes a finding, the default is used. */
  unreadable: { key: SettingKey; row: ParsedRow }[];
}

const BY_NAME = new Map<string, SettingKey>([
  ...(Object.entries(SETTING_NAMES) as [SettingKey, string][]).map(([key, name]) => [normalizeText(name), key] as const),
  ...(Object.entries(SETTING_ALIASES) as [SettingKey, readonly string[]][]).flatMap(([key, names]) => names.map((name) => [normalizeText(name), key] as const)),
]);

const SEVERITY_WORDS: Record<string, Severity> = {
  fout: "error",
  error: "error",
  waarschuwing: "warning",
  warning: "warning",
  info: "info",
  melding: "info",
};

function settingKey(name: string): SettingKey | undefined {
  const key = normalizeText(name);
  const hit = BY_NAME.get(key);
  if (hit) return hit;
  // `Signaleringstermijn` without `(dagen)` and similar shortened names.
  for (const [full, setting] of BY_NAME) if (full.startsWith(key) && key.length >= 6) return setting;
  return undefined;
}

export function readSettings(table: ParsedTable | undefined): Settings {
  const settings: Settings = {
    municipality: null,
    referenceDate: null,
    reportYear: null,
    meetingDate: null,
    ...SETTING_DEFAULTS,
    disabledRules: [],
    severityOverrides: {},
    rows: {},
    unreadable: [],
  };
  for (const row of table?.filledRows ?? []) {
    const name = row.text("name");
    const lower = normalizeText(name);
    if (lower.startsWith(RULE_OFF_PREFIX)) {
      const id = lower.slice(RULE_OFF_PREFIX.length).trim();
      const value = normalizeText(row.text("value"));
      if (id && !["nee", "no", "onwaar", "false", "0"].includes(value)) settings.disabledRules.push(id);
      continue;
    }
    if (lower.startsWith(RULE_SEVERITY_PREFIX)) {
      const id = lower.slice(RULE_SEVERITY_PREFIX.length).trim();
      const severity = SEVERITY_WORDS[normalizeText(row.text("value"))];
      if (id && severity) settings.severityOverrides[id] = severity;
      continue;
    }
    const key = settingKey(name);
    if (!key || settings.rows[key]) continue;
    settings.rows[key] = row;
    if (!applySetting(settings, key, row)) settings.unreadable.push({ key, row });
  }
  return settings;
}

/** Applies one setting; false when its value cannot be read (blank values keep the default). */
function applySetting(settings: Settings, key: SettingKey, row: ParsedRow): boolean {
  const raw = row.get("value");
  if (row.isBlank("value") || raw === undefined) return true;
  switch (key) {
    case "summarySections":
    case "summaryProgrammes":
    case "summaryThemes":
      // Lists of names, checked against the workbook's own programmes and themes (core/summary/summaryChoice).
      return true;
    case "municipality":
      settings.municipality = row.text("value");
      return true;
    case "referenceDate":
    case "meetingDate": {
      const date = parseDutchDate(raw);
      if (date.ok) settings[key] = date.value;
      return date.ok;
    }
    case "language": {
      const language = LANGUAGE_WORDS[normalizeText(row.text("value"))];
      if (language) settings.language = language;
      return language !== undefined;
    }
    case "reportYear": {
      const year = parseYear(raw);
      if (year.ok) settings.reportYear = year.value;
      return year.ok;
    }
    case "staleDays":
    case "openingBalance":
    case "marginPercent":
    case "housedMarginPercent": {
      const number = parseDutchNumber(raw);
      if (!number.ok) return false;
      // `10%` typed, or 0,1 shown as 10 % by its number format, both mean 10.
      const percent = number.value.percent || (row.format("value") ?? "").includes("%");
      settings[key] = percent ? Math.round(number.value.value * 1e6) / 1e4 : number.value.value;
      return true;
    }
  }
}
