import * as fs from "fs";
import * as path from "path";

const PARSE_DIR = path.resolve(__dirname, "../../../src/core/parse");
const RELATIVE_IMPORT = /(?:import|export)[^'"]*?from\s+"(\.[^"]+)"/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

/** Relative imports of a file, type-only ones included: a type cycle is still a cycle for a reader. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const targets: string[] = [];
  for (const match of text.matchAll(RELATIVE_IMPORT)) {
    const base = path.resolve(path.dirname(file), match[1]);
    const found = [`${base}.ts`, path.join(base, "index.ts")].find((candidate) => fs.existsSync(candidate));
    if (found) targets.push(found);
  }
  return targets;
}

function findCycles(files: readonly string[]): string[][] {
  const graph = new Map(files.map((f) => [f, importsOf(f)]));
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string) => {
    state.set(file, "open");
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === "open") cycles.push([...stack.slice(stack.indexOf(next)), next].map((f) => path.relative(PARSE_DIR, f)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return cycles;
}

describe("src/core/parse imports", () => {
  it("form no circle (period ↔ _lib/period/pointDates was one)", () => {
    expect(findCycles(sourceFiles(PARSE_DIR))).toEqual([]);
  });
});
