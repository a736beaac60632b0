/**
 * Every Dutch string a civil servant reads — task pane, rule names and messages, function messages, every word
 * catalogue in src/core (`*Words.ts`, read generically so new catalogues are scanned too), Controle sheet headers, the
 * text report of the sample — is free of rule ids, command-line words and English (docs/woordenlijst.md).
 */
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import { nl as paneNl } from "../../src/taskpane/i18n/nl";
import { RULES } from "../../src/core/rules";
import { CONTROL_HEADERS } from "../../src/excel/writeControlSheet";
import { runCli } from "../cli/runCli";

const ROOT = join(__dirname, "../..");

/** Rule ids, command-line words and words of the tool's own vocabulary that have a Dutch Office term. */
const DENIED: { what: string; pattern: RegExp }[] = [
  { what: "a rule id", pattern: new RegExp(`(?<![\\w-])(${Object.keys(RULES).join("|")})(?![\\w-])`) },
  { what: "a command or option", pattern: /beleidsmonitor (check|summary|merge|compare|bundel)|(^|\s)--[a-z]|\bnpm\b|\bjson\b|opdrachtregel|command line/i },
  { what: "deelvenster (Office says taakvenster)", pattern: /deelvenster/i },
  { what: "werkboek (Office says werkmap)", pattern: /werkboek/i },
  {
    what: "an English word",
    pattern: /\b(the|and|with|rule|rules|sheet|workbook|finding|findings|warning|warnings|summary|check|backlog|quota|due|housed|request|to-?do|task pane|click|undo|not|missing)\b/i,
  },
];

interface Text {
  where: string;
  text: string;
}

const SAMPLE_ARGS: unknown[][] = [["Dronten", "Dronten", "Dronten"], [2, 1, 3], [[], [], []]];

/** The Dutch texts in a catalogue: the `nl` subtree of an object, or strings and functions (called with sample arguments). */
function collect(value: unknown, where: string, out: Text[], dutch: boolean): void {
  if (typeof value === "string") {
    if (dutch) out.push({ where, text: value });
  } else if (typeof value === "function") {
    if (!dutch) return;
    for (const args of SAMPLE_ARGS) {
      try {
        const result = (value as (...a: unknown[]) => unknown)(...args);
        if (typeof result === "string") return void out.push({ where: `${where}()`, text: result });
      } catch {
        // this sample does not fit the function; try the next
      }
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => collect(item, `${where}[${i}]`, out, dutch));
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key === "en") continue;
      collect(item, `${where}.${key}`, out, dutch || key === "nl");
    }
  }
}

function wordCatalogues(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return wordCatalogues(path);
    return /Words\.ts$/.test(name) ? [path] : [];
  });
}

function offences(texts: readonly Text[]): string[] {
  return texts.flatMap(({ where, text }) =>
    DENIED.flatMap(({ what, pattern }) => {
      // `{{name}}` placeholders are filled with the reader's own data.
      const hit = pattern.exec(text.replace(/\{\{\w+\}\}/g, ""));
      return hit ? [`${where}: ${what} '${hit[0].trim()}' in "${text.slice(0, 160)}"`] : [];
    }),
  );
}

describe("Dutch words for the people who read them: no rule ids, commands or English", () => {
  it("the task pane catalogue", () => {
    const texts: Text[] = [];
    collect(paneNl, "pane", texts, true);
    expect(texts.length).toBeGreaterThan(100);
    expect(offences(texts)).toEqual([]);
  });

  it("rule names and messages", () => {
    const texts: Text[] = [];
    for (const rule of Object.values(RULES)) {
      texts.push({ where: `${rule.meta.id}.name`, text: rule.meta.name.nl });
      for (const [id, message] of Object.entries(rule.meta.messages)) texts.push({ where: `${rule.meta.id}.${id}`, text: message.nl });
    }
    expect(offences(texts)).toEqual([]);
  });

  it("every word catalogue in src/core and the function messages", async () => {
    const files = [...wordCatalogues(join(ROOT, "src/core")), join(ROOT, "src/functions/messages.ts")];
    const texts: Text[] = [];
    for (const file of files) {
      const module = (await import(file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) {
        if (typeof value === "object") collect(value, `${relative(ROOT, file)}:${name}`, texts, false);
      }
    }
    expect(texts.length).toBeGreaterThan(150);
    expect(offences(texts)).toEqual([]);
  });

  it("the Controle sheet headers and the text report of the sample", async () => {
    const report = (await runCli(["check", "assets/Voorbeeld-activiteitenoverzicht.xlsx"])).stdout;
    const texts: Text[] = [
      ...CONTROL_HEADERS.map((text) => ({ where: "Controle header", text })),
      // The first line names the file; the rest is ours.
      ...report.split("\n").slice(1).map((text, i) => ({ where: `text report line ${i + 2}`, text })),
    ];
    expect(offences(texts)).toEqual([]);
  });

  it("the command line's help and every message string in src/cli and src/excel: werkmap, never werkboek", async () => {
    const help = (await runCli(["--help"])).stdout;
    expect(help).toContain("--met-werkmap");
    expect(help).not.toMatch(/werkboek/i);
    const literals = ["src/cli", "src/excel"].flatMap((dir) =>
      readdirSync(join(ROOT, dir))
        .filter((name) => name.endsWith(".ts"))
        .flatMap((name) => (readFileSync(join(ROOT, dir, name), "utf8").match(/(["'`])(?:(?!\1)[^\n\\]|\\.)*\1/g) ?? []).map((text) => ({ where: `${dir}/${name}`, text }))),
    );
    expect(literals.length).toBeGreaterThan(200);
    // The option's first spelling stays accepted, so scripts written for it keep working.
    expect(literals.filter(({ text }) => /werkboek/i.test(text) && text !== '"--met-werkboek"')).toEqual([]);
  });

  it("catches what it is meant to catch", () => {
    expect(offences([{ where: "x", text: "Zie [duplicate-id] of 'beleidsmonitor check --json'; sluit het deelvenster; the sheet; het werkboek" }])).toHaveLength(5);
  });
});
