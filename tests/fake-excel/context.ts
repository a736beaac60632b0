/** The request context: a queue of operations that only touches the workbook when `sync()` runs. */

import { officeError } from "./errors";
import type { WorkbookState } from "./state";

/** What the proxies need from the host, kept narrow so this file does not import the host. */
export interface HostCore {
  readonly state: WorkbookState;
  supportsExcelApi(version: string): boolean;
  noteSync(): void;
}

type Operation = () => void;

export class FakeContext {
  private queue: Operation[] = [];
  private open = true;
  workbook: unknown;
  application: unknown;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(readonly host: HostCore) {}

  /** `minApi` models the requirement set: on an older host the call fails at sync with ApiNotFound. */
  enqueue(member: string, run: Operation, minApi?: string): void {
    if (!this.open) throw officeError("InvalidRequestContext", member);
    this.queue.push(() => {
      if (minApi && !this.host.supportsExcelApi(minApi)) throw officeError("ApiNotFound", member);
      run();
    });
  }

  get hasPending(): boolean {
    return this.queue.length > 0;
  }

  /** Operations run in order; the first failure rejects the sync and drops the rest, as a batch does. */
  async sync<T>(passThroughValue?: T): Promise<T | undefined> {
    if (!this.open) throw officeError("InvalidRequestContext", "RequestContext.sync");
    this.host.noteSync();
    await Promise.resolve(); // nothing is observable before the returned promise settles
    const operations = this.queue;
    this.queue = [];
    for (const operation of operations) operation();
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
