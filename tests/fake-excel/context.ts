/** The request context: a queue of operations that only touches the workbook when `sync()` runs. */

import { FakeOfficeError, officeError } from "./errors";
import { guardProtectedSheets } from "./sheetProtection";
import type { WorkbookState } from "./state";
import type { UndoEntry, UndoLog } from "./undo";

/** What the proxies need from the host, kept narrow so this file does not import the host. */
export interface HostCore {
  readonly state: WorkbookState;
  readonly platform: "desktop" | "web";
  /** The separator `Worksheet.getRanges` accepts between areas. */
  readonly listSeparator: "," | ";";
  readonly undoLog: UndoLog;
  /** Preview APIs are available (not in the production office.js). */
  readonly previewApis: boolean;
  supportsExcelApi(version: string): boolean;
  noteCalculation(type: string): void;
  noteSync(): void;
  /** An injected failure for this member, if one is pending (see `FakeExcelHost.failNext`). */
  takeFault(member: string, inUndoGroup: boolean): string | null;
  /** Bytes of one loaded value or written input, for the web's 5 MB limit. */
  notePayload(direction: "request" | "response", value: unknown): void;
  /** The error code when this sync's request or response exceeded the web's limit; resets the counters. */
  takePayloadOverflow(): string | null;
}

/** `read` and `view` operations never reach the undo stack; `write` ones do. */
export type OperationKind = "read" | "view" | "write";

type Operation = () => void;

export class FakeContext {
  private queue: Operation[] = [];
  private open = true;
  /** The run asked for `mergeUndoGroup` on a host that has it (ExcelApi 1.20). */
  mergeUndoGroup = false;
  private undoEntry: UndoEntry | null = null;
  workbook: unknown;
  application: unknown;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(readonly host: HostCore) {}

  /** `minApi` models the requirement set: on an older host the call fails at sync with ApiNotFound. */
  enqueue(member: string, run: Operation, minApi?: string, kind: OperationKind = "write"): void {
    if (!this.open) throw officeError("InvalidRequestContext", member);
    this.queue.push(() => {
      if (minApi && !this.host.supportsExcelApi(minApi)) throw officeError("ApiNotFound", member);
      const fault = this.host.takeFault(member, this.mergeUndoGroup);
      if (fault) throw officeError(fault, member);
      this.recordUndo(member, kind);
      try {
        if (kind === "write") guardProtectedSheets(this.host.state, member, run);
        else run();
      } finally {
        if (kind === "write") this.host.state.touchAll();
      }
    });
  }

  /** Puts the operation on the user's undo stack, or clears the stack (or refuses, in a group) when it is not undoable. */
  private recordUndo(member: string, kind: OperationKind): void {
    const undo = this.host.undoLog;
    if (!undo.isUndoable(member)) {
      if (this.mergeUndoGroup) throw officeError("UndoNotSupported", member);
      undo.clear(member);
      this.undoEntry = null;
      return;
    }
    if (kind !== "write") return;
    if (!this.undoEntry || !undo.entries.includes(this.undoEntry)) this.undoEntry = undo.open(this.mergeUndoGroup, this.host.state);
    this.undoEntry.members.push(member);
  }

  get hasPending(): boolean {
    return this.queue.length > 0;
  }

  /**
   * Operations run in order; the first failure rejects the sync and drops the rest, as a batch does:
   * what ran before it stays done. Errors carry Excel's codes and, on a Dutch host, Dutch messages.
   */
  async sync<T>(passThroughValue?: T): Promise<T | undefined> {
    if (!this.open) throw officeError("InvalidRequestContext", "RequestContext.sync");
    this.host.noteSync();
    await Promise.resolve(); // nothing is observable before the returned promise settles
    const operations = this.queue;
    this.queue = [];
    if (!this.mergeUndoGroup) this.undoEntry = null;
    try {
      for (const operation of operations) operation();
    } catch (error) {
      this.host.takePayloadOverflow();
      if (error instanceof FakeOfficeError) throw error.fromServer(this.host.state.locale);
      throw error;
    }
    // Excel on the web refuses a request or an answer over 5 MB as a whole (RichApi.Error).
    const overflow = this.host.takePayloadOverflow();
    if (overflow) throw officeError(overflow, "RequestContext.sync").fromServer(this.host.state.locale);
    return passThroughValue;
  }

  load<T extends { load(spec?: unknown): T }>(object: T, spec?: unknown): T {
    return object.load(spec);
  }

  discardPending(): void {
    this.queue = [];
  }

  setOpen(open: boolean): void {
    this.open = open;
  }
}
