import { createContext, useContext, useMemo } from "react";
import type { Lang } from "../../core/rules/types";
import { en } from "./en";
import { nl, type StringKey, type Strings } from "./nl";

export type { StringKey, Strings };
export type Translate = (key: StringKey, data?: Record<string, string | number>) => string;

const TABLES: Record<Lang, Strings> = { nl, en };

/** Fills `{{name}}` placeholders; a missing value stays visible as `{{name}}` rather than vanishing. */
export function format(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

export function translator(lang: Lang): Translate {
  const table = TABLES[lang];
  return (key, data) => format(table[key], data);
}

/** The pane's language from Office's display language: English for `en-*`, Dutch otherwise. */
export function langFromDisplayLanguage(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "nl";
}

export const LangContext = createContext<Lang>("nl");

/** `const t = useT(); t("checkDone", { counts })` */
export function useT(): Translate {
  const lang = useContext(LangContext);
  return useMemo(() => translator(lang), [lang]);
}

export function useLang(): Lang {
  return useContext(LangContext);
}
