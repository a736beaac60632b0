import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import * as parse from "../../../src/core/parse";

/** Every `@example` line in src/core/parse (`call //=> result`) is run and compared, so the docs cannot drift. */
const SOURCE_DIR = join(__dirname, "../../../src/core/parse");
const EXAMPLE = /@example\s*\n\s*\*\s*(.+?)\s*\/\/=>\s*(.+)\s*$/gm;

const examples = readdirSync(SOURCE_DIR)
  .filter((file) => file.endsWith(".ts"))
  .flatMap((file) => [...readFileSync(join(SOURCE_DIR, file), "utf8").matchAll(EXAMPLE)].map((m) => [file, m[1], m[2]] as const));

const names = Object.keys(parse);
const evaluate = (code: string): unknown =>
  new Function(...names, `return (${code});`)(...names.map((name) => (parse as Record<string, unknown>)[name]));

describe("TSDoc examples", () => {
  it("are found in every file that exports a function", () => {
    expect(examples.length).toBeGreaterThan(40);
    const files = new Set(examples.map(([file]) => file));
    for (const file of ["normalizeText.ts", "suggest.ts", "isPlaceholder.ts", "isoDate.ts", "halfYear.ts", "period.ts", "parseDutchNumber.ts",
      "parseCountOrRange.ts", "parseDutchDate.ts", "parseYear.ts", "parseHalfYear.ts", "parseMonth.ts", "parsePeriod.ts", "parseWholeNumber.ts",
      "textDifference.ts"]) {
      expect(files).toContain(file);
    }
  });

  it.each(examples)("%s: %s", (_file, call, expected) => {
    expect(evaluate(call)).toEqual(evaluate(expected));
  });
});
