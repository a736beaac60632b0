import type { BundleDecisions, BundleProblemKind } from "../core/merge/types";
import type { IsoDate } from "../core/parse/isoDate";
import type { Lang } from "../core/rules/types";
import type { WorkbookSnapshot } from "../core/snapshot";

/** A return read in the browser (never sent anywhere): its file name, its cells, and the party when the user named it. */
export interface ReturnWorkbook {
  file: string;
  snapshot: WorkbookSnapshot;
  party?: string;
}

export interface BundleRequest {
  returns: readonly ReturnWorkbook[];
  /** Today in the user's time zone: the date of the `Bundeling` sheet. */
  today: IsoDate;
  /** Language of the Bundeling sheet and the messages. */
  lang: Lang;
}

export interface BundleProblemShown {
  /** The core's reasons, and two of the workbook: a table showing a totals row, a formula where new rows would go. */
  kind: BundleProblemKind | "formula-below-table";
  file: string;
  message: string;
}

/** What bundling would do (nothing written), or why it cannot start. */
export type BundlePreview =
  | { ok: true; decisions: BundleDecisions; sheetName: string }
  /** `parties`: the overview's parties by label, for asking whose a return is. */
  | { ok: false; problems: BundleProblemShown[]; parties: string[] };

export interface BundleWritten {
  decisions: BundleDecisions;
  sheetName: string;
  /** How the user takes it back: Excel's own undo (one step, ExcelApi 1.20) or the pane's *Terugdraaien*. */
  undo: "excel-undo" | "revert-snapshot";
  syncs: number;
}

/** The task pane's *Bundelen* through the workbook gateway. */
export interface BundleMethods {
  previewBundle(request: BundleRequest): Promise<BundlePreview>;
  /** Bundles and writes in one batch; a problem found only now (the workbook changed) comes back as a preview. */
  writeBundle(request: BundleRequest): Promise<BundleWritten | Extract<BundlePreview, { ok: false }>>;
  /** Takes the last bundling back from its snapshot; false when there is nothing to take back. */
  revertBundle(): Promise<boolean>;
  canRevertBundle(): boolean;
}
