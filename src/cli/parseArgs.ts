import { isDateInBounds, type IsoDate } from "../core/parse/isoDate";
import type { Lang } from "../core/rules/types";
import { CliError } from "./cliError";

export interface CheckArgs {
  command: "check";
  file: string;
  json: boolean;
  referenceDate?: IsoDate;
  lang: Lang;
}

export interface SummaryArgs {
  command: "summary";
  file: string;
  /** `-o`: where the copy goes; by default next to the input. */
  output?: string;
  /** `--datum`: the meeting date, instead of Instellingen' Datum bestuurlijk overleg. */
  meetingDate?: IsoDate;
  referenceDate?: IsoDate;
  /** `--uitvraag`: also add the per-party request sheet. */
  request: boolean;
  /** `--overschrijven`: an existing output file may be replaced. */
  overwrite: boolean;
  /** `--met-werkboek`: the summary goes into a copy of the workbook (refused when the copy would lose anything). */
  withWorkbook: boolean;
  lang: Lang;
}

export type CliArgs = CheckArgs | SummaryArgs | { command: "help"; lang: Lang } | { command: "version"; lang: Lang };

function langOf(argv: readonly string[]): Lang {
  const i = argv.indexOf("--lang");
  return argv[i + 1] === "en" ? "en" : "nl";
}

function isoOption(option: string, value: string | undefined): IsoDate {
  const text = value ?? "";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || !isDateInBounds(text)) {
    throw new CliError(`${option} verwacht een datum als JJJJ-MM-DD (1900 tot en met 2100), niet '${text}'.`, `${option} expects a date as YYYY-MM-DD (1900 to 2100), not '${text}'.`);
  }
  return text;
}

/** Options both commands share; returns false for an option this command does not know. */
function commonOption(args: CheckArgs | SummaryArgs, arg: string, next: () => string | undefined): boolean {
  if (arg === "--lang") {
    const value = next();
    if (value !== "nl" && value !== "en") throw new CliError(`--lang verwacht 'nl' of 'en', niet '${value ?? ""}'.`, `--lang expects 'nl' or 'en', not '${value ?? ""}'.`);
    return true;
  }
  if (arg === "--peildatum") {
    args.referenceDate = isoOption(arg, next());
    return true;
  }
  return false;
}

function summaryOption(args: SummaryArgs, arg: string, next: () => string | undefined): boolean {
  switch (arg) {
    case "-o":
    case "--uitvoer": {
      const value = next();
      if (!value) throw new CliError(`${arg} verwacht een bestandsnaam.`, `${arg} expects a file name.`);
      args.output = value;
      return true;
    }
    case "--datum":
      args.meetingDate = isoOption(arg, next());
      return true;
    case "--uitvraag":
      args.request = true;
      return true;
    case "--overschrijven":
      args.overwrite = true;
      return true;
    case "--met-werkboek":
      args.withWorkbook = true;
      return true;
    default:
      return false;
  }
}

/** Parses the command line; wrong arguments become a CliError (exit code 2). */
export function parseArgs(argv: readonly string[]): CliArgs {
  const lang = langOf(argv);
  if (argv.length === 0 || argv.includes("-h") || argv.includes("--help") || argv[0] === "help") return { command: "help", lang };
  if (argv.includes("--version") || argv[0] === "version") return { command: "version", lang };
  const [command, ...rest] = argv;
  if (command !== "check" && command !== "summary") {
    throw new CliError(
      `Onbekende opdracht '${command}'. Gebruik: beleidsmonitor check <bestand.xlsx> of beleidsmonitor summary <bestand.xlsx>`,
      `Unknown command '${command}'. Usage: beleidsmonitor check <file.xlsx> or beleidsmonitor summary <file.xlsx>`,
    );
  }
  const args: CheckArgs | SummaryArgs = command === "check" ? { command, file: "", json: false, lang } : { command, file: "", request: false, overwrite: false, withWorkbook: false, lang };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const next = () => rest[++i];
    if (commonOption(args, arg, next)) continue;
    if (args.command === "check" && arg === "--json") args.json = true;
    else if (args.command === "summary" && summaryOption(args, arg, next)) continue;
    else if (arg.startsWith("-")) throw new CliError(`Onbekende optie '${arg}'.`, `Unknown option '${arg}'.`);
    else if (args.file === "") args.file = arg;
    else throw new CliError(`Eén bestand tegelijk: '${arg}' is te veel.`, `One file at a time: '${arg}' is one too many.`);
  }
  if (args.file === "") throw new CliError(`Geef het werkboek op: beleidsmonitor ${command} <bestand.xlsx>`, `Name the workbook: beleidsmonitor ${command} <file.xlsx>`);
  return args;
}

export const USAGE: Record<Lang, string> = {
  nl: `Gebruik: beleidsmonitor check <bestand.xlsx> [--json] [--peildatum JJJJ-MM-DD] [--lang nl|en]
         beleidsmonitor summary <bestand.xlsx> [-o <uitvoer.xlsx>] [--datum JJJJ-MM-DD] [--uitvraag] [--met-werkboek] [--overschrijven]

check     Controleert het activiteitenoverzicht en toont de bevindingen per blad en cel.
  --json        uitvoer als JSON (voor scripts)
  --peildatum   rekent met deze datum in plaats van de Peildatum uit Instellingen
  --lang        taal van de meldingen: nl (standaard) of en

summary   Schrijft een nieuwe werkmap met het blad 'BO <datum>': de samenvatting voor het
          bestuurlijk overleg, klaar om af te drukken (A4 liggend). Het invoerbestand blijft ongewijzigd.
  -o            naam van de nieuwe werkmap (standaard '<naam> BO <datum>.xlsx' naast het invoerbestand)
  --datum       datum van het overleg (standaard 'Datum bestuurlijk overleg' uit Instellingen)
  --uitvraag    voegt ook het blad 'Uitvraag <datum>' toe: per partij wat nog moet worden aangeleverd
  --met-werkboek   zet de samenvatting in een kopie van het hele werkboek; alleen als die kopie
                   niets kwijtraakt (grafieken, macro's, koppelingen ...), anders wordt niets geschreven
  --overschrijven  vervangt een bestaand bestand met dezelfde naam (nooit het invoerbestand)
  --peildatum, --lang  als bij check

Afsluitcode: 0 geen fouten (check) of samenvatting geschreven (summary), 1 fouten gevonden (check),
2 bestand onleesbaar of verkeerde opdracht.
`,
  en: `Usage: beleidsmonitor check <file.xlsx> [--json] [--peildatum YYYY-MM-DD] [--lang nl|en]
       beleidsmonitor summary <file.xlsx> [-o <out.xlsx>] [--datum YYYY-MM-DD] [--uitvraag] [--met-werkboek] [--overschrijven]

check     Checks the activity overview and lists the findings per sheet and cell.
  --json        output as JSON (for scripts)
  --peildatum   use this date instead of the Peildatum in Instellingen
  --lang        language of the messages: nl (default) or en

summary   Writes a new workbook with the sheet 'BO <date>': the summary for the
          administrative meeting, ready to print (A4 landscape). The input file is left unchanged.
  -o            name of the new workbook (default '<name> BO <date>.xlsx' next to the input)
  --datum       date of the meeting (default 'Datum bestuurlijk overleg' in Instellingen)
  --uitvraag    also adds the sheet 'Uitvraag <date>': per party what is still to be delivered
  --met-werkboek   puts the summary into a copy of the whole workbook, only when that copy loses
                   nothing (charts, macros, links ...); otherwise nothing is written
  --overschrijven  replaces an existing file of the same name (never the input)
  --peildatum, --lang  as for check

Exit code: 0 no errors (check) or summary written (summary), 1 errors found (check),
2 unreadable file or wrong arguments.
`,
};
