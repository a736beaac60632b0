import { isValidIso, type IsoDate } from "../core/parse/isoDate";
import type { Lang } from "../core/rules/types";
import { CliError } from "./cliError";
import type { VerschilArgs } from "./verschilCommand";

export type { VerschilArgs };

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
  /** `--vorige`: compare with this earlier file instead of the state recorded in the workbook itself. */
  previous?: string;
  lang: Lang;
}

export type CliArgs = CheckArgs | SummaryArgs | VerschilArgs | { command: "help"; lang: Lang } | { command: "version"; lang: Lang };

function langOf(argv: readonly string[]): Lang {
  const i = argv.indexOf("--lang");
  return argv[i + 1] === "en" ? "en" : "nl";
}

function isoOption(option: string, value: string | undefined): IsoDate {
  const text = value ?? "";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || !isValidIso(text)) {
    throw new CliError(`${option} verwacht een datum als JJJJ-MM-DD, niet '${text}'.`, `${option} expects a date as YYYY-MM-DD, not '${text}'.`);
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
    case "--vorige": {
      const value = next();
      if (!value || value.startsWith("-")) throw new CliError(`${arg} verwacht het vorige bestand (.xlsx).`, `${arg} expects the previous file (.xlsx).`);
      args.previous = value;
      return true;
    }
    default:
      return false;
  }
}

/** `verschil <vorige.xlsx> [<huidige.xlsx>] [--json] [--lang nl|en] [--toelichting]`. */
function parseVerschil(rest: readonly string[], lang: Lang): VerschilArgs {
  const args: VerschilArgs = { command: "verschil", files: [], json: false, includeMinor: false, lang };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === "--json") args.json = true;
    else if (arg === "--toelichting") args.includeMinor = true;
    else if (arg === "--lang") {
      const value = rest[++i];
      if (value !== "nl" && value !== "en") throw new CliError(`--lang verwacht 'nl' of 'en', niet '${value ?? ""}'.`, `--lang expects 'nl' or 'en', not '${value ?? ""}'.`);
    } else if (arg.startsWith("-")) throw new CliError(`Onbekende optie '${arg}'.`, `Unknown option '${arg}'.`);
    else if (args.files.length < 2) args.files.push(arg);
    else throw new CliError(`Twee bestanden tegelijk: '${arg}' is te veel.`, `Two files at a time: '${arg}' is one too many.`);
  }
  if (args.files.length === 0) {
    throw new CliError("Geef de werkboeken op: beleidsmonitor verschil <vorige.xlsx> <huidige.xlsx>", "Name the workbooks: beleidsmonitor verschil <previous.xlsx> <current.xlsx>");
  }
  return args;
}

/** Parses the command line; wrong arguments become a CliError (exit code 2). */
export function parseArgs(argv: readonly string[]): CliArgs {
  const lang = langOf(argv);
  if (argv.length === 0 || argv.includes("-h") || argv.includes("--help") || argv[0] === "help") return { command: "help", lang };
  if (argv.includes("--version") || argv[0] === "version") return { command: "version", lang };
  const [command, ...rest] = argv;
  if (command === "verschil") return parseVerschil(rest, lang);
  if (command !== "check" && command !== "summary") {
    throw new CliError(
      `Onbekende opdracht '${command}'. Gebruik: beleidsmonitor check, summary of verschil (beleidsmonitor --help)`,
      `Unknown command '${command}'. Usage: beleidsmonitor check, summary or verschil (beleidsmonitor --help)`,
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
         beleidsmonitor summary <bestand.xlsx> [-o <uitvoer.xlsx>] [--datum JJJJ-MM-DD] [--uitvraag] [--met-werkboek] [--overschrijven] [--vorige <bestand.xlsx>]
         beleidsmonitor verschil <vorige.xlsx> [<huidige.xlsx>] [--json] [--toelichting] [--lang nl|en]

check     Controleert het activiteitenoverzicht en toont de bevindingen per blad en cel.
  --json        uitvoer als JSON (voor scripts)
  --peildatum   rekent met deze datum in plaats van de Peildatum uit Instellingen
  --lang        taal van de meldingen: nl (standaard) of en

summary   Schrijft een nieuwe werkmap met het blad 'BO <datum>': de samenvatting voor het
          bestuurlijk overleg, klaar om af te drukken (A4 liggend). Het invoerbestand blijft ongewijzigd.
  -o            naam van de nieuwe werkmap (standaard '<naam> BO <datum>.xlsx' naast het invoerbestand)
  --datum       datum van het overleg (standaard 'Datum bestuurlijk overleg' uit Instellingen)
  --vorige      vergelijkt in 'Sinds het vorige overleg' met dit eerdere bestand (bijvoorbeeld de vorige
                samenvatting) in plaats van met de stand die in het werkboek zelf is vastgelegd
  --uitvraag    voegt ook het blad 'Uitvraag <datum>' toe: per partij wat nog moet worden aangeleverd
  --met-werkboek   zet de samenvatting in een kopie van het hele werkboek; alleen als die kopie
                   niets kwijtraakt (grafieken, macro's, koppelingen ...), anders wordt niets geschreven
  --overschrijven  vervangt een bestaand bestand met dezelfde naam (nooit het invoerbestand)
  --peildatum, --lang  als bij check
          De stand van het werkboek wordt vastgelegd in de nieuwe werkmap (een zeer verborgen blad), zodat
          een volgende samenvatting (--vorige) of 'verschil' ermee kan vergelijken.

verschil  Wat is er veranderd tussen twee standen van het overzicht: activiteiten, indicatoren,
          taakstelling en bevindingen. Met één bestand: het werkboek nu tegenover de stand die bij de
          laatste samenvatting is vastgelegd.
  --json        uitvoer als JSON (voor scripts)
  --toelichting ook herschreven toelichtingen en een nieuwe datum in 'Laatst bijgewerkt'

Afsluitcode: 0 geen fouten (check), samenvatting geschreven (summary) of vergeleken (verschil),
1 fouten gevonden (check), 2 bestand onleesbaar of verkeerde opdracht.
`,
  en: `Usage: beleidsmonitor check <file.xlsx> [--json] [--peildatum YYYY-MM-DD] [--lang nl|en]
       beleidsmonitor summary <file.xlsx> [-o <out.xlsx>] [--datum YYYY-MM-DD] [--uitvraag] [--met-werkboek] [--overschrijven] [--vorige <file.xlsx>]
       beleidsmonitor verschil <previous.xlsx> [<current.xlsx>] [--json] [--toelichting] [--lang nl|en]

check     Checks the activity overview and lists the findings per sheet and cell.
  --json        output as JSON (for scripts)
  --peildatum   use this date instead of the Peildatum in Instellingen
  --lang        language of the messages: nl (default) or en

summary   Writes a new workbook with the sheet 'BO <date>': the summary for the
          administrative meeting, ready to print (A4 landscape). The input file is left unchanged.
  -o            name of the new workbook (default '<name> BO <date>.xlsx' next to the input)
  --datum       date of the meeting (default 'Datum bestuurlijk overleg' in Instellingen)
  --vorige      compares 'Since the previous meeting' with this earlier file (the previous summary,
                for instance) instead of the state recorded in the workbook itself
  --uitvraag    also adds the sheet 'Uitvraag <date>': per party what is still to be delivered
  --met-werkboek   puts the summary into a copy of the whole workbook, only when that copy loses
                   nothing (charts, macros, links ...); otherwise nothing is written
  --overschrijven  replaces an existing file of the same name (never the input)
  --peildatum, --lang  as for check
          The workbook's state is recorded in the new workbook (a very hidden sheet), so that a next
          summary (--vorige) or 'verschil' can compare with it.

verschil  What changed between two states of the overview: activities, indicators, quota and
          findings. With one file: the workbook now against the state recorded with its latest summary.
  --json        output as JSON (for scripts)
  --toelichting also reworded explanations and a new date in 'Laatst bijgewerkt'

Exit code: 0 no errors (check), summary written (summary) or compared (verschil),
1 errors found (check), 2 unreadable file or wrong arguments.
`,
};
