import { basename, dirname, extname, join } from "node:path";
import { checkModel } from "../core/engine/checkWorkbook";
import { countLabel } from "../core/i18n/labels";
import { buildModel } from "../core/model/workbookModel";
import { buildRequestSheet } from "../core/summary/buildRequestSheet";
import { buildSummary } from "../core/summary/buildSummary";
import { CliError } from "./cliError";
import { checkOutput, writeOutputFile } from "./fileAccess";
import type { CliIo } from "./io";
import type { SummaryArgs } from "./parseArgs";
import { readWorkbookFile } from "./readWorkbook";
import { summaryInCopy, summaryWorkbook } from "./summaryWorkbook";

const GENERATOR = "Beleidsmonitor 0.1.0";

/** `<name> BO <date>.xlsx` next to the input. */
export function defaultOutput(file: string, meetingDate: string): string {
  return join(dirname(file), `${basename(file, extname(file))} BO ${meetingDate}.xlsx`);
}

/**
 * `beleidsmonitor summary`: reads the workbook and writes the BO summary (and on request the per-party
 * request sheet) as a workbook of its own; with `--met-werkboek` into a copy of the workbook, but only
 * when that copy loses nothing. The input is never written. Exit code 0 once the file is written.
 */
export async function summaryCommand(args: SummaryArgs, io: CliIo): Promise<number> {
  const { snapshot, bytes } = await readWorkbookFile(args.file);
  if (snapshot.sheets.every((s) => s.values.length === 0)) {
    throw new CliError(`Het werkboek '${args.file}' is leeg.`, `The workbook '${args.file}' is empty.`);
  }
  const model = buildModel(snapshot);
  const meetingDate = args.meetingDate ?? model.settings.meetingDate;
  if (!meetingDate) {
    throw new CliError(
      "Voor welk bestuurlijk overleg is de samenvatting? Geef de datum op met --datum JJJJ-MM-DD, of vul 'Datum bestuurlijk overleg' in op het blad Instellingen.",
      "Which meeting is the summary for? Give its date with --datum YYYY-MM-DD, or fill in 'Datum bestuurlijk overleg' on the Instellingen sheet.",
    );
  }
  const output = args.output ?? defaultOutput(args.file, meetingDate);
  checkOutput(output, [args.file], args.overwrite);
  const report = checkModel(model, { today: io.today(), referenceDate: args.referenceDate, lang: args.lang });
  const options = { meetingDate, generatedAt: io.now ? io.now() : io.today(), generator: GENERATOR, lang: args.lang };
  const sheets = [buildSummary(report, model, options)];
  if (args.request) sheets.push(buildRequestSheet(report, model, options));
  const written = args.withWorkbook ? await summaryInCopy({ bytes, snapshot, file: args.file }, sheets, args.lang) : await summaryWorkbook(sheets, GENERATOR);
  // Checked again just before writing: the file system may have changed while the summary was built.
  checkOutput(output, [args.file], args.overwrite);
  writeOutputFile(output, written.bytes);

  const names = written.names.map((n) => `'${n}'`).join(args.lang === "en" ? " and " : " en ");
  io.stdout(args.lang === "en" ? `Summary written: ${output} (sheet ${names}).\n` : `Samenvatting geschreven: ${output} (blad ${names}).\n`);
  if (report.counts.error > 0) {
    const errors = countLabel(report.counts.error, "error", args.lang);
    io.stdout(args.lang === "en" ? `Note: the check found ${errors}; the summary says so under "Stand van de controle".\n` : `Let op: de controle vond ${errors}; de samenvatting noemt dat bij "Stand van de controle".\n`);
  }
  return 0;
}
