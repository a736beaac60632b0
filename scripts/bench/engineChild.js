// The engine in-process, one size per fresh process (so peak memory belongs to that size alone).
// Prints one line of JSON: the check against a bare pass over the same snapshot, measured in turns.
"use strict";
const { generateWorkbook } = require("./generateWorkbook");
const { checkWorkbook } = require("../../build/cli/core/engine/checkWorkbook");
const { cellText } = require("../../build/cli/core/cell");
const { buildModel } = require("../../build/cli/core/model/workbookModel");

const rows = Number(process.argv[2]);
const repeats = Number(process.argv[3] ?? 9);
const snapshot = generateWorkbook(rows);
const options = { today: "2025-06-15", lang: "nl" };

/**
 * The floor any check pays: locate the tables and read every cell of every row once through the
 * typed-row API, as text. The check is measured against this.
 */
function barePass() {
  let length = 0;
  const model = buildModel(snapshot);
  for (const table of Object.values(model.tables)) {
    const keys = table.spec.columns.filter((c) => table.has(c.key)).map((c) => c.key);
    for (const row of table.rows) for (const key of keys) length += cellText(row.get(key)).length;
  }
  return length;
}

/** Only touching every snapshot value, for reference. */
function rawPass() {
  let length = 0;
  for (const sheet of snapshot.sheets) for (const line of sheet.values) for (const value of line) length += cellText(value).length;
  return length;
}

const rssMb = () => process.memoryUsage().rss / 1024 / 1024;
const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * q + 0.5)];
const median = (values) => quantile(values, 0.5);
/**
 * CPU milliseconds of the process (all its threads, so the garbage collector's helpers count too): on a
 * machine shared with other work, wall time mostly measures the others.
 */
function time(fn) {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

// Memory first, on a cold engine: what one check adds to a process that already holds the snapshot.
const snapshotRssMb = rssMb();
// The first check also pays for compiling the engine: what one command-line check of this size costs.
let findings;
const firstMs = time(() => (findings = checkWorkbook(snapshot, options).findings.length));
const afterCheckRssMb = Math.max(rssMb(), process.resourceUsage().maxRSS / 1024);

// Then time in turns (check, bare, raw), so a busy moment on a shared machine slows all three alike;
// the ratio is the median of the per-turn ratios. The order alternates between turns, so neither side always
// runs on the caches (and the garbage) the other left. (A forced collection before each measurement was tried:
// it made no steadier ratio, and after one the check pays for growing the young generation again.)
for (let i = 0; i < 3; i++) {
  checkWorkbook(snapshot, options);
  barePass();
  rawPass();
}
const check = [];
const bare = [];
const raw = [];
const ratios = [];
const measured = time;
for (let i = 0; i < repeats; i++) {
  let c;
  let b;
  if (i % 2 === 0) {
    c = measured(() => (findings = checkWorkbook(snapshot, options).findings.length));
    b = measured(barePass);
  } else {
    b = measured(barePass);
    c = measured(() => (findings = checkWorkbook(snapshot, options).findings.length));
  }
  check.push(c);
  bare.push(b);
  raw.push(measured(rawPass));
  ratios.push(c / b);
}
process.stdout.write(
  JSON.stringify({
    rows,
    checkMs: median(check),
    bareMs: median(bare),
    rawMs: median(raw),
    ratio: median(ratios),
    // How noisy the turns were: the middle half of the per-turn ratios.
    ratioLow: quantile(ratios, 0.25),
    ratioHigh: quantile(ratios, 0.75),
    ratioMin: Math.min(...ratios),
    // The fastest check against the fastest bare pass: the least disturbed turn of each.
    minRatio: Math.min(...check) / Math.min(...bare),
    firstMs,
    findings,
    snapshotRssMb,
    engineRssMb: afterCheckRssMb - snapshotRssMb,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }) + "\n",
);
