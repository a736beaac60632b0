import { basename } from "node:path";
import { checkWorkbook } from "../core/engine/checkWorkbook";
import { CliError } from "./cliError";
import type { CliIo } from "./io";
import { formatTextReport } from "./formatTextReport";
import { jsonReport } from "./jsonReport";
import { parseArgs, USAGE } from "./parseArgs";
import { readWorkbookFile } from "./readWorkbook";
import { summaryCommand } from "./summaryCommand";
import { uitvraagCommand } from "./uitvraagCommand";
import { bundelCommand } from "./bundelCommand";
import { verschilCommand } from "./verschilCommand";

export type { CliIo };

const pad = (n: number) => String(n).padStart(2, "0");

function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function localNow(): string {
  const now = new Date();
  return `${localToday()}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

const DEFAULT_IO: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  today: localToday,
  now: localNow,
};

/** Runs the command line; resolves to the exit code (0 clean, 1 errors found, 2 unusable input). */
export async function run(argv: readonly string[], io: CliIo = DEFAULT_IO): Promise<number> {
  const lang = argv.includes("--lang") && argv[argv.indexOf("--lang") + 1] === "en" ? "en" : "nl";
  try {
    const args = parseArgs(argv);
    if (args.command === "help") {
      io.stdout(USAGE[args.lang]);
      return 0;
    }
    if (args.command === "version") {
      io.stdout("beleidsmonitor 0.1.0\n");
      return 0;
    }
    if (args.command === "summary") return await summaryCommand(args, io);
    if (args.command === "uitvraag") return await uitvraagCommand(args, io);
    if (args.command === "bundel") return await bundelCommand(args, io);
    if (args.command === "verschil") return await verschilCommand(args, io);
    const { snapshot } = await readWorkbookFile(args.file);
    if (snapshot.sheets.every((s) => s.values.length === 0)) {
      throw new CliError(`De werkmap '${args.file}' is leeg.`, `The workbook '${args.file}' is empty.`);
    }
    const report = checkWorkbook(snapshot, { today: io.today(), referenceDate: args.referenceDate, lang: args.lang });
    io.stdout(args.json ? JSON.stringify(jsonReport(report, args.file), null, 2) + "\n" : formatTextReport(report, basename(args.file), args.lang));
    return report.counts.error > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`beleidsmonitor: ${lang === "en" ? error.en : error.nl}\n`);
      return 2;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(lang === "en" ? `beleidsmonitor: unexpected error: ${detail}\n` : `beleidsmonitor: onverwachte fout: ${detail}\n`);
    return 2;
  }
}

if (require.main === module) {
  run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
