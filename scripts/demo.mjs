// `npm run demo`: the check on the bundled sample workbook, as a newcomer's first look, then the
// summary for the bestuurlijk overleg written as a workbook of its own under build/demo/ (the sample stays as it is).
// The sample holds deliberate errors, so exit code 1 ("errors found") is the expected outcome of the check.
// The bundled command line is rebuilt only when a source file is newer than it.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const bundle = join("build", "cli", "beleidsmonitor.js");

function newestSource(folder) {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const sources = Math.max(...["src/core", "src/cli", "src/xlsx"].map(newestSource), statSync("scripts/build-cli.mjs").mtimeMs);
if (!existsSync(bundle) || statSync(bundle).mtimeMs < sources) {
  const built = spawnSync(process.execPath, ["scripts/build-cli.mjs"], { stdio: "inherit" });
  if (built.status !== 0) process.exit(built.status ?? 2);
}

const sample = "assets/Voorbeeld-activiteitenoverzicht.xlsx";
const check = spawnSync(process.execPath, ["bin/beleidsmonitor.js", "check", sample], { stdio: "inherit" });
if (check.status === 2 || check.status === null) process.exit(check.status ?? 2);
if (check.status === 1) console.log("\n(Afsluitcode 1: er zijn fouten gevonden. In de voorbeeldwerkmap is dat zo bedoeld.)");

const folder = join("build", "demo");
mkdirSync(folder, { recursive: true });
const output = join(folder, "Voorbeeld-activiteitenoverzicht BO.xlsx");
console.log("");
const summary = spawnSync(process.execPath, ["bin/beleidsmonitor.js", "summary", sample, "-o", output, "--uitvraag", "--overschrijven"], { stdio: "inherit" });
if (summary.status !== 0) process.exit(summary.status ?? 2);
