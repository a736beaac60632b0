import { basename, dirname, extname, join } from "node:path";
import { sinceLastMeeting, type SinceLastMeeting } from "../core/compare/sinceLastMeeting";
import { checkModel, type CheckReport } from "../core/engine/checkWorkbook";
import { countLabel } from "../core/i18n/labels";
import { buildModel, type WorkbookModel } from "../core/model/workbookModel";
import { recordState } from "../core/state/recordState";
import { planStateWrite, previousState, readStoredStates, STATE_SHEET, type StateSheetWrite } from "../core/state/stateSheet";
import { buildRequestSheet } from "../core/summary/buildRequestSheet";
import { buildSummary } from "../core/summary/buildSummary";
import type { WorkbookSnapshot } from "../core/snapshot";
import { CliError } from "./cliError";
import { checkOutput, writeOutputFile } from "./fileAccess";
import { choiceFromOptions } from "./summaryChoiceOptions";
import type { CliIo } from "./io";
import type { SummaryArgs } from "./parseArgs";
import { readWorkbookFile } from "./readWorkbook";
import { releaserFor } from "./releaseMemory";
import { GENERATOR, sinceFile } from "./stateSides";
import { summaryInCopy, summaryWorkbook } from "./summaryWorkbook";

/** `<name> BO <date>.xlsx` next to the input. */
export function defaultOutput(file: string, meetingDate: string): string {
  return join(dirname(file), `${basename(file, extname(file))} BO ${meetingDate}.xlsx`);
}

const NO_EARLIER: Record<"nl" | "en", string> = {
  nl: "Er was geen eerdere stand om mee te vergelijken; geef de vorige samenvatting op met --vorige <bestand.xlsx>.",
  en: "There was no earlier state to compare with; name the previous summary with --vorige <file.xlsx>.",
};

/**
 * The state the summary shows, as the rows to record, and what changed since the previous meeting. The state
 * itself is not kept: at 100 000 activity rows it is tens of MB while the summary is built.
 */
async function recordAndCompare(
  args: SummaryArgs,
  io: CliIo,
  input: { snapshot: WorkbookSnapshot; model: WorkbookModel; report: CheckReport; meetingDate: string; generatedAt: string },
): Promise<{ since: SinceLastMeeting; state: StateSheetWrite }> {
  const { snapshot, model, report, meetingDate, generatedAt } = input;
  const now = recordState(model, report, { meetingDate, recordedAt: generatedAt, generator: GENERATOR });
  const since: SinceLastMeeting = args.previous
    ? await sinceFile(args.previous, now, args.file, io, args.lang)
    : sinceLastMeeting(previousState(readStoredStates(snapshot), meetingDate), now);
  return { since, state: planStateWrite(args.withWorkbook ? snapshot : { sheets: [], tables: [] }, now) };
}

/** The sheets the summary writes and the state it records, with the workbook itself only when a copy is wanted. */
async function buildSheets(args: SummaryArgs, io: CliIo) {
  const { snapshot, bytes } = await readWorkbookFile(args.file);
  // Between the steps, what a step let go is collected at once: a large workbook otherwise takes the process
  // past its memory budget (350 MB at 100 000 activity rows); a small one never comes near it.
  const release = releaserFor(bytes.length);
  release();
  if (snapshot.sheets.every((s) => s.values.length === 0)) {
    throw new CliError(`De werkmap '${args.file}' is leeg.`, `The workbook '${args.file}' is empty.`);
  }
  const model = buildModel(snapshot);
  // --onderdelen, --programmas and --themas override their settings in Instellingen; a wrong name stops here, before the check.
  const choice = choiceFromOptions(args, model);
  const meetingDate = args.meetingDate ?? model.settings.meetingDate;
  if (!meetingDate) {
    throw new CliError(
      "Voor welk bestuurlijk overleg is de samenvatting? Geef de datum op met --datum JJJJ-MM-DD, of vul 'Datum bestuurlijk overleg' in op het blad Instellingen.",
      "Which meeting is the summary for? Give its date with --datum YYYY-MM-DD, or fill in 'Datum bestuurlijk overleg' on the Instellingen sheet.",
    );
  }
  const output = args.output ?? defaultOutput(args.file, meetingDate);
  checkOutput(output, [args.file, ...(args.previous ? [args.previous] : [])], args.overwrite);
  const report = checkModel(model, { today: io.today(), referenceDate: args.referenceDate, lang: args.lang });
  release();
  const generatedAt = io.now ? io.now() : io.today();
  const { since, state } = await recordAndCompare(args, io, { snapshot, model, report, meetingDate, generatedAt });
  release();
  const options = { meetingDate, generatedAt, generator: GENERATOR, lang: args.lang, since, ...(choice ? { choice } : {}) };
  const sheets = [buildSummary(report, model, options)];
  if (args.request) sheets.push(buildRequestSheet(report, model, options));
  const original = args.withWorkbook ? { bytes, snapshot, file: args.file } : undefined;
  return { sheets, output, noEarlier: since.kind === "none", state, errors: report.counts.error, original, release };
}

/**
 * `beleidsmonitor summary`: reads the workbook and writes the BO summary (and on request the per-party
 * request sheet) as a workbook of its own; with `--met-werkmap` into a copy of the workbook, but only
 * when that copy loses nothing. The input is never written. *Sinds het vorige overleg* compares with the
 * state recorded in the workbook for the previous meeting, or with `--vorige <bestand>`; the state the summary
 * shows is recorded in what is written (docs/vastgelegde-stand.md). Exit code 0 once the file is written.
 */
export async function summaryCommand(args: SummaryArgs, io: CliIo): Promise<number> {
  // Built in a step of its own: once it returns, the workbook's snapshot, model and report can go (at 100 000
  // activity rows they are most of the memory), unless a copy of the workbook is wanted.
  const { sheets, output, noEarlier, state, errors, original, release } = await buildSheets(args, io);
  release();
  // The state goes where the summary goes: below the workbook's own states in a copy, on a sheet of its own otherwise.
  const written = original ? await summaryInCopy(original, sheets, args.lang, state) : summaryWorkbook(sheets, GENERATOR, state);
  // Checked again just before writing: the file system may have changed while the summary was built.
  checkOutput(output, [args.file], args.overwrite);
  writeOutputFile(output, written.bytes);

  const names = written.names.map((n) => `'${n}'`).join(args.lang === "en" ? " and " : " en ");
  io.stdout(args.lang === "en" ? `Summary written: ${output} (sheet ${names}).\n` : `Samenvatting geschreven: ${output} (blad ${names}).\n`);
  io.stdout(
    args.lang === "en"
      ? `The workbook's state is recorded in it (very hidden sheet '${STATE_SHEET}'): a next summary can compare with it through --vorige.\n`
      : `De stand van de werkmap is erin vastgelegd (zeer verborgen blad '${STATE_SHEET}'): een volgende samenvatting kan er met --vorige mee vergelijken.\n`,
  );
  if (noEarlier) io.stdout(`${NO_EARLIER[args.lang]}\n`);
  if (errors > 0) {
    const found = countLabel(errors, "error", args.lang);
    io.stdout(args.lang === "en" ? `Note: the check found ${found}; the summary says so under "Stand van de controle".\n` : `Let op: de controle vond ${found}; de samenvatting noemt dat bij "Stand van de controle".\n`);
  }
  return 0;
}
