// `npm run demo`: the check on the bundled sample workbook, as a newcomer's first look, then the
// summary for the bestuurlijk overleg written as a copy under build/demo/ (the sample stays as it is).
// The sample holds deliberate errors, so exit code 1 ("errors found") is the expected outcome of the check.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

const sample = "assets/Voorbeeld-activiteitenoverzicht.xlsx";
const check = spawnSync(process.execPath, ["bin/beleidsmonitor.js", "check", sample], { stdio: "inherit" });
if (check.status === 2 || check.status === null) process.exit(check.status ?? 2);
if (check.status === 1) console.log("\n(Afsluitcode 1: er zijn fouten gevonden. In het voorbeeldwerkboek is dat zo bedoeld.)");

const folder = join("build", "demo");
mkdirSync(folder, { recursive: true });
const output = join(folder, "Voorbeeld-activiteitenoverzicht BO.xlsx");
console.log("");
const summary = spawnSync(process.execPath, ["bin/beleidsmonitor.js", "summary", sample, "-o", output, "--uitvraag", "--overschrijven"], { stdio: "inherit" });
if (summary.status !== 0) process.exit(summary.status ?? 2);
