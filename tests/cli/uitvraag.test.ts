// `beleidsmonitor uitvraag`: options, JSON and refusals (the full round trip is in roundTrip.test.ts).
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "../../src/cli/parseArgs";
import { SAMPLE } from "../core/summary/sample";
import { runCli } from "./runCli";

jest.setTimeout(30_000);
const dir = mkdtempSync(join(tmpdir(), "bm-uitvraag-"));

describe("beleidsmonitor uitvraag", () => {
  it("reads its options: -o, --partij more than once, --deadline, --json, --overschrijven", () => {
    expect(parseArgs(["uitvraag", "o.xlsx", "-o", "uit", "--partij", "OFW", "--partij", "HBV", "--deadline", "2025-06-01", "--json", "--overschrijven"])).toEqual({
      command: "uitvraag", file: "o.xlsx", outputDir: "uit", parties: ["OFW", "HBV"], deadline: "2025-06-01", json: true, overwrite: true, lang: "nl",
    });
    expect(() => parseArgs(["uitvraag", "o.xlsx", "--deadline", "1-6-2025"])).toThrow(/JJJJ-MM-DD/);
    expect(() => parseArgs(["uitvraag", "o.xlsx", "--partij"])).toThrow(/--partij verwacht/);
  });

  it("writes only the parties named, with the deadline given, and says so in JSON", async () => {
    const folder = mkdtempSync(join(dir, "json-"));
    const result = await runCli(["uitvraag", SAMPLE, "-o", folder, "--partij", "HBV", "--deadline", "2025-07-01", "--json"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.files).toEqual([expect.objectContaining({ file: join(folder, "retour-hbv.xlsx"), party: "Huurders Belangen Vereniging", deadline: "2025-07-01", deadlineSource: "option" })]);
    expect(readdirSync(folder)).toEqual(["retour-hbv.xlsx"]);
  });

  it("refuses an unknown party or a missing folder, and writes nothing", async () => {
    const folder = mkdtempSync(join(dir, "refused-"));
    const unknown = await runCli(["uitvraag", SAMPLE, "-o", folder, "--partij", "Woonstede"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("'Woonstede' staat niet in Partijen van het overzicht");
    expect(readdirSync(folder)).toEqual([]);
    const missing = await runCli(["uitvraag", SAMPLE, "-o", join(folder, "bestaat-niet")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("bestaat niet");
  });
});
