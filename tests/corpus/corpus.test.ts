import { createHash } from "node:crypto";
import { existsSync, lstatSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/main";
import { corpusCases, type CorpusCase, type Expectation } from "./cases";

const dir = mkdtempSync(join(tmpdir(), "bm-corpus-"));
const cases = corpusCases(dir);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  let stdout = "";
  let stderr = "";
  const started = Date.now();
  const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), today: () => "2025-06-15", now: () => "2025-06-15T10:00" });
  return { code, stdout, stderr, ms: Date.now() - started };
}

function checksum(path: string): string | null {
  return lstatSync(path).isFile() ? createHash("sha256").update(readFileSync(path)).digest("hex") : null;
}

/** A few seconds per command at most, with room for a busy machine (writing loads the file library once). */
const COMMAND_MS = 10_000;

function expectAnswer(result: { code: number; stdout: string; stderr: string; ms: number }, expected: Expectation): void {
  expect(result.code).toBe(expected.code);
  expect(result.stderr).not.toMatch(/\n\s+at |Error:|E[A-Z]{3,}\b|\.tmp|onverwachte fout/);
  expect(result.ms).toBeLessThan(COMMAND_MS);
  if (expected.code === 2) {
    expect(result.stderr).toMatch(/^beleidsmonitor: /);
    if (expected.message) expect(result.stderr).toMatch(expected.message);
  } else expect(result.stderr).toBe("");
}

describe("the malformed-workbook corpus", () => {
  it("holds at least 40 cases covering every class of issue 12", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(["verdict", "1904", "overwrite", "crash", "loss", "message", "extra"]));
  });

  it.each(cases.map((c): [string, CorpusCase] => [c.name, c]))("%s", async (_name, c) => {
    const before = checksum(c.input);
    const checked = await cli(["check", c.input, "--json"]);
    expectAnswer(checked, c.check);
    if (c.check.code !== 2) {
      const report = JSON.parse(checked.stdout);
      const rules = report.findings.map((f: { rule: string }) => f.rule);
      for (const rule of c.check.rules ?? []) expect(rules).toContain(rule);
      for (const rule of c.check.notRules ?? []) expect(rules).not.toContain(rule);
      if (c.check.referenceDate) expect(report.referenceDate).toBe(c.check.referenceDate);
      // Never a silent "clean": exit 0 only when no finding is an error, and exit 1 always names one.
      expect(checked.code === 1).toBe(report.counts.error > 0);
    }
    const text = await cli(["check", c.input]);
    expect(text.code).toBe(checked.code);
    if (c.summary) {
      const output = c.summary.output ?? join(dir, `uit-${Math.random().toString(36).slice(2)}.xlsx`);
      const existed = existsSync(output);
      const summary = await cli(["summary", c.input, "-o", output, "--datum", "2025-06-26", ...c.summary.args]);
      expectAnswer(summary, c.summary.expect);
      if (c.summary.expect.code === 0) expect(summary.stdout).toContain("Samenvatting geschreven");
      if (c.summary.expect.code === 2 && !existed) expect(existsSync(output)).toBe(false);
      if (c.summary.expect.code === 0) c.summary.verify?.(output);
    }
    expect(checksum(c.input)).toBe(before);
  }, 3 * COMMAND_MS);
});
