import { isDateInBounds } from "../../../core/parse/isoDate";
import type { Lang } from "../../../core/rules/types";
import type { SettingsValues } from "../../../excel/gateway";
import type { StringKey } from "../../i18n/strings";

/** The form as typed: an empty date means "no Peildatum", a number that could not be read is null. */
export interface SettingsForm {
  referenceDate: string;
  staleDays: number | null;
  marginPercent: number | null;
  lang: Lang;
}

export type SettingsErrors = Partial<Record<"referenceDate" | "staleDays" | "marginPercent", StringKey>>;

export const STALE_DAYS_RANGE = { min: 1, max: 3650 } as const;
export const MARGIN_RANGE = { min: 0, max: 100 } as const;

export function formFromValues(values: SettingsValues): SettingsForm {
  return { referenceDate: values.referenceDate ?? "", staleDays: values.staleDays, marginPercent: values.marginPercent, lang: values.lang };
}

/** What is wrong with each field, as a message key; an empty object means the form can be saved. */
export function validateSettings(form: SettingsForm): SettingsErrors {
  const errors: SettingsErrors = {};
  if (form.referenceDate !== "" && !isDateInBounds(form.referenceDate)) errors.referenceDate = "settingsReferenceDateInvalid";
  const days = form.staleDays;
  if (days === null || !Number.isInteger(days) || days < STALE_DAYS_RANGE.min || days > STALE_DAYS_RANGE.max) errors.staleDays = "settingsStaleDaysInvalid";
  const margin = form.marginPercent;
  if (margin === null || !Number.isFinite(margin) || margin < MARGIN_RANGE.min || margin > MARGIN_RANGE.max) errors.marginPercent = "settingsMarginInvalid";
  return errors;
}

export function valuesFromForm(form: SettingsForm): SettingsValues {
  return {
    referenceDate: form.referenceDate === "" ? null : form.referenceDate,
    staleDays: form.staleDays ?? 0,
    marginPercent: form.marginPercent ?? 0,
    lang: form.lang,
  };
}

/** A SpinButton's typed text as a number: Dutch decimal comma allowed; null when it is not a number. */
export function parseTypedNumber(text: string | undefined): number | null {
  if (text === undefined) return null;
  const cleaned = text.replace(/%|dagen|days/gi, "").trim().replace(",", ".");
  if (cleaned === "") return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}
