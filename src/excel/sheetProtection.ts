import type { Lang } from "../core/rules/types";

/**
 * A protected worksheet keeps every cell locked by default, and Excel refuses each write to it with a bare
 * `AccessDenied` after the batch has started. The add-in reads the protection with its first round trip and
 * refuses before writing anything, in words.
 */
export class SheetProtectedError extends Error {
  readonly code = "SheetProtected";
}

export type ProtectedAction = "structure" | "highlight" | "bundle" | "control" | "settings";

const ACTION: Record<Lang, Record<ProtectedAction, string>> = {
  nl: { structure: "Inrichten", highlight: "Cellen markeren", bundle: "Bundelen", control: "Controleblad schrijven", settings: "Opslaan" },
  en: { structure: "Set up", highlight: "Highlight cells", bundle: "Bundle", control: "Write control sheet", settings: "Save" },
};

function sheetList(sheets: readonly string[], lang: Lang): string {
  if (sheets.length === 1) return sheets[0];
  return `${sheets.slice(0, -1).join(", ")} ${lang === "en" ? "and" : "en"} ${sheets[sheets.length - 1]}`;
}

export function sheetProtectedMessage(sheets: readonly string[], action: ProtectedAction, lang: Lang): string {
  const list = sheetList(sheets, lang);
  if (lang === "en") {
    const subject = sheets.length === 1 ? `The worksheet ${list} is` : `The worksheets ${list} are`;
    return `${subject} protected, so ${ACTION.en[action]} cannot change anything there. Nothing was changed. Unprotect it (Review > Unprotect Sheet) and try again.`;
  }
  const subject = sheets.length === 1 ? `Het werkblad ${list} is` : `De werkbladen ${list} zijn`;
  return `${subject} beveiligd, dus ${ACTION.nl[action]} kan daar niets veranderen. Er is niets gewijzigd. Hef de beveiliging op (Controleren > Beveiliging blad opheffen) en probeer het opnieuw.`;
}

/** Throws when any of `targets` (sheet names, any case) is protected; the names are reported as Excel spells them. */
export function refuseProtectedSheets(protectedSheets: readonly string[], targets: Iterable<string>, action: ProtectedAction, lang: Lang): void {
  const wanted = new Set([...targets].map((name) => name.toLowerCase()));
  const hit = protectedSheets.filter((name) => wanted.has(name.toLowerCase()));
  if (hit.length > 0) throw new SheetProtectedError(sheetProtectedMessage(hit, action, lang));
}
