/**
 * Micro-benchmark of the custom functions: each evaluated 10 000 times on realistic inputs (the quota
 * table as ranges of 8 half-years, the 12-month plan of 5 actions, single indicator values).
 *
 *   npx ts-node --transpile-only -O '{"module":"commonjs","moduleResolution":"node"}' scripts/bench/functions.ts
 *
 * Each time is the median of 5 rounds of 10 000 calls, after a warm-up of all functions and a garbage
 * collection, in CPU time (on a shared machine wall time mostly measures the others).
 * Budget: 10 000 calls of BM.VOORTGANG on number cells in at most 20 ms (checked; exit code 1 when over).
 * The same with percentages typed as text is listed for information: each text goes through parseDutchNumber.
 */
import { setFlagsFromString } from "v8";
import { runInNewContext } from "vm";
import * as F from "../../src/functions/functions";

export const CALLS = 10_000;
export const PROGRESS_BUDGET_MS = 20;

const column = (...values: unknown[]): unknown[][] => values.map((value) => [value]);

// Dronten's quota table H1 2022 .. H2 2025 (8 half-years; the last two not yet housed), opening balance −5.
const QUOTAS = column(24, 33, 52, 43, 46, 42, 44, 40);
const HOUSED = column(40, 27, 30, 16, 34, 66, null, null);
// The 2025 plan, 5 actions × 12 months, as the seed shows it.
const PLAN = [
  [7, 7, 8, 7, 8, 7, 8, 7, 8, 7, 7, 7],
  [19, "-", 3, "-", "-", "-", "-", "-", "-", "-", "-", "-"],
  ["-", "-", 1, "-", "-", "-", "-", "-", 1, null, null, null],
  ["-", "-", "-", "-", "-", "-", "-", "-", "-", 8, "-", "-"],
  ["-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "10-20"],
];
// Indicators as their cells hold them: GS-1, GS-3, GS-4, GS-5 (fractions with a % format).
const INDICATORS = [
  { b: 0.439, y0: 2022, t: 0.45, y1: 2028, m: 0.441, y: 2024, d: "Toename" },
  { b: 0.45, y0: 2022, t: 0.51, y1: 2028, m: 0.47, y: 2024, d: "Toename" },
  { b: 0.46, y0: 2022, t: 0.45, y1: 2028, m: 0.47, y: 2024, d: "Afname" },
  { b: 0.03, y0: 2023, t: 0.02, y1: 2028, m: 0.028, y: 2025, d: "Afname" },
];
const PERIODS = ["2025 - 2028", "Vanaf 2025", "Jaarlijks", "eerste helft 2026", "2026"];
const HALF_YEARS: unknown[] = [45823, "Tweede helft 2024", "15-6-2025", "H1 2025"];

/**
 * Each case runs its own loop of `n` calls and returns how many gave no result (0): a loop per case keeps
 * the call site monomorphic, as in a recalculation where Excel calls one function many times in a row.
 */
const CASES: { name: string; run: (n: number) => number }[] = [
  {
    name: "BM.OPGAVE (8 halfjaren)",
    run: (n) => {
      let none = 0;
      for (let i = 0; i < n; i++) if (F.due(QUOTAS, HOUSED, -5).length !== 8) none++;
      return none;
    },
  },
  {
    name: "BM.SALDO (8 halfjaren)",
    run: (n) => {
      let none = 0;
      for (let i = 0; i < n; i++) if (F.balance(QUOTAS, HOUSED, -5).length !== 8) none++;
      return none;
    },
  },
  {
    name: "BM.ACHTERSTAND (8 halfjaren)",
    run: (n) => {
      let none = 0;
      for (let i = 0; i < n; i++) if (F.backlog(QUOTAS, HOUSED, -5) !== 32) none++;
      return none;
    },
  },
  {
    name: "BM.TEKORT (planning 5 × 12)",
    run: (n) => {
      let none = 0;
      for (let i = 0; i < n; i++) if (!(F.shortfall(150 + (i & 7), null, PLAN, i & 1 ? "max" : null) > 0)) none++;
      return none;
    },
  },
  {
    name: "BM.VOORTGANG",
    run: (n) => {
      let none = 0;
      for (let i = 0; i < n; i++) {
        const x = INDICATORS[i & 3];
        if (Number.isNaN(F.progress(x.b, x.t, x.m, x.d))) none++;
      }
      return none;
    },
  },
  {
    name: "BM.VOORTGANG (tekst '43,9%')",
    run: (n) => {
      let none = 0;
      for (let i = 0; i < n; i++) if (Number.isNaN(F.progress("43,9%", "45%", "44,1%"))) none++;
      return none;
    },
  },
  {
    name: "BM.VERWACHT",
    run: (n) => {
      let none = 0;
      for (let i = 0; i < n; i++) {
        const x = INDICATORS[i & 3];
        if (Number.isNaN(F.expected(x.b, x.y0, x.t, x.y1, x.y))) none++;
      }
      return none;
    },
  },
  {
    name: "BM.STATUS",
    run: (n) => {
      let none = 0;
      for (let i = 0; i < n; i++) {
        const x = INDICATORS[i & 3];
        if (F.statusWord("nl", x.b, x.y0, x.t, x.y1, x.m, x.y, x.d, 10) === "Onbekend") none++;
      }
      return none;
    },
  },
  {
    name: "BM.PERIODE (tekst)",
    run: (n) => {
      let none = 0;
      for (let i = 0; i < n; i++) if (F.period(PERIODS[i % PERIODS.length])[0].length !== 3) none++;
      return none;
    },
  },
  {
    name: "BM.HALFJAAR (datum of tekst)",
    run: (n) => {
      let none = 0;
      for (let i = 0; i < n; i++) if (F.halfYear(HALF_YEARS[i & 3]).length !== 7) none++;
      return none;
    },
  },
];

/** Rounds of `CALLS` calls per function; the reported time is their median (GC pauses and JIT tiering hit single rounds). */
export const ROUNDS = 11;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** A full garbage collection between functions, so that no function pays for another's garbage. */
function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

/**
 * Milliseconds for `CALLS` calls of each function (median of `ROUNDS`), after a warm-up of every function. Wall
 * time of the calling thread, not the process's CPU: V8 compiles and collects on threads of its own, and their
 * CPU, counted in a 10 ms loop, made one function's figure jump between 2 and 30 ms from run to run.
 */
export async function benchFunctions(): Promise<{ name: string; calls: number; ms: number }[]> {
  const results: { name: string; calls: number; ms: number }[] = [];
  let none = 0;
  for (const { run } of CASES) none += run(CALLS);
  for (const { name, run } of CASES) {
    collectGarbage();
    const rounds: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const start = performance.now();
      none += run(CALLS);
      rounds.push(performance.now() - start);
    }
    results.push({ name, calls: CALLS, ms: median(rounds) });
  }
  if (none !== 0) throw new Error("een functie gaf niet de verwachte uitkomst");
  return results;
}

async function main(): Promise<void> {
  const results = await benchFunctions();
  const width = Math.max(...results.map((r) => r.name.length));
  console.log(`${"functie".padEnd(width)}  aanroepen        ms   µs/aanroep`);
  for (const r of results) {
    console.log(`${r.name.padEnd(width)}  ${String(r.calls).padStart(9)}  ${r.ms.toFixed(2).padStart(8)}  ${((r.ms * 1000) / r.calls).toFixed(2).padStart(11)}`);
  }
  const progress = results.find((r) => r.name === "BM.VOORTGANG");
  if (progress && progress.ms > PROGRESS_BUDGET_MS) {
    console.error(`BM.VOORTGANG: ${progress.ms.toFixed(2)} ms voor ${CALLS} aanroepen, meer dan het budget van ${PROGRESS_BUDGET_MS} ms`);
    process.exitCode = 1;
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
