import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { RULES } from "../../../src/core/rules";
import { renderRuleDocs } from "../../../scripts/rule-docs/renderRuleDocs";
import { runRule } from "./ruleTester";

const rulesDir = join(__dirname, "../../../src/core/rules");
const testsDir = __dirname;
const ruleFiles = readdirSync(rulesDir)
  .filter((f) => /^[a-z0-9]+(-[a-z0-9]+)+\.ts$/.test(f))
  .map((f) => f.replace(/\.ts$/, ""));
const testSources = readdirSync(testsDir)
  .filter((f) => f.endsWith(".test.ts") && f !== "catalogue.test.ts")
  .map((f) => readFileSync(join(testsDir, f), "utf8"))
  .join("\n");

describe("the rule catalogue (like ESLint's checkRuleFiles)", () => {
  it("indexes every rule file under its own id", () => {
    expect(Object.keys(RULES).sort()).toEqual(ruleFiles.sort());
    for (const [id, rule] of Object.entries(RULES)) expect(rule.meta.id).toBe(id);
  });

  it.each(Object.keys(RULES))("%s has a test table, docs in both languages and messages in both languages", (id) => {
    const { meta } = RULES[id];
    expect(testSources).toContain(`/src/core/rules/${id}"`);
    expect(testSources).toMatch(new RegExp(`testRule\\(\\w+, \\{`));
    for (const text of [meta.description.nl, meta.description.en, meta.docs.details.nl, meta.docs.details.en]) expect(text.length).toBeGreaterThan(20);
    for (const message of Object.values(meta.messages)) {
      expect(message.nl.length).toBeGreaterThan(5);
      expect(message.en.length).toBeGreaterThan(5);
      const placeholders = (t: string) => (t.match(/\{\{\s*\w+\s*\}\}/g) ?? []).sort();
      expect(placeholders(message.en)).toEqual(placeholders(message.nl));
    }
  });

  it.each(Object.keys(RULES))("%s: the docs' bad example fires and the good one stays silent", (id) => {
    const rule = RULES[id];
    expect(runRule(rule, rule.meta.docs.bad).reports.length).toBeGreaterThan(0);
    expect(runRule(rule, rule.meta.docs.good).findings.map((f) => f.nl.message)).toEqual([]);
  });

  it("docs/rules.md is generated from the current metadata (run `npm run docs:rules`)", () => {
    const committed = readFileSync(join(__dirname, "../../../docs/rules.md"), "utf8");
    expect(committed).toBe(renderRuleDocs());
  });
});
