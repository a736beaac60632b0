import type { ChangeGroup } from "../core/compare/describeComparison";
import type { SinceLastMeeting } from "../core/compare/sinceLastMeeting";
import type { CheckReport } from "../core/engine/checkWorkbook";
import type { Finding, Lang, Localized } from "../core/rules/types";
import type { PlannedChange } from "../core/structure/types";
import type { SummaryChoice } from "../core/summary/summarySections";
import type { BundleMethods } from "./bundleTypes";
import type { HostError } from "./officeError";
import type { HostCapabilities } from "./requirements";

/** `Excel.run`, or a stand-in: a batch on its own, or with run options such as `mergeUndoGroup` (ExcelApi 1.20). */
export interface ExcelRun {
  <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export interface CheckRequest {
  /** Today in the user's time zone (YYYY-MM-DD): the core never reads the clock. */
  today: string;
  lang: Lang;
  referenceDate?: string;
}

export type { PlannedChange } from "../core/structure/types";

export interface StructurePreview {
  changes: PlannedChange[];
  /** Nothing to do: the workbook already follows the standard format. */
  upToDate: boolean;
}

export interface StructureResult {
  /** Every planned change; those that could not be made carry `skipped` and say why. */
  applied: PlannedChange[];
  /** How the user can take the run back: Excel's own undo (ExcelApi 1.20) or the pane's *Terugdraaien*. */
  undo: "excel-undo" | "revert-snapshot";
  syncs: number;
}

export interface SettingsValues {
  referenceDate: string | null;
  staleDays: number;
  marginPercent: number;
  lang: Lang;
}

export interface SummaryRequest {
  meetingDate: string;
  lang: Lang;
  today: string;
  /** Replace an existing sheet of the same name (only after the user confirmed). */
  replace: boolean;
  /** Also write the per-party request sheet (uitvraag). */
  requestSheet: boolean;
  /** The sections, programmes and themes chosen in the pane; without it Instellingen decides (Samenvatting onderdelen …). */
  choice?: SummaryChoice;
}

/** What the *Samenvatting* view offers to choose, and the choice Instellingen holds now. */
export interface SummaryChoiceOptions {
  /** The workbook's language (Taal): the summary is written in it. */
  lang: Lang;
  /** As Instellingen states it; everything where a setting is empty or names something that is not there. */
  choice: SummaryChoice;
  /** Programmes of tblIndicatoren and themes of tblActiviteiten, as the tables write them. */
  programmes: string[];
  themes: string[];
}

export interface SummaryPreview {
  sheetName: string;
  /** An existing sheet has that name: it is kept unless the user chooses to replace it. */
  exists: boolean;
  sections: Localized[];
  openErrors: number;
  openWarnings: number;
  /**
   * *Wat is er veranderd*: the comparison with the state recorded with the previous meeting's summary (the summary's
   * section *Sinds het vorige overleg*), or why there is none. Read with the check, no extra round trip.
   */
  since: SinceLastMeeting;
  /**
   * The groups of *Wat is er veranderd* the summary prints with the choice of the request (`since` already leaves out the
   * rows of a left-out theme or programme).
   */
  sinceGroups: ChangeGroup["id"][];
  /** False when the chosen sections leave *Sinds het vorige overleg* out. */
  sinceIncluded: boolean;
  /** *Werkmap beveiligen* (structure) is on: the summary cannot be written until it is turned off. */
  structureProtected: boolean;
}

export interface SummaryWritten {
  sheetName: string;
  /** The sheet is written, but Excel refused its print layout, data bars or frozen rows. */
  layoutError?: HostError;
  /** Round trips, all runs together (the state recorded with it included). */
  syncs?: number;
}

/** What the task pane can ask of the workbook. The UI knows only this interface. */
export interface WorkbookGateway extends BundleMethods {
  capabilities: HostCapabilities;
  check(request: CheckRequest): Promise<CheckReport>;
  /** Selects a cell and scrolls it into view. */
  select(sheet: string, cell: string): Promise<void>;
  /** Marks the findings' cells with the add-in's own conditional format, replacing an earlier marking. */
  highlight(findings: readonly Finding[], lang: Lang): Promise<void>;
  /** Removes the add-in's marking only; the user's own formats stay. */
  clearHighlight(lang: Lang): Promise<void>;
  /**
   * Writes the findings to the `Controle` sheet (table tblControle), replacing it; all text as text.
   * A user's own sheet called `Controle` is kept and the findings go to `Controle 2`: the result names the sheet.
   */
  writeControlSheet(findings: readonly Finding[], lang: Lang, ruleNames?: Readonly<Record<string, string>>): Promise<{ sheetName: string; keptUserSheet: boolean } | undefined>;
  planStructure(lang: Lang): Promise<StructurePreview>;
  applyStructure(lang: Lang): Promise<StructureResult>;
  /** Takes back the last *Inrichten* run from its snapshot; false when there is nothing to take back. */
  revertStructure(): Promise<boolean>;
  canRevert(): boolean;
  readSettings(): Promise<SettingsValues>;
  /** `paneLang`: the language of the pane, for a refusal; `values.lang` is the workbook's own. */
  writeSettings(values: SettingsValues, paneLang: Lang): Promise<void>;
  /** The workbook's language and the summary's choice from Instellingen, with the programmes and themes to choose from. */
  readSummaryChoice(): Promise<SummaryChoiceOptions>;
  /** Stores the pane's choice in Instellingen (Samenvatting onderdelen, … programma's, … thema's): one read, one write. */
  writeSummaryChoice(choice: SummaryChoice, paneLang: Lang): Promise<void>;
  previewSummary(request: SummaryRequest): Promise<SummaryPreview>;
  /**
   * Writes the summary and records the state it shows on the very hidden sheet `Beleidsmonitor_Stand`, for the next
   * meeting's comparison. Refused with code `StructureProtected` while the workbook's structure is protected.
   */
  writeSummary(request: SummaryRequest): Promise<SummaryWritten>;
}

export function selectThroughExcel(run: ExcelRun, sheet: string, cell: string): Promise<void> {
  return run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(cell).select();
    await context.sync();
  });
}
