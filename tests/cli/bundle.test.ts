import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "bm-bundle-"));
// Inside the project, as the real bundle is, so that the external file library resolves from node_modules.
const bundle = join(root, "build", "bundle-test", "beleidsmonitor.js");
const SAMPLE = join(root, "assets/Voorbeeld-activiteitenoverzicht.xlsx");

beforeAll(() => {
  // The same build as `prepare`, into a temporary folder.
  const script = readFileSync(join(root, "scripts/build-cli.mjs"), "utf8").replace('"build/cli/beleidsmonitor.js"', JSON.stringify(bundle)).replace('"src/cli/main.ts"', JSON.stringify(join(root, "src/cli/main.ts")));
  writeFileSync(join(root, "build", ".bundle-test.mjs"), script);
  execFileSync(process.execPath, [join(root, "build", ".bundle-test.mjs")], { cwd: root });
}, 60_000);

describe("the bundled command line", () => {
  it("checks the sample without loading the file library (ExcelJS)", () => {
    const guard = join(dir, "no-exceljs.js");
    writeFileSync(guard, 'const M = require("module"); const load = M._load; M._load = function (r, ...a) { if (r === "exceljs") throw new Error("exceljs geladen"); return load.call(this, r, ...a); };');
    const result = spawnSync(process.execPath, ["-r", guard, "-e", `require(${JSON.stringify(bundle)}).run(["check", ${JSON.stringify(SAMPLE)}, "--json"]).then((c) => (process.exitCode = c))`], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).file).toBe(SAMPLE);
  }, 30_000);

  it("compares two workbooks (verschil) without loading the file library", () => {
    const guard = join(dir, "no-exceljs-verschil.js");
    writeFileSync(guard, 'const M = require("module"); const load = M._load; M._load = function (r, ...a) { if (r === "exceljs") throw new Error("exceljs geladen"); return load.call(this, r, ...a); };');
    const result = spawnSync(process.execPath, ["-r", guard, "-e", `require(${JSON.stringify(bundle)}).run(["verschil", ${JSON.stringify(SAMPLE)}, ${JSON.stringify(SAMPLE)}, "--json"]).then((c) => (process.exitCode = c))`], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).activities.changed).toEqual([]);
  }, 30_000);

  it("writes a summary through the file library it loads on demand", () => {
    const output = join(dir, "BO.xlsx");
    const result = spawnSync(process.execPath, ["-e", `require(${JSON.stringify(bundle)}).run(["summary", ${JSON.stringify(SAMPLE)}, "-o", ${JSON.stringify(output)}]).then((c) => (process.exitCode = c))`], { encoding: "utf8", cwd: root });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Samenvatting geschreven");
  }, 30_000);

  it("has no import circle between the entry point and the summary command", () => {
    expect(readFileSync(join(root, "src/cli/summaryCommand.ts"), "utf8")).not.toMatch(/from "\.\/main"/);
  }, 30_000);
});
