// `npm run demo`: the check on the bundled sample workbook, as a newcomer's first look.
// The sample holds deliberate errors, so exit code 1 ("errors found") is the expected outcome here.
import { spawnSync } from "node:child_process";

const sample = "assets/Voorbeeld-activiteitenoverzicht.xlsx";
const check = spawnSync(process.execPath, ["bin/beleidsmonitor.js", "check", sample], { stdio: "inherit" });
if (check.status === 2 || check.status === null) process.exit(check.status ?? 2);
if (check.status === 1) console.log("\n(Afsluitcode 1: er zijn fouten gevonden. In het voorbeeldwerkboek is dat zo bedoeld.)");
