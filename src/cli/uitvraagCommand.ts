import { dirname, join } from "node:path";
import { statSync } from "node:fs";
import { checkModel } from "../core/engine/checkWorkbook";
import { formatDate } from "../core/format/formatDate";
import { buildModel } from "../core/model/workbookModel";
import { planReturns, returnProblemMessage, returnWarningMessage, type ReturnPlan } from "../core/returns";
import type { Lang } from "../core/rules/types";
import { CliError } from "./cliError";
import { checkOutput, writeOutputFile } from "./fileAccess";
import type { CliIo } from "./io";
import type { UitvraagArgs } from "./parseArgs";
import { readWorkbookFile } from "./readWorkbook";
import { loadExcelJS, returnWorkbookBytes } from "./returnWorkbook";

const GENERATOR = "Beleidsmonitor 0.1.0";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function planLine(plan: ReturnPlan, path: string, lang: Lang): string {
  const c = plan.counts;
  const activities = c.activitiesLead + c.activitiesInvolved;
  if (lang === "en") {
    return `  ${path}\n    ${plan.party.label}: ${plural(activities, "activity", "activities")} (${c.activitiesLead} as lead), ${plural(c.measurements, "measurement", "measurements")}, ${plural(c.todo, "open item", "open items")}\n`;
  }
  return `  ${path}\n    ${plan.party.label}: ${plural(activities, "activiteit", "activiteiten")} (${c.activitiesLead} als trekker), ${plural(c.measurements, "meting", "metingen")}, ${plural(c.todo, "open punt", "open punten")}\n`;
}

function deadlineLine(plans: readonly ReturnPlan[], lang: Lang): string {
  const deadline = plans[0]?.deadline;
  if (!deadline?.date) return "";
  const date = formatDate(deadline.date, lang);
  const why = deadline.source === "meeting" ? (lang === "en" ? " (two weeks before the meeting)" : " (twee weken voor het bestuurlijk overleg)") : "";
  return lang === "en" ? `Deadline in the files: ${date}${why}.\n` : `Uiterste datum in de bestanden: ${date}${why}.\n`;
}

/**
 * `beleidsmonitor uitvraag`: one new return workbook per party, next to the overview or in `-o <map>`.
 * Every target is checked before anything is written: an existing file is replaced only with
 * `--overschrijven`, the overview never. Exit code 0 once the files are written, 2 when nothing was.
 */
export async function uitvraagCommand(args: UitvraagArgs, io: CliIo): Promise<number> {
  const { snapshot } = await readWorkbookFile(args.file);
  if (snapshot.sheets.every((s) => s.values.length === 0)) {
    throw new CliError(`De werkmap '${args.file}' is leeg.`, `The workbook '${args.file}' is empty.`);
  }
  const folder = args.outputDir ?? dirname(args.file);
  const folderStats = statSync(folder, { throwIfNoEntry: false });
  if (!folderStats) throw new CliError(`De map '${folder}' bestaat niet. Maak hem eerst aan, of kies met -o een andere map.`, `The folder '${folder}' does not exist. Create it first, or choose another folder with -o.`);
  if (!folderStats.isDirectory()) throw new CliError(`'${folder}' is geen map; -o verwacht de map waarin de bestanden komen.`, `'${folder}' is not a folder; -o expects the folder the files go to.`);

  const today = io.today();
  const model = buildModel(snapshot);
  const report = checkModel(model, { today, referenceDate: args.referenceDate, lang: args.lang });
  const { plans, skipped, problems } = planReturns(model, report, { issuedOn: today, deadline: args.deadline, lang: args.lang, parties: args.parties });
  if (problems.length > 0) {
    const messages = problems.map((p) => returnProblemMessage(p, "nl"));
    const english = problems.map((p) => returnProblemMessage(p, "en"));
    throw new CliError(`Er is niets geschreven. ${messages.join(" ")}`, `Nothing was written. ${english.join(" ")}`);
  }
  if (plans.length === 0) {
    throw new CliError(
      "Er is niets geschreven: geen enkele partij in Partijen heeft activiteiten, metingen of open punten. Noem een partij met --partij om toch een uitvraag te maken.",
      "Nothing was written: no party in Partijen has activities, measurements or open items. Name a party with --partij to make a request anyway.",
    );
  }
  const targets = plans.map((plan) => ({ plan, path: join(folder, plan.fileName) }));
  // All targets first: either every file can be written, or none is.
  for (const { path } of targets) checkOutput(path, [args.file], args.overwrite);

  const ExcelJS = await loadExcelJS();
  const written: { plan: ReturnPlan; path: string; bytes: Uint8Array }[] = [];
  for (const target of targets) written.push({ ...target, bytes: await returnWorkbookBytes(target.plan, GENERATOR, ExcelJS) });
  for (const { path, bytes } of written) {
    checkOutput(path, [args.file], args.overwrite);
    writeOutputFile(path, bytes);
  }

  if (args.json) {
    io.stdout(
      JSON.stringify(
        {
          overview: args.file,
          folder,
          issuedOn: today,
          files: written.map(({ plan, path }) => ({
            file: path,
            party: plan.party.name,
            short: plan.party.short,
            deadline: plan.deadline.date,
            deadlineSource: plan.deadline.source,
            counts: plan.counts,
            warnings: plan.warnings,
          })),
          skipped,
        },
        null,
        2,
      ) + "\n",
    );
    return 0;
  }
  const lang = args.lang;
  let out = lang === "en" ? `Request written for ${plural(written.length, "party", "parties")} in ${folder}:\n` : `Uitvraag geschreven voor ${plural(written.length, "partij", "partijen")} in ${folder}:\n`;
  for (const { plan, path } of written) out += planLine(plan, path, lang);
  out += deadlineLine(plans, lang);
  // A warning every file has is said once.
  const everyone = written.length > 1 ? written[0].plan.warnings.filter((w) => written.every(({ plan }) => plan.warnings.includes(w))) : [];
  const all = lang === "en" ? "All files" : "Alle bestanden";
  const warnings = [
    ...everyone.map((w) => returnWarningMessage(w, all, lang)),
    ...written.flatMap(({ plan }) => plan.warnings.filter((w) => !everyone.includes(w)).map((w) => returnWarningMessage(w, plan.party.label, lang))),
  ];
  if (warnings.length > 0) out += (lang === "en" ? "Note:\n" : "Let op:\n") + warnings.map((w) => `  - ${w}\n`).join("");
  if (skipped.length > 0) {
    out += lang === "en" ? `No request for ${skipped.join(", ")}: nothing to ask.\n` : `Geen uitvraag voor ${skipped.join(", ")}: er is niets te vragen.\n`;
  }
  out +=
    lang === "en"
      ? "Send each file to its party. Bundle the returned files with: beleidsmonitor bundel <overview.xlsx> <return.xlsx>... -o <bundled.xlsx>\n"
      : "Stuur elk bestand naar de partij. Bundel de teruggestuurde bestanden met: beleidsmonitor bundel <overzicht.xlsx> <retour.xlsx>... -o <gebundeld.xlsx>\n";
  io.stdout(out);
  return 0;
}
