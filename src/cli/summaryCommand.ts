import { existsSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { checkModel } from "../core/engine/checkWorkbook";
import { countLabel } from "../core/i18n/labels";
import { buildModel } from "../core/model/workbookModel";
import { buildRequestSheet } from "../core/summary/buildRequestSheet";
import { buildSummary } from "../core/summary/buildSummary";
import { CliError } from "./cliError";
import type { CliIo } from "./main";
import type { SummaryArgs } from "./parseArgs";
import { readWorkbookFile } from "./readWorkbook";
import { activateSheet, writeSummarySheet } from "./writeSummary";

const GENERATOR = "Beleidsmonitor 0.1.0";

/** `<name> BO <date>.xlsx` next to the input. */
export function defaultOutput(file: string, meetingDate: string): string {
  return join(dirname(file), `${basename(file, extname(file))} BO ${meetingDate}.xlsx`);
}

function outputPath(args: SummaryArgs, meetingDate: string): string {
  const output = args.output ?? defaultOutput(args.file, meetingDate);
  if (resolve(output) === resolve(args.file)) {
    throw new CliError(
      `De uitvoer '${output}' is het invoerbestand zelf; dat wordt nooit gewijzigd. Kies met -o een andere naam.`,
      `The output '${output}' is the input file itself, which is never changed. Choose another name with -o.`,
    );
  }
  if (existsSync(output) && !args.overwrite) {
    throw new CliError(
      `Het bestand '${output}' bestaat al. Kies met -o een andere naam, of geef --overschrijven op om het te vervangen.`,
      `The file '${output}' already exists. Choose another name with -o, or add --overschrijven to replace it.`,
    );
  }
  return output;
}

/**
 * `beleidsmonitor summary`: reads the workbook, adds the BO summary (and on request the per-party
 * request sheet) and writes the result as a copy. Exit code 0 once the copy is written.
 */
export async function summaryCommand(args: SummaryArgs, io: CliIo): Promise<number> {
  const { workbook, snapshot } = await readWorkbookFile(args.file);
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
  const output = outputPath(args, meetingDate);
  const report = checkModel(model, { today: io.today(), referenceDate: args.referenceDate, lang: args.lang });
  const options = { meetingDate, generatedAt: io.now ? io.now() : io.today(), generator: GENERATOR, lang: args.lang };
  const summary = writeSummarySheet(workbook, buildSummary(report, model, options));
  const names = [summary.name];
  if (args.request) names.push(writeSummarySheet(workbook, buildRequestSheet(report, model, options)).name);
  activateSheet(workbook, summary);

  // Written aside first, so a failed write never leaves half a file under the chosen name.
  const partial = `${output}.${process.pid}.tmp`;
  try {
    await workbook.xlsx.writeFile(partial);
    renameSync(partial, output);
  } catch (error) {
    rmSync(partial, { force: true });
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliError(`Kon '${output}' niet schrijven: ${detail}`, `Could not write '${output}': ${detail}`);
  }

  const sheets = names.map((n) => `'${n}'`).join(args.lang === "en" ? " and " : " en ");
  io.stdout(args.lang === "en" ? `Summary written: ${output} (sheet ${sheets}).\n` : `Samenvatting geschreven: ${output} (blad ${sheets}).\n`);
  if (report.counts.error > 0) {
    const errors = countLabel(report.counts.error, "error", args.lang);
    io.stdout(args.lang === "en" ? `Note: the workbook contains ${errors}; the summary says so at the top.\n` : `Let op: het werkboek bevat ${errors}; de samenvatting meldt dat bovenaan.\n`);
  }
  return 0;
}
