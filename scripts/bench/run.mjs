// `npm run bench`: the performance budgets of the brief, measured on this machine (not part of npm test).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";

const TS_NODE = ["node_modules/.bin/ts-node", "--transpile-only", "-O", JSON.stringify({ module: "commonjs", moduleResolution: "node" })];
const results = [];
const verdict = (ok) => (ok ? "binnen budget" : "BUITEN BUDGET");

function report(name, value, budget, ok) {
  results.push({ name, value, budget, ok });
  console.log(`${name.padEnd(46)} ${value.padStart(16)}   budget ${budget.padEnd(18)} ${verdict(ok)}`);
}

console.log("Beleidsmonitor benchmark — node", process.version, "\n");
execFileSync("npm", ["run", "--silent", "build:cli"], { stdio: "inherit" });

// 1. The engine check, per size, each in its own process (peak memory per size).
const engine = [1_000, 10_000, 100_000].map((rows) =>
  JSON.parse(execFileSync(process.execPath, ["scripts/bench/engineChild.js", String(rows), rows >= 100_000 ? "3" : "7"], { encoding: "utf8" })),
);
console.log("rows      check ms   bare ms   ratio   µs/row   findings   peak MB");
for (const r of engine) {
  console.log(
    `${String(r.rows).padStart(7)} ${r.checkMs.toFixed(1).padStart(10)} ${r.bareMs.toFixed(1).padStart(9)} ${(r.checkMs / r.bareMs).toFixed(1).padStart(7)} ${((r.checkMs * 1000) / r.rows).toFixed(2).padStart(8)} ${String(r.findings).padStart(10)} ${r.maxRssMb.toFixed(0).padStart(9)}`,
  );
}
console.log("");
const [, tenK, hundredK] = engine;
report("check, 10 000 activity rows", `${tenK.checkMs.toFixed(1)} ms`, "≤ 100 ms", tenK.checkMs <= 100);
report("check vs bare pass, 10 000 rows", `${(tenK.checkMs / tenK.bareMs).toFixed(1)}×`, "≤ 3×", tenK.checkMs / tenK.bareMs <= 3);
const perRow = engine.map((r) => r.checkMs / r.rows);
const linear = perRow[2] / perRow[1];
report("linearity (µs/row 100 000 ÷ 10 000)", `${linear.toFixed(2)}`, "≈ 1 (≤ 1,5)", linear <= 1.5);
report("peak memory, 100 000 rows", `${hundredK.maxRssMb.toFixed(0)} MB`, "≤ 500 MB", hundredK.maxRssMb <= 500);

// 2. Syncs per check through the Office.js adapter.
const syncs = JSON.parse(execFileSync(TS_NODE[0], [...TS_NODE.slice(1), "scripts/bench/syncChild.ts"], { encoding: "utf8" }));
const maxSyncs = Math.max(...syncs.map((s) => s.syncs));
report(`syncs per check (${syncs.map((s) => `${s.rows}:${s.syncs}`).join(", ")})`, `${maxSyncs}`, "≤ 3", maxSyncs <= 3);

// 3. Custom functions.
if (existsSync("scripts/bench/functions.ts")) {
  const out = execFileSync(TS_NODE[0], [...TS_NODE.slice(1), "-e", "require('./scripts/bench/functions').benchFunctions().then(r => console.log(JSON.stringify(r)))"], { encoding: "utf8" });
  const functions = JSON.parse(out.trim().split("\n").pop());
  for (const f of functions) {
    const isProgress = f.name.includes("VOORTGANG") || f.name.includes("PROGRESS");
    report(`${f.name} × ${f.calls}`, `${f.ms.toFixed(1)} ms`, isProgress ? "≤ 20 ms" : "—", isProgress ? f.ms <= 20 : true);
  }
}

// 4. Task pane initial JS, gzipped.
if (!existsSync("dist/taskpane.js")) execFileSync("npm", ["run", "--silent", "build"], { stdio: "inherit" });
// Our own scripts in the page (office.js comes from Microsoft's CDN and is not ours to count).
const initial = [...readFileSync("dist/taskpane.html", "utf8").matchAll(/<script[^>]*\ssrc="?([^"\s>]+\.js)"?/g)]
  .map((m) => m[1])
  .filter((src) => !/^https?:/.test(src));
let gzipped = 0;
for (const src of initial) {
  const file = `dist/${src.replace(/^\//, "")}`;
  if (existsSync(file) && statSync(file).isFile()) gzipped += gzipSync(readFileSync(file)).length;
}
report(`task pane initial JS (${initial.length} scripts), gzipped`, `${(gzipped / 1024).toFixed(0)} KB`, "≤ 250 KB", gzipped <= 250 * 1024);

// 5. The CLI on the sample workbook, end to end (process start included).
const cliRuns = [];
for (let i = 0; i < 5; i++) {
  const start = performance.now();
  try {
    execFileSync(process.execPath, ["bin/beleidsmonitor.js", "check", "assets/Voorbeeld-activiteitenoverzicht.xlsx", "--json"], { stdio: "ignore" });
  } catch {
    // exit code 1 = errors found, expected for the sample
  }
  cliRuns.push(performance.now() - start);
}
cliRuns.sort((a, b) => a - b);
report("CLI check of the sample workbook (median of 5)", `${cliRuns[2].toFixed(0)} ms`, "≤ 1 500 ms", cliRuns[2] <= 1500);

const failed = results.filter((r) => !r.ok);
console.log(`\n${results.length - failed.length} binnen budget, ${failed.length} erbuiten`);
process.exitCode = failed.length ? 1 : 0;
