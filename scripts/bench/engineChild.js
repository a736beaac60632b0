// One measurement in a fresh process, so peak memory (maxRSS) belongs to this size alone.
"use strict";
const { performance } = require("node:perf_hooks");
const { generateWorkbook } = require("./generateWorkbook");
const { checkWorkbook } = require("../../build/cli/core/engine/checkWorkbook");
const { cellText } = require("../../build/cli/core/cell");
const { buildModel } = require("../../build/cli/core/model/workbookModel");

const rows = Number(process.argv[2]);
const repeats = Number(process.argv[3] ?? 5);
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

function median(fn) {
  fn(); // warm-up: JIT and lazy caches
  const times = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

let findings = 0;
const checkMs = median(() => {
  findings = checkWorkbook(snapshot, options).findings.length;
});
const bareMs = median(barePass);
const rawMs = median(rawPass);
const maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(JSON.stringify({ rows, checkMs, bareMs, rawMs, findings, maxRssMb }) + "\n");
