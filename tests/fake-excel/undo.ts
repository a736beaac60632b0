/**
 * Excel's undo stack as an add-in meets it (ExcelApi 1.20, `excel/excel-add-ins-undo-capabilities.md`):
 * every write is undoable and lands on the user's stack; `Excel.run({ mergeUndoGroup: true })` makes one entry
 * of a whole run; an API that does not support undo clears the stack when called outside a group and throws
 * `UndoNotSupported` inside one. Which APIs those are differs between Excel on the web and on the desktop.
 */

import type { WorkbookState } from "./state";

export type HostPlatform = "desktop" | "web";

/**
 * The members of the undo article's "Unsupported APIs" table that this host implements or an add-in like ours
 * might call, by platform ("No" in that platform's column), plus the read that clears desktop undo in
 * office-js#5918 (`getMergedAreasOrNullObject`).
 */
const NOT_UNDOABLE: Record<HostPlatform, ReadonlySet<string>> = {
  desktop: new Set([
    "Worksheet.delete",
    "Worksheet.copy",
    "Worksheet.name",
    "Worksheet.position",
    "Worksheet.visibility",
    "WorksheetCollection.addFromBase64",
    "Workbook.insertWorksheetsFromBase64",
    "WorksheetProtection.protect",
    "WorksheetProtection.unprotect",
    "Range.getMergedAreasOrNullObject",
  ]),
  web: new Set([
    "Worksheet.delete",
    "Worksheet.copy",
    "Worksheet.standardWidth",
    "WorksheetCollection.addFromBase64",
    "Workbook.insertWorksheetsFromBase64",
    "WorksheetProtection.protect",
    "WorksheetProtection.unprotect",
    "DocumentProperties.title",
    "DocumentProperties.author",
  ]),
};

export interface UndoEntry {
  /** One entry for a whole `mergeUndoGroup` run; otherwise one per sync that wrote something. */
  group: boolean;
  /** The API members that wrote, in order. */
  members: string[];
  /** The workbook before the entry, when the host keeps snapshots (`undoSnapshots`), so `host.undo()` can play Ctrl+Z. */
  before: WorkbookState | null;
}

export class UndoLog {
  readonly entries: UndoEntry[] = [];
  /** Every API call that cleared the user's undo stack, in order. */
  readonly clears: string[] = [];

  constructor(
    readonly platform: HostPlatform,
    private readonly snapshots: boolean,
  ) {}

  isUndoable(member: string): boolean {
    return !NOT_UNDOABLE[this.platform].has(member);
  }

  clear(member: string): void {
    this.entries.length = 0;
    this.clears.push(member);
  }

  open(group: boolean, state: WorkbookState): UndoEntry {
    const entry: UndoEntry = { group, members: [], before: this.snapshots ? state.clone() : null };
    this.entries.push(entry);
    return entry;
  }

  /** Ctrl+Z: the state before the latest entry. */
  pop(): WorkbookState {
    const entry = this.entries.pop();
    if (!entry) throw new Error("FakeExcelHost.undo: the undo stack is empty");
    if (!entry.before) throw new Error("FakeExcelHost.undo: create the host with { undoSnapshots: true }");
    return entry.before;
  }
}
