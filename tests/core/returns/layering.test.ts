import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const ROOT = join(__dirname, "../../..");
const CORE = join(ROOT, "src/core");

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : []));
}

/** Relative imports of a file, resolved to files (type-only imports count: a circle of types is still a circle). */
function imports(file: string): string[] {
  const source = readFileSync(file, "utf8");
  const out: string[] = [];
  for (const match of source.matchAll(/(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"/g)) {
    const base = resolve(dirname(file), match[1]);
    const found = [`${base}.ts`, join(base, "index.ts")].find((candidate) => existsSync(candidate));
    if (found) out.push(found);
  }
  return out;
}

const GRAPH = new Map(files(CORE).map((file) => [file, imports(file)]));

/** Import circles (strongly connected groups of more than one file), as paths under src/core. */
function circles(): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const out: string[][] = [];
  const visit = (file: string) => {
    order.set(file, index);
    low.set(file, index++);
    stack.push(file);
    for (const next of GRAPH.get(file) ?? []) {
      if (!order.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(file, Math.min(low.get(file)!, order.get(next)!));
    }
    if (low.get(file) === order.get(file)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        group.push(relative(CORE, member));
      } while (member !== file);
      if (group.length > 1) out.push(group.sort());
    }
  };
  for (const file of GRAPH.keys()) if (!order.has(file)) visit(file);
  return out;
}

describe("layering of the uitvraag and bundling", () => {
  it("imports only from the pure core (no Office, DOM, Node or adapter code)", () => {
    const offenders: string[] = [];
    for (const folder of ["returns", "merge"]) {
      for (const file of files(join(CORE, folder))) {
        const source = readFileSync(file, "utf8");
        for (const match of source.matchAll(/from\s+"([^"]+)"/g)) {
          const target = match[1];
          const outside = target.startsWith(".") ? !resolve(dirname(file), target).startsWith(CORE) : true;
          if (outside) offenders.push(`${relative(CORE, file)} → ${target}`);
        }
        const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
        if (/\b(Excel|Office|document|window|process|require)\s*[.(]/.test(code)) offenders.push(`${relative(CORE, file)} uses a host API`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("leaves no import circle through the model, the rules, the uitvraag or bundling", () => {
    const watched = /^(model|rules|returns|merge)\//;
    expect(circles().filter((group) => group.some((file) => watched.test(file)))).toEqual([]);
  });
});
