import type { Lang, Severity } from "../rules/types";

/** Words every front-end shows, in both languages. */
export const SEVERITY_LABELS: Record<Lang, Record<Severity, { one: string; many: string; heading: string }>> = {
  nl: {
    error: { one: "fout", many: "fouten", heading: "Fouten" },
    warning: { one: "waarschuwing", many: "waarschuwingen", heading: "Waarschuwingen" },
    info: { one: "melding", many: "meldingen", heading: "Meldingen" },
  },
  en: {
    error: { one: "error", many: "errors", heading: "Errors" },
    warning: { one: "warning", many: "warnings", heading: "Warnings" },
    info: { one: "notice", many: "notices", heading: "Notices" },
  },
};

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** `3 fouten`, `1 waarschuwing`. */
export function countLabel(count: number, severity: Severity, lang: Lang): string {
  const label = SEVERITY_LABELS[lang][severity];
  return `${count} ${count === 1 ? label.one : label.many}`;
}
