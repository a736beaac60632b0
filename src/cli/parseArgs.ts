import { isValidIso, type IsoDate } from "../core/parse/isoDate";
import type { Lang } from "../core/rules/types";
import { CliError } from "./cliError";

export interface CheckArgs {
  command: "check";
  file: string;
  json: boolean;
  referenceDate?: IsoDate;
  lang: Lang;
}

export type CliArgs = CheckArgs | { command: "help"; lang: Lang } | { command: "version"; lang: Lang };

function langOf(argv: readonly string[]): Lang {
  const i = argv.indexOf("--lang");
  return argv[i + 1] === "en" ? "en" : "nl";
}

/** Parses the command line; wrong arguments become a CliError (exit code 2). */
export function parseArgs(argv: readonly string[]): CliArgs {
  const lang = langOf(argv);
  if (argv.length === 0 || argv.includes("-h") || argv.includes("--help") || argv[0] === "help") return { command: "help", lang };
  if (argv.includes("--version") || argv[0] === "version") return { command: "version", lang };
  const [command, ...rest] = argv;
  if (command !== "check") throw new CliError(`Onbekende opdracht '${command}'. Gebruik: beleidsmonitor check <bestand.xlsx>`, `Unknown command '${command}'. Usage: beleidsmonitor check <file.xlsx>`);
  const args: CheckArgs = { command, file: "", json: false, lang };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === "--json") args.json = true;
    else if (arg === "--lang") {
      const value = rest[++i];
      if (value !== "nl" && value !== "en") throw new CliError(`--lang verwacht 'nl' of 'en', niet '${value ?? ""}'.`, `--lang expects 'nl' or 'en', not '${value ?? ""}'.`);
    } else if (arg === "--peildatum") {
      const value = rest[++i] ?? "";
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isValidIso(value)) {
        throw new CliError(`--peildatum verwacht een datum als JJJJ-MM-DD, niet '${value}'.`, `--peildatum expects a date as YYYY-MM-DD, not '${value}'.`);
      }
      args.referenceDate = value;
    } else if (arg.startsWith("-")) {
      throw new CliError(`Onbekende optie '${arg}'.`, `Unknown option '${arg}'.`);
    } else if (args.file === "") {
      args.file = arg;
    } else {
      throw new CliError(`Eén bestand tegelijk: '${arg}' is te veel.`, `One file at a time: '${arg}' is one too many.`);
    }
  }
  if (args.file === "") throw new CliError("Geef het werkboek op: beleidsmonitor check <bestand.xlsx>", "Name the workbook: beleidsmonitor check <file.xlsx>");
  return args;
}

export const USAGE: Record<Lang, string> = {
  nl: `Gebruik: beleidsmonitor check <bestand.xlsx> [--json] [--peildatum JJJJ-MM-DD] [--lang nl|en]

Controleert het activiteitenoverzicht en toont de bevindingen per blad en cel.
  --json        uitvoer als JSON (voor scripts)
  --peildatum   rekent met deze datum in plaats van de Peildatum uit Instellingen
  --lang        taal van de meldingen: nl (standaard) of en

Afsluitcode: 0 geen fouten, 1 fouten gevonden, 2 bestand onleesbaar of verkeerde opdracht.
`,
  en: `Usage: beleidsmonitor check <file.xlsx> [--json] [--peildatum YYYY-MM-DD] [--lang nl|en]

Checks the activity overview and lists the findings per sheet and cell.
  --json        output as JSON (for scripts)
  --peildatum   use this date instead of the Peildatum in Instellingen
  --lang        language of the messages: nl (default) or en

Exit code: 0 no errors, 1 errors found, 2 unreadable file or wrong arguments.
`,
};
