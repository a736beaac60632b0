import { statSync } from "node:fs";
import { cellAddress } from "../core/address";
import { checkWorkbook } from "../core/engine/checkWorkbook";
import { countLabel, SEVERITIES } from "../core/i18n/labels";
import { applyBundle, bundelingSheet, bundleExitCode, bundleJson, bundleProblemMessage, bundleReturns, type BundleResult, type ReturnInput } from "../core/merge";
import type { Lang } from "../core/rules/types";
import type { WorkbookSnapshot } from "../core/snapshot";
import { XlsxError } from "../xlsx/errors";
import { readXlsxWithFormulas } from "../xlsx/readXlsx";
import { bundledCopy } from "./bundledCopy";
import { CliError } from "./cliError";
import { checkOutput, readInputFile, writeOutputFile } from "./fileAccess";
import type { CliIo } from "./io";
import type { BundelArgs } from "./parseArgs";
import { nodeInflateRaw, readWorkbookFile } from "./readWorkbook";
import { releaserFor } from "./releaseMemory";
import { xlsxProblemMessage } from "./xlsxMessages";

/** Conflicts printed one by one; the rest are on the Bundeling sheet. */
const SHOWN_CONFLICTS = 20;

function readOverview(file: string): { bytes: Uint8Array; snapshot: WorkbookSnapshot; formulas: Map<string, Set<string>> } {
  const bytes = readInputFile(file);
  try {
    return { bytes, ...readXlsxWithFormulas(bytes, { inflateRaw: nodeInflateRaw }) };
  } catch (error) {
    if (error instanceof XlsxError) throw xlsxProblemMessage(error, file);
    throw error;
  }
}

/** The same file named twice (also through a link or another spelling) is refused before anything is read. */
function refuseSameFile(files: readonly string[]): void {
  const seen = new Map<string, string>();
  for (const file of files) {
    const stats = statSync(file, { throwIfNoEntry: false });
    if (!stats) continue;
    const key = `${stats.dev}:${stats.ino}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new CliError(
        `'${file}' is hetzelfde bestand als '${earlier}'. Noem elk bestand één keer; het overzicht is geen retour.`,
        `'${file}' is the same file as '${earlier}'. Name each file once; the overview is not a return.`,
      );
    }
    seen.set(key, file);
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function textReport(result: BundleResult, output: string, sheetName: string, check: Record<"error" | "warning" | "info", number>, lang: Lang): string {
  const d = result.decisions;
  const c = d.counts;
  const en = lang === "en";
  let out = en ? `Bundled: ${output} (sheet '${sheetName}' lists every decision).\n` : `Gebundeld: ${output} (het blad '${sheetName}' zet elke keuze op een rij).\n`;
  for (const r of d.returns) {
    out += en
      ? `  ${r.file} (${r.party}): ${plural(r.rows, "row", "rows")}: ${r.taken} taken, ${r.conflicts} with a conflict, ${r.added} added, ${r.unchanged} unchanged${r.notFilled ? `, ${r.notFilled} not filled in` : ""}${r.listed ? `, ${r.listed} only on the sheet` : ""}\n`
      : `  ${r.file} (${r.party}): ${plural(r.rows, "rij", "rijen")}: ${r.taken} overgenomen, ${r.conflicts} met een conflict, ${r.added} toegevoegd, ${r.unchanged} ongewijzigd${r.notFilled ? `, ${r.notFilled} niet ingevuld` : ""}${r.listed ? `, ${r.listed} alleen op het blad` : ""}\n`;
  }
  out += en
    ? `In all: ${c.taken} values taken, ${plural(c.conflicts, "conflict", "conflicts")}, ${plural(c.added, "row", "rows")} added, ${c.notReturned} not returned, ${c.listed} values only on the sheet.\n`
    : `Totaal: ${c.taken} waarden overgenomen, ${plural(c.conflicts, "conflict", "conflicten")}, ${plural(c.added, "rij", "rijen")} toegevoegd, ${c.notReturned} niet teruggekomen, ${c.listed} waarden alleen op het blad.\n`;
  if (d.conflicts.length > 0) {
    out += en ? "Conflicts (the overview keeps its value):\n" : "Conflicten (het overzicht houdt zijn waarde):\n";
    for (const conflict of d.conflicts.slice(0, SHOWN_CONFLICTS)) {
      const values = conflict.values.map((v) => `${v.source}: '${v.value ?? ""}'`).join(", ");
      const kept = conflict.kept === null ? (en ? "(empty)" : "(leeg)") : `'${conflict.kept}'`;
      out += `  ${conflict.sheet}!${conflict.cell} ${conflict.column}${conflict.id ? ` ${en ? "of" : "van"} ${conflict.id}` : ""}: ${en ? "overview" : "overzicht"} ${kept}; ${values}\n`;
    }
    if (d.conflicts.length > SHOWN_CONFLICTS) out += en ? `  … and ${d.conflicts.length - SHOWN_CONFLICTS} more on the sheet.\n` : `  … en nog ${d.conflicts.length - SHOWN_CONFLICTS} op het blad.\n`;
  }
  const open = SEVERITIES.filter((s) => check[s] > 0).map((s) => countLabel(check[s], s, lang));
  out += en ? `Check of the bundled overview: ${open.length ? open.join(", ") : "nothing open"}.\n` : `Controle van het gebundelde overzicht: ${open.length ? open.join(", ") : "niets open"}.\n`;
  return out;
}

/** Reads the returns and bundles them; their cells are let go once the decisions are made (a 100 000-row round needs the room). */
async function bundleFiles(args: BundelArgs, overview: ReturnType<typeof readOverview>, today: string) {
  const returns: ReturnInput[] = [];
  for (const r of args.returns) {
    const { snapshot, bytes } = await readWorkbookFile(r.file);
    releaserFor(bytes.length)();
    returns.push(r.party ? { file: r.file, snapshot, party: r.party } : { file: r.file, snapshot });
  }
  return bundleReturns({
    overview: { file: args.file, snapshot: overview.snapshot },
    returns,
    date: today,
    lang: args.lang,
    isFormula: (sheet, row, column) => overview.formulas.get(sheet)?.has(cellAddress(row, column)) ?? false,
  });
}

/**
 * `beleidsmonitor bundel`: reads the overview and the returns with the project's own reader, bundles them by
 * the merge policy (the core), writes a patched copy of the overview (nothing of it lost, checked by reading
 * it back) and reports. The inputs are never written. Exit code 0 bundled without conflicts, 1 with
 * conflicts, 2 when nothing was bundled.
 */
export async function bundelCommand(args: BundelArgs, io: CliIo): Promise<number> {
  const inputs = [args.file, ...args.returns.map((r) => r.file)];
  refuseSameFile(inputs);
  checkOutput(args.output, inputs, args.overwrite);
  const overview = readOverview(args.file);
  // Between the steps, what a step let go is collected at once (a large round otherwise passes 350 MB).
  const release = releaserFor(overview.bytes.length);
  release();
  if (overview.snapshot.sheets.every((s) => s.values.length === 0)) throw new CliError(`De werkmap '${args.file}' is leeg.`, `The workbook '${args.file}' is empty.`);
  const today = io.today();
  const outcome = await bundleFiles(args, overview, today);
  if (!outcome.ok) {
    const messages = outcome.problems.map((p) => bundleProblemMessage(p, args.lang));
    io.stderr(`beleidsmonitor: ${args.lang === "en" ? "nothing was bundled" : "er is niets gebundeld"}:\n${messages.map((m) => `  - ${m}\n`).join("")}`);
    if (args.json) io.stdout(JSON.stringify({ overview: args.file, output: null, problems: outcome.problems.map((p) => ({ ...p, message: bundleProblemMessage(p, args.lang) })) }, null, 2) + "\n");
    return 2;
  }
  release();
  const bundled = applyBundle(overview.snapshot, outcome.writes, outcome.appends);
  // Only the counts are kept: the findings of a large workbook are let go before the copy is made.
  const counts = checkWorkbook(bundled, { today, referenceDate: args.referenceDate, lang: args.lang }).counts;
  release();
  const sheet = bundelingSheet(outcome, counts, overview.snapshot.sheets.map((s) => s.name));
  const bytes = bundledCopy({
    file: args.file,
    bytes: overview.bytes,
    expected: { ...bundled, package: overview.snapshot.package },
    writes: outcome.writes,
    appends: outcome.appends,
    sheet,
    release,
  });
  // Checked again just before writing: the file system may have changed while bundling.
  checkOutput(args.output, inputs, args.overwrite);
  writeOutputFile(args.output, bytes);
  io.stdout(args.json ? JSON.stringify(bundleJson(outcome.decisions, args.output, counts), null, 2) + "\n" : textReport(outcome, args.output, sheet.name, counts, args.lang));
  return bundleExitCode(outcome);
}
