import { isDateInBounds, type IsoDate } from "../core/parse/isoDate";
import { CHOOSABLE_SECTIONS, parseSections, SECTION_HEADINGS, type SummarySectionId } from "../core/summary/summaryChoice";
import type { Lang } from "../core/rules/types";
import { CliError } from "./cliError";
import { unknownName } from "./summaryChoiceOptions";
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
  /** `--met-werkmap` (its first spelling is still accepted): the summary goes into a copy of the workbook (refused when the copy would lose anything). */
  withWorkbook: boolean;
  /** `--vorige`: compare with this earlier file instead of the state recorded in the workbook itself. */
  previous?: string;
  /** `--onderdelen`: the sections to show, instead of Instellingen' Samenvatting onderdelen. */
  sections?: SummarySectionId[];
  /** `--programmas`: the indicators' programmes to show, as a `;`-list (checked against the workbook once read). */
  programmes?: string;
  /** `--themas`: the activities' themes to show, as a `;`-list (checked against the workbook once read). */
  themes?: string;
  lang: Lang;
}

export interface UitvraagArgs {
  command: "uitvraag";
  file: string;
  /** `-o`: the folder the return files go to; by default the overview's own folder. */
  outputDir?: string;
  /** `--partij` (repeatable): only these parties; by default every party that is asked something. */
  parties: string[];
  /** `--deadline`: when the returns are due, instead of Datum bestuurlijk overleg minus 14 days. */
  deadline?: IsoDate;
  referenceDate?: IsoDate;
  json: boolean;
  overwrite: boolean;
  lang: Lang;
}

export interface BundelArgs {
  command: "bundel";
  /** The overview. */
  file: string;
  /** The returns in the order given; `party` when named with `--partij <naam> <retour.xlsx>`. */
  returns: { file: string; party?: string }[];
  output: string;
  referenceDate?: IsoDate;
  json: boolean;
  overwrite: boolean;
  lang: Lang;
}

export type CliArgs = CheckArgs | SummaryArgs | UitvraagArgs | BundelArgs | VerschilArgs | { command: "help"; lang: Lang } | { command: "version"; lang: Lang };

type FileArgs = CheckArgs | SummaryArgs | UitvraagArgs | BundelArgs;

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

/** `--lang`'s value, checked; the language itself is taken from argv before parsing (`langOf`). */
function checkLangOption(value: string | undefined): void {
  if (value !== "nl" && value !== "en") throw new CliError(`--lang verwacht 'nl' of 'en', niet '${value ?? ""}'.`, `--lang expects 'nl' or 'en', not '${value ?? ""}'.`);
}

/** Options the file commands share (`--json` and `--overschrijven` where the command has them); false for any other. */
function commonOption(args: FileArgs, arg: string, next: () => string | undefined): boolean {
  switch (arg) {
    case "--lang":
      checkLangOption(next());
      return true;
    case "--peildatum":
      args.referenceDate = isoOption(arg, next());
      return true;
    case "--json":
      if (!("json" in args)) return false;
      args.json = true;
      return true;
    case "--overschrijven":
      if (!("overwrite" in args)) return false;
      args.overwrite = true;
      return true;
    default:
      return false;
  }
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
    case "--met-werkmap":
    case "--met-werkboek": // the first spelling; Office says werkmap
      args.withWorkbook = true;
      return true;
    case "--vorige": {
      const value = next();
      if (!value || value.startsWith("-")) throw new CliError(`${arg} verwacht het vorige bestand (.xlsx).`, `${arg} expects the previous file (.xlsx).`);
      args.previous = value;
      return true;
    }
    case "--onderdelen":
      args.sections = sectionsOption(next(), args.lang);
      return true;
    case "--programmas":
      args.programmes = listOption(arg, next(), { nl: "programma's", en: "programmes" }, { nl: "Bestaanszekerheid bieden; Kansengelijkheid vergroten", en: "Bestaanszekerheid bieden; Kansengelijkheid vergroten" });
      return true;
    case "--themas":
      args.themes = listOption(arg, next(), { nl: "thema's", en: "themes" }, { nl: "Samenwerking; Betaalbaar wonen", en: "Samenwerking; Betaalbaar wonen" });
      return true;
    default:
      return false;
  }
}

/** The text of a `;`-list option (`--onderdelen`, `--programmas`, `--themas`); `choices` ends the message when it is missing. */
function listOption(option: string, value: string | undefined, what: Record<Lang, string>, example: Record<Lang, string>, choices?: Record<Lang, string>): string {
  if (value === undefined || value.startsWith("--")) {
    const more = (l: Lang) => (choices ? (l === "nl" ? ` Kies uit: ${choices.nl}.` : ` Choose from: ${choices.en}.`) : "");
    throw new CliError(
      `${option} verwacht de ${what.nl} tussen aanhalingstekens, gescheiden door ';', bijvoorbeeld "${example.nl}".${more("nl")}`,
      `${option} expects the ${what.en} in quotes, separated by ';', for example "${example.en}".${more("en")}`,
    );
  }
  return value;
}

/** `--onderdelen "Activiteiten; Taakstelling"`: every name must be a section, or nothing is written. */
function sectionsOption(value: string | undefined, lang: Lang): SummarySectionId[] {
  const headings = { nl: CHOOSABLE_SECTIONS.map((id) => SECTION_HEADINGS[id].nl).join("; "), en: CHOOSABLE_SECTIONS.map((id) => SECTION_HEADINGS[id].en).join("; ") };
  const text = listOption("--onderdelen", value, { nl: "onderdelen", en: "sections" }, { nl: "Activiteiten; Taakstelling", en: "Activities; Quota" }, headings);
  const { sections, unknown } = parseSections(text, lang);
  const [first] = unknown;
  if (first) throw unknownName("--onderdelen", first, { nl: "geen onderdeel van de samenvatting", en: "not a section of the summary" }, { nl: `Kies uit: ${headings.nl}.`, en: `Choose from: ${headings.en}.` });
  return sections ?? [...CHOOSABLE_SECTIONS];
}

function uitvraagOption(args: UitvraagArgs, arg: string, next: () => string | undefined): boolean {
  switch (arg) {
    case "-o":
    case "--uitvoer": {
      const value = next();
      if (!value) throw new CliError(`${arg} verwacht de map waarin de bestanden komen.`, `${arg} expects the folder the files go to.`);
      args.outputDir = value;
      return true;
    }
    case "--partij": {
      const value = next();
      if (!value || value.startsWith("-")) throw new CliError("--partij verwacht de naam of afkorting van een partij.", "--partij expects the name or short name of a party.");
      args.parties.push(value);
      return true;
    }
    case "--deadline":
      args.deadline = isoOption(arg, next());
      return true;
    default:
      return false;
  }
}

function bundelOption(args: BundelArgs, arg: string, next: () => string | undefined): boolean {
  switch (arg) {
    case "-o":
    case "--uitvoer": {
      const value = next();
      if (!value) throw new CliError(`${arg} verwacht de naam van het gebundelde bestand.`, `${arg} expects the name of the bundled file.`);
      args.output = value;
      return true;
    }
    case "--partij": {
      const party = next();
      const file = next();
      if (!party || party.startsWith("-") || !file || file.startsWith("-")) {
        throw new CliError("--partij verwacht een partij en de retour van die partij: --partij OFW retour.xlsx", "--partij expects a party and that party's return: --partij OFW return.xlsx");
      }
      if (args.file === "") throw new CliError("Noem eerst het overzicht, dan de retouren: beleidsmonitor bundel <overzicht.xlsx> --partij OFW <retour.xlsx>", "Name the overview first, then the returns: beleidsmonitor bundel <overview.xlsx> --partij OFW <return.xlsx>");
      args.returns.push({ file, party });
      return true;
    }
    default:
      return false;
  }
}

const COMMANDS = ["check", "summary", "uitvraag", "bundel"] as const;

function emptyArgs(command: (typeof COMMANDS)[number], lang: Lang): FileArgs {
  switch (command) {
    case "check":
      return { command, file: "", json: false, lang };
    case "summary":
      return { command, file: "", request: false, overwrite: false, withWorkbook: false, lang };
    case "uitvraag":
      return { command, file: "", parties: [], json: false, overwrite: false, lang };
    case "bundel":
      return { command, file: "", returns: [], output: "", json: false, overwrite: false, lang };
  }
}

function commandOption(args: FileArgs, arg: string, next: () => string | undefined): boolean {
  switch (args.command) {
    case "check":
      return false;
    case "summary":
      return summaryOption(args, arg, next);
    case "uitvraag":
      return uitvraagOption(args, arg, next);
    case "bundel":
      return bundelOption(args, arg, next);
  }
}

/** `verschil <vorige.xlsx> [<huidige.xlsx>] [--json] [--lang nl|en] [--toelichting]`. */
function parseVerschil(rest: readonly string[], lang: Lang): VerschilArgs {
  const args: VerschilArgs = { command: "verschil", files: [], json: false, includeMinor: false, lang };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === "--json") args.json = true;
    else if (arg === "--toelichting") args.includeMinor = true;
    else if (arg === "--lang") checkLangOption(rest[++i]);
    else if (arg.startsWith("-")) throw new CliError(`Onbekende optie '${arg}'.`, `Unknown option '${arg}'.`);
    else if (args.files.length < 2) args.files.push(arg);
    else throw new CliError(`Twee bestanden tegelijk: '${arg}' is te veel.`, `Two files at a time: '${arg}' is one too many.`);
  }
  if (args.files.length === 0) {
    throw new CliError("Geef de werkmappen op: beleidsmonitor verschil <vorige.xlsx> <huidige.xlsx>", "Name the workbooks: beleidsmonitor verschil <previous.xlsx> <current.xlsx>");
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
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new CliError(
      `Onbekende opdracht '${command}'. Gebruik: beleidsmonitor check, summary, uitvraag, bundel of verschil (beleidsmonitor --help zegt meer).`,
      `Unknown command '${command}'. Use: beleidsmonitor check, summary, uitvraag, bundel or verschil (beleidsmonitor --help says more).`,
    );
  }
  const args = emptyArgs(command as (typeof COMMANDS)[number], lang);
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const next = () => rest[++i];
    if (commonOption(args, arg, next)) continue;
    if (commandOption(args, arg, next)) continue;
    if (arg.startsWith("-")) throw new CliError(`Onbekende optie '${arg}'.`, `Unknown option '${arg}'.`);
    if (args.file === "") args.file = arg;
    else if (args.command === "bundel") args.returns.push({ file: arg });
    else throw new CliError(`Eén bestand tegelijk: '${arg}' is te veel.`, `One file at a time: '${arg}' is one too many.`);
  }
  if (args.file === "") throw new CliError(`Geef de werkmap op: beleidsmonitor ${command} <bestand.xlsx>`, `Name the workbook: beleidsmonitor ${command} <file.xlsx>`);
  if (args.command === "bundel") {
    if (args.returns.length === 0) throw new CliError("Geef ook de retouren op: beleidsmonitor bundel <overzicht.xlsx> <retour.xlsx>... -o <gebundeld.xlsx>", "Name the returns too: beleidsmonitor bundel <overview.xlsx> <return.xlsx>... -o <bundled.xlsx>");
    if (args.output === "") throw new CliError("Waar komt het gebundelde overzicht? Geef een nieuwe bestandsnaam met -o <gebundeld.xlsx>; het overzicht zelf wordt nooit gewijzigd.", "Where does the bundled overview go? Give a new file name with -o <bundled.xlsx>; the overview itself is never changed.");
  }
  return args;
}

export const USAGE: Record<Lang, string> = {
  nl: `Gebruik: beleidsmonitor check <bestand.xlsx> [--json] [--peildatum JJJJ-MM-DD] [--lang nl|en]
         beleidsmonitor summary <bestand.xlsx> [-o <uitvoer.xlsx>] [--datum JJJJ-MM-DD] [--onderdelen "<lijst>"] [--programmas "<lijst>"] [--themas "<lijst>"] [--uitvraag] [--met-werkmap] [--overschrijven] [--vorige <bestand.xlsx>]
         beleidsmonitor uitvraag <overzicht.xlsx> [-o <map>] [--partij <naam>]... [--deadline JJJJ-MM-DD] [--json] [--overschrijven]
         beleidsmonitor bundel <overzicht.xlsx> <retour.xlsx>... [--partij <naam> <retour.xlsx>]... -o <gebundeld.xlsx> [--json] [--overschrijven]
         beleidsmonitor verschil <vorige.xlsx> [<huidige.xlsx>] [--json] [--toelichting] [--lang nl|en]

check     Controleert het activiteitenoverzicht en toont de bevindingen per blad en cel.
  --json        uitvoer als JSON (voor scripts)
  --peildatum   rekent met deze datum in plaats van de Peildatum uit Instellingen
  --lang        taal van de meldingen: nl (standaard) of en

summary   Schrijft een nieuwe werkmap met het blad 'BO <datum>': de samenvatting voor het
          bestuurlijk overleg, klaar om af te drukken (A4 liggend). Het invoerbestand blijft ongewijzigd.
  -o            naam van de nieuwe werkmap (standaard '<naam> BO <datum>.xlsx' naast het invoerbestand)
  --datum       datum van het overleg (standaard 'Datum bestuurlijk overleg' uit Instellingen)
  --onderdelen  alleen deze onderdelen, gescheiden door ';', bijvoorbeeld
                --onderdelen "Activiteiten; Taakstelling vergunninghouders" (standaard 'Samenvatting
                onderdelen' uit Instellingen, anders alle). Kies uit: Sinds het vorige overleg, Activiteiten,
                Indicatoren, Taakstelling vergunninghouders, Uitvraag: nog aan te leveren. De eerste pagina
                (kerncijfers, bespreekpunten) staat er altijd in en zegt wat is weggelaten
  --programmas  alleen de indicatoren van deze programma's, gescheiden door ';', zoals ze in de kolom
                Programma staan (hoofdletters en accenten tellen niet); standaard 'Samenvatting programma's'
                uit Instellingen, anders alle; --programmas "" toont alle programma's
  --themas      alleen de activiteiten van deze thema's, gescheiden door ';', zoals ze in de kolom Thema
                staan (hoofdletters en accenten tellen niet); standaard 'Samenvatting thema's' uit
                Instellingen, anders alle; --themas "" toont alle thema's
  --vorige      vergelijkt in 'Sinds het vorige overleg' met dit eerdere bestand (bijvoorbeeld de vorige
                samenvatting) in plaats van met de stand die in de werkmap zelf is vastgelegd
  --uitvraag    voegt ook het blad 'Uitvraag <datum>' toe: per partij wat nog moet worden aangeleverd
  --met-werkmap    zet de samenvatting in een kopie van de hele werkmap; alleen als die kopie
                   niets kwijtraakt (grafieken, macro's, koppelingen ...), anders wordt niets geschreven
  --overschrijven  vervangt een bestaand bestand met dezelfde naam (nooit het invoerbestand)
  --peildatum, --lang  als bij check
          De stand van de werkmap wordt vastgelegd in de nieuwe werkmap (een zeer verborgen blad), zodat
          een volgende samenvatting (--vorige) of 'verschil' ermee kan vergelijken.

uitvraag  Schrijft per partij een nieuw bestand (retour-<partij>.xlsx) met wat die partij moet invullen:
          haar activiteiten, de metingen waarvan zij de bron is en haar open punten. Het overzicht blijft ongewijzigd.
  -o            map voor de bestanden (standaard de map van het overzicht)
  --partij      alleen voor deze partij (mag vaker); standaard elke partij die iets moet aanleveren
  --deadline    uiterste datum (standaard twee weken voor 'Datum bestuurlijk overleg')
  --json        uitvoer als JSON
  --overschrijven  vervangt bestaande bestanden met dezelfde naam

bundel    Zet de ingevulde retouren in een kopie van het overzicht en voegt het blad 'Bundeling <datum>'
          toe met elke keuze. Het overzicht en de retouren blijven ongewijzigd; de kopie verliest niets.
  -o            naam van het gebundelde bestand (verplicht)
  --partij      de partij van de retour die erna komt, als die retour geen Partij in Instellingen heeft
  --json        uitvoer als JSON (voor scripts)
  --overschrijven  vervangt een bestaand bestand met dezelfde naam (nooit een invoerbestand)

verschil  Wat is er veranderd tussen twee standen van het overzicht: activiteiten, indicatoren,
          taakstelling en bevindingen. Met één bestand: de werkmap nu tegenover de stand die bij de
          laatste samenvatting is vastgelegd.
  --json        uitvoer als JSON (voor scripts)
  --toelichting ook herschreven toelichtingen en een nieuwe datum in 'Laatst bijgewerkt'

Afsluitcode: 0 geen fouten (check), samenvatting of uitvraag geschreven, gebundeld zonder conflicten of
vergeleken (verschil); 1 fouten gevonden (check) of gebundeld met conflicten; 2 bestand onleesbaar, niets
gebundeld of verkeerde opdracht.
`,
  en: `Usage: beleidsmonitor check <file.xlsx> [--json] [--peildatum YYYY-MM-DD] [--lang nl|en]
       beleidsmonitor summary <file.xlsx> [-o <out.xlsx>] [--datum YYYY-MM-DD] [--onderdelen "<list>"] [--programmas "<list>"] [--themas "<list>"] [--uitvraag] [--met-werkmap] [--overschrijven] [--vorige <file.xlsx>]
       beleidsmonitor uitvraag <overview.xlsx> [-o <folder>] [--partij <name>]... [--deadline YYYY-MM-DD] [--json] [--overschrijven]
       beleidsmonitor bundel <overview.xlsx> <return.xlsx>... [--partij <name> <return.xlsx>]... -o <bundled.xlsx> [--json] [--overschrijven]
       beleidsmonitor verschil <previous.xlsx> [<current.xlsx>] [--json] [--toelichting] [--lang nl|en]

check     Checks the activity overview and lists the findings per sheet and cell.
  --json        output as JSON (for scripts)
  --peildatum   use this date instead of the Peildatum in Instellingen
  --lang        language of the messages: nl (default) or en

summary   Writes a new workbook with the sheet 'BO <date>': the summary for the
          administrative meeting, ready to print (A4 landscape). The input file is left unchanged.
  -o            name of the new workbook (default '<name> BO <date>.xlsx' next to the input)
  --datum       date of the meeting (default 'Datum bestuurlijk overleg' in Instellingen)
  --onderdelen  only these sections, separated by ';', for example
                --onderdelen "Activities; Quota" (default 'Samenvatting onderdelen' in Instellingen,
                else all). Choose from: Since the previous meeting, Activities, Indicators, Quota for permit
                holders, Request: still to deliver (the Dutch headings work too). Page 1 (key figures, points
                for discussion) is always there and says what was left out
  --programmas  only the indicators of these programmes, separated by ';', as they are in the column
                Programma (case and accents do not matter); default 'Samenvatting programma's' in
                Instellingen, else all; --programmas "" shows every programme
  --themas      only the activities of these themes, separated by ';', as they are in the column Thema
                (case and accents do not matter); default 'Samenvatting thema's' in Instellingen, else
                all; --themas "" shows every theme
  --vorige      compares 'Since the previous meeting' with this earlier file (the previous summary,
                for instance) instead of the state recorded in the workbook itself
  --uitvraag    also adds the sheet 'Uitvraag <date>': per party what is still to be delivered
  --met-werkmap    puts the summary into a copy of the whole workbook, only when that copy loses
                   nothing (charts, macros, links ...); otherwise nothing is written
  --overschrijven  replaces an existing file of the same name (never the input)
  --peildatum, --lang  as for check
          The workbook's state is recorded in the new workbook (a very hidden sheet), so that a next
          summary (--vorige) or 'verschil' can compare with it.

uitvraag  Writes a new file per party (retour-<party>.xlsx) with what that party has to fill in:
          its activities, the measurements it is the source of and its open items. The overview is left unchanged.
  -o            folder for the files (default: the overview's folder)
  --partij      only for this party (repeatable); default every party that has something to deliver
  --deadline    deadline (default two weeks before 'Datum bestuurlijk overleg')
  --json        output as JSON
  --overschrijven  replaces existing files of the same name

bundel    Puts the filled returns into a copy of the overview and adds the sheet 'Bundeling <date>'
          listing every decision. The overview and the returns are left unchanged; the copy loses nothing.
  -o            name of the bundled file (required)
  --partij      the party of the return that follows, when that return has no Partij in Instellingen
  --json        output as JSON (for scripts)
  --overschrijven  replaces an existing file of the same name (never an input)

verschil  What changed between two states of the overview: activities, indicators, quota and
          findings. With one file: the workbook now against the state recorded with its latest summary.
  --json        output as JSON (for scripts)
  --toelichting also reworded explanations and a new date in 'Laatst bijgewerkt'

Exit code: 0 no errors (check), summary or request written, bundled without conflicts or compared (verschil);
1 errors found (check) or bundled with conflicts; 2 unreadable file, nothing bundled or wrong arguments.
`,
};
