import type { WorkbookModel } from "../core/model/workbookModel";
import type { Lang } from "../core/rules/types";
import { choiceCandidates, parseNamed, type SummaryChoice, type UnknownName } from "../core/summary/summaryChoice";
import { CliError } from "./cliError";
import type { SummaryArgs } from "./parseArgs";

/** How the two options name what they choose from, in both languages. */
const KINDS = {
  programmes: { option: "--programmas", nl: { one: "programma", many: "programma's", table: "Indicatoren" }, en: { one: "programme", many: "programmes", table: "Indicatoren" } },
  themes: { option: "--themas", nl: { one: "thema", many: "thema's", table: "Activiteiten" }, en: { one: "theme", many: "themes", table: "Activiteiten" } },
} as const;

/** `--onderdelen: 'X' is geen onderdeel van de samenvatting. Bedoelde u 'Y'? Kies uit: …`, in both languages. */
export function unknownName(option: string, unknown: UnknownName, what: Record<Lang, string>, rest: Record<Lang, string>): CliError {
  const hint = unknown.suggestion ? { nl: ` Bedoelde u '${unknown.suggestion}'?`, en: ` Did you mean '${unknown.suggestion}'?` } : { nl: "", en: "" };
  return new CliError(`${option}: '${unknown.name}' is ${what.nl}.${hint.nl} ${rest.nl}`, `${option}: '${unknown.name}' is ${what.en}.${hint.en} ${rest.en}`);
}

/** The names of `--programmas` or `--themas` as the workbook writes them; `null` (every one) for an empty list. */
function chosen(kind: keyof typeof KINDS, text: string, candidates: readonly string[]): string[] | null {
  const { names, unknown } = parseNamed(text, candidates);
  const [first] = unknown;
  if (!first) return names;
  const { option, nl, en } = KINDS[kind];
  const list = candidates.join("; ");
  throw unknownName(
    option,
    first,
    { nl: `geen ${nl.one} in ${nl.table}`, en: `not a ${en.one} in ${en.table}` },
    candidates.length ? { nl: `Kies uit: ${list}.`, en: `Choose from: ${list}.` } : { nl: `In ${nl.table} staan geen ${nl.many}.`, en: `${en.table} has no ${en.many}.` },
  );
}

/**
 * What the command line chose instead of Instellingen: `--onderdelen`, `--programmas` and `--themas`, each only
 * when given. A programme or theme that the workbook does not name stops the command, so nothing is left out unnoticed.
 */
export function choiceFromOptions(args: SummaryArgs, model: WorkbookModel): Partial<SummaryChoice> | undefined {
  const choice: Partial<SummaryChoice> = {};
  if (args.sections) choice.sections = args.sections;
  if (args.programmes !== undefined || args.themes !== undefined) {
    const candidates = choiceCandidates(model);
    if (args.programmes !== undefined) choice.programmes = chosen("programmes", args.programmes, candidates.programmes);
    if (args.themes !== undefined) choice.themes = chosen("themes", args.themes, candidates.themes);
  }
  return Object.keys(choice).length > 0 ? choice : undefined;
}
