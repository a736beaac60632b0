import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let collect: (() => void) | undefined;

/**
 * A full garbage collection, between the steps of a command where a large structure has just been let go (the
 * file's text once it is read, the workbook once the summary is built). Node collects lazily and lets its heap
 * grow to about twice what is in use: at 100 000 activity rows that alone took the summary past its 350 MB. The
 * collector is reached as Jest's leak detector reaches it: the flag exposes `gc` in a context made after it.
 * Costs about 0,1 s at 100 000 rows and a few ms for a small workbook.
 */
export function releaseMemory(): void {
  if (!collect) {
    setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc") as () => void;
  }
  collect();
}

/** A compressed workbook of this size holds about 20 000 activity rows; below it a command never nears its budget. */
export const LARGE_FILE = 1_000_000;

/** `releaseMemory` when any input is a large workbook (`LARGE_FILE` bytes or more), else nothing. */
export function releaserFor(...sizes: number[]): () => void {
  return sizes.some((size) => size >= LARGE_FILE) ? releaseMemory : () => undefined;
}
