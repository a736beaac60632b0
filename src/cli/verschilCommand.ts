import { compareStates } from "../core/compare/compareStates";
import type { CompareInput } from "../core/compare/types";
import { formatComparisonText } from "../core/compare/formatComparisonText";
import type { Lang } from "../core/rules/types";
import type { CliIo } from "./io";
import { readWorkbookFile } from "./readWorkbook";
import { releaserFor } from "./releaseMemory";
import { currentState, holdsOverview, recordedSide, workbookSide } from "./stateSides";
import { CliError } from "./cliError";

export interface VerschilArgs {
  command: "verschil";
  /** One file (compared with its latest recorded state) or two (the earlier first). */
  files: string[];
  json: boolean;
  /** `--toelichting`: also list reworded Toelichting and a new Laatst bijgewerkt. */
  includeMinor: boolean;
  lang: Lang;
}

/**
 * One side of the comparison; only its state is kept. For a large workbook the caller collects what the read and the
 * check let go (`release`) before the next file is read, so the two workbooks are never in memory at once.
 */
async function sideOf(file: string, io: CliIo, lang: Lang): Promise<{ side: CompareInput; release: () => void }> {
  const { snapshot, bytes } = await readWorkbookFile(file);
  return { side: workbookSide(file, snapshot, io, lang), release: releaserFor(bytes.length) };
}

/**
 * `beleidsmonitor verschil <vorige.xlsx> <huidige.xlsx>`: what changed between two states of the overview, in the
 * meeting's terms (text, or the comparison's JSON with `--json`). Given one file, its contents now against the state
 * recorded with its latest summary. Reads with the project's own .xlsx reader only. Exit code 0 once compared;
 * unusable input is a CliError (2).
 */
export async function verschilCommand(args: VerschilArgs, io: CliIo): Promise<number> {
  const options = { includeMinor: args.includeMinor };
  let comparison;
  if (args.files.length === 1) {
    const [file] = args.files;
    const { snapshot, bytes } = await readWorkbookFile(file);
    releaserFor(bytes.length)();
    const earlier = recordedSide(file, snapshot);
    const { state, model } = currentState(snapshot, io, args.lang);
    if (!holdsOverview(model)) {
      throw new CliError(
        `'${file}' bevat alleen een vastgelegde stand, geen activiteitenoverzicht om die mee te vergelijken. Geef het overzicht erbij: beleidsmonitor verschil '${file}' <overzicht.xlsx>`,
        `'${file}' holds only a recorded state, no activity overview to compare it with. Name the overview too: beleidsmonitor verschil '${file}' <overview.xlsx>`,
      );
    }
    comparison = compareStates(earlier, { state, source: "workbook", file }, options);
  } else {
    // One workbook at a time: only the first one's state is kept while the second is read.
    const sides = [];
    for (const file of args.files) {
      const { side, release } = await sideOf(file, io, args.lang);
      sides.push(side);
      release();
    }
    comparison = compareStates(sides[0], sides[1], options);
  }
  io.stdout(args.json ? `${JSON.stringify(comparison, null, 2)}\n` : formatComparisonText(comparison, args.lang));
  return 0;
}
