// Compares the full check reports (nl and en) of two compiled engines on random generated workbooks: a change
// made for speed must not change a single finding, message or figure.
//   node scripts/bench/sameReports.js <before/build/cli> <after/build/cli> [workbooks=2000] [seed=1]
// Build "before" from the earlier commit (`npx tsc -p tsconfig.cli.json --outDir <dir>`) and "after" from the tree.
"use strict";
/* global structuredClone */
const { resolve } = require("node:path");
const { generateWorkbook } = require("./generateWorkbook");

const [before, after] = process.argv.slice(2, 4).map((dir) => require(resolve(dir, "core/engine/checkWorkbook")));
const count = Number(process.argv[4] ?? 2000);
let seed = Number(process.argv[5] ?? 1);

/** A small seeded generator (mulberry32), so a difference can be found again. */
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];

/** Values a user types that the rules care about: blanks, placeholders, misspellings, odd numbers and dates. */
const ODD = [null, "", " ", "?", "n.t.b.", "nvt", "PM", "-", "In Uitvoering", "gereed", "Vervallen", "Vertraagd", "Niet gestart", "OFW ", "Gemeenten", "HBV; OFW", "Corporaties en Gemeente", "BZ-1", "BZ-9", "2024", "2020 - 2019", "eind 2024", "Q3 2025", "tweede helft 2025", "Doorlopend", 45000, 45823, 46500, -3, 0, 0.5, 97, "1.234", "12,5%", "ca. 40", "40-50", { error: "#REF!" }, "=SOM(A1:A3)", true, "1.1", "1.2"];

/** A generated workbook of 1–60 activity rows with random cells of every table changed or blanked. */
function randomWorkbook() {
  const snapshot = generateWorkbook(1 + Math.floor(random() * 60), Math.floor(random() * 3));
  for (const sheet of snapshot.sheets) {
    const changes = Math.floor(random() * (sheet.values.length * 2 + 3));
    for (let n = 0; n < changes; n++) {
      const r = 1 + Math.floor(random() * Math.max(1, sheet.values.length - 1));
      const line = sheet.values[r];
      if (!line) continue;
      const c = Math.floor(random() * line.length);
      line[c] = random() < 0.3 ? sheet.values[1 + Math.floor(random() * (sheet.values.length - 1))]?.[c] ?? null : pick(ODD);
    }
  }
  return snapshot;
}

let differ = 0;
for (let i = 0; i < count; i++) {
  const snapshot = randomWorkbook();
  const today = pick(["2025-06-15", "2025-12-31", "2026-03-01"]);
  for (const lang of ["nl", "en"]) {
    const options = { today, lang, referenceDate: random() < 0.3 ? today : undefined };
    const a = JSON.stringify(before.checkWorkbook(structuredClone(snapshot), options));
    const b = JSON.stringify(after.checkWorkbook(structuredClone(snapshot), options));
    if (a !== b) {
      differ++;
      if (differ <= 3) console.log(`workbook ${i} (${lang}) differs:\n  before ${a.slice(0, 400)}\n  after  ${b.slice(0, 400)}`);
    }
  }
}
console.log(`${count} random workbooks, reports nl and en: ${differ === 0 ? "all the same" : `${differ} differ`}`);
process.exitCode = differ === 0 ? 0 : 1;
