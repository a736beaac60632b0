// functions.json (English) and functions.nl.json (Dutch) as the build makes them: same ids, complete
// descriptions, valid names that do not collide with Excel's own functions; and the built bundle registers every id.
import fs from "fs";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { buildDutchMetadata, loadTranslations, type Metadata } from "../../scripts/dutch-metadata";
import { withRuntimeOptions } from "../../scripts/metadata-options";
import { DUTCH } from "../../src/functions/translations";
import { BUILTIN_DUTCH, BUILTIN_ENGLISH, PLANNED_NAMES } from "./builtin-names";

const root = path.resolve(__dirname, "../..");
const dist = path.join(root, "dist");
const BUILTIN = new Set([...BUILTIN_ENGLISH, ...BUILTIN_DUTCH]);

/** Our naming rule: a letter first, then letters, digits, "." or "_"; at least 3 characters; no cell reference. */
function nameProblem(name: string): string | null {
  if (!/^[A-Za-z][A-Za-z0-9._]{2,127}$/.test(name)) return "ongeldige naam";
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(name)) return "lijkt op een A1-celverwijzing";
  if (/^R[0-9]*[CK][0-9]*$/i.test(name)) return "lijkt op een R1C1/R1K1-celverwijzing";
  if (BUILTIN.has(name.toUpperCase())) return "is een ingebouwde Excel-functie";
  return null;
}

let english: Metadata;
let dutch: Metadata;
let translationErrors: string[];

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(path.join(root, "src/functions/functions.ts"));
  expect(generated.errors).toEqual([]);
  english = withRuntimeOptions(JSON.parse(generated.metadataJson) as Metadata);
  const built = buildDutchMetadata(english, loadTranslations(path.join(root, "src/functions/translations.ts")));
  dutch = built.metadata;
  translationErrors = built.errors;
});

describe("functions.json and functions.nl.json", () => {
  test("the build step loads the same table the code exports", () => {
    expect(loadTranslations(path.join(root, "src/functions/translations.ts"))).toEqual(DUTCH);
  });

  test("every function and parameter is translated", () => {
    expect(translationErrors).toEqual([]);
  });

  test("same ids, in the same order, with the same parameters", () => {
    expect(dutch.functions.map((fn) => fn.id)).toEqual(english.functions.map((fn) => fn.id));
    dutch.functions.forEach((fn, i) => {
      expect(fn.parameters?.length).toBe(english.functions[i].parameters?.length);
    });
  });

  test("descriptions in both languages, and they differ", () => {
    english.functions.forEach((fn, i) => {
      const nl = dutch.functions[i];
      expect(fn.description).toBeTruthy();
      expect(nl.description).toBeTruthy();
      expect(nl.description).not.toBe(fn.description);
      (fn.parameters ?? []).forEach((parameter, j) => {
        expect(parameter.description).toBeTruthy();
        expect(nl.parameters?.[j].description).toBeTruthy();
      });
    });
  });

  test("ids and names in both languages are valid and not built-in names", () => {
    const problems = [...english.functions, ...dutch.functions]
      .flatMap((fn) => [fn.id, fn.name])
      .map((name) => [name, nameProblem(name)])
      .filter(([, problem]) => problem !== null);
    expect(problems).toEqual([]);
  });

  test("the nine functions, with their fixed ids and Dutch names, and Dutch parameter names", () => {
    const expected: Record<string, [string, string[]]> = {
      DUE: ["OPGAVE", ["taakstellingen", "gehuisvest", "beginsaldo"]],
      BALANCE: ["SALDO", ["taakstellingen", "gehuisvest", "beginsaldo"]],
      BACKLOG: ["ACHTERSTAND", ["taakstellingen", "gehuisvest", "beginsaldo"]],
      SHORTFALL: ["TEKORT", ["opgave", "gerealiseerd", "gepland", "telling", "gerealiseerd_per_maand"]],
      PROGRESS: ["VOORTGANG", ["nulmeting", "streefwaarde", "actueel", "richting"]],
      EXPECTED: ["VERWACHT", ["nulmeting", "nuljaar", "streefwaarde", "streefjaar", "jaar"]],
      STATUS: ["STATUS", ["nulmeting", "nuljaar", "streefwaarde", "streefjaar", "actueel", "meetjaar", "richting", "marge"]],
      PERIOD: ["PERIODE", ["tekst"]],
      HALFYEAR: ["HALFJAAR", ["datum_of_tekst"]],
    };
    expect(english.functions.map((fn) => fn.id).sort()).toEqual(Object.keys(expected).sort());
    for (const fn of english.functions) expect(fn.name).toBe(fn.id);
    for (const fn of dutch.functions) {
      expect([fn.name, (fn.parameters ?? []).map((parameter) => parameter.name)]).toEqual(expected[fn.id]);
    }
  });

  test("error cells reach the functions, linked data types arrive as plain values, in both files", () => {
    for (const metadata of [english, dutch]) expect(metadata).toMatchObject({ allowErrorForDataTypeAny: true, allowCustomDataForDataTypeAny: false });
  });

  test("pure functions: not volatile, no address, no streaming", () => {
    for (const fn of english.functions) expect(fn.options ?? {}).toEqual({});
  });

  test("ranges where a function takes a column, a single cell elsewhere; spilling results are matrices", () => {
    const shape = (id: string) => english.functions.find((fn) => fn.id === id)!;
    for (const id of ["DUE", "BALANCE", "BACKLOG"]) {
      expect(shape(id).parameters!.slice(0, 2).map((parameter) => parameter.dimensionality)).toEqual(["matrix", "matrix"]);
    }
    expect(shape("SHORTFALL").parameters![2].dimensionality).toBe("matrix");
    expect(shape("SHORTFALL").parameters![4]).toMatchObject({ name: "realisedPerMonth", dimensionality: "matrix", optional: true });
    for (const id of ["DUE", "BALANCE", "PERIOD"]) expect((shape(id).result as { dimensionality?: string }).dimensionality).toBe("matrix");
  });

  test("the name rule catches what it should", () => {
    expect(nameProblem("SALDO1")).toBeNull();
    for (const bad of ["AB12", "XFD1", "R1C1", "RC", "R2K3", "SO", "1SALDO", "SALDO-X", "SOM", "SUM", "VERT.ZOEKEN"]) {
      expect(nameProblem(bad)).not.toBeNull();
    }
  });

  test("the names planned for later issues are free", () => {
    expect(PLANNED_NAMES.filter((name) => nameProblem(name) !== null)).toEqual([]);
  });

  test("a missing Dutch entry or parameter description is reported", () => {
    const { errors } = buildDutchMetadata(english, {});
    expect(errors.join("\n")).toMatch(/BALANCE: geen Nederlandse vertaling/);
    const partial = { BALANCE: { ...DUTCH.BALANCE, parameters: { quotas: DUTCH.BALANCE.parameters.quotas } } };
    expect(buildDutchMetadata(english, partial).errors.join("\n")).toMatch(/parameter housed heeft geen Nederlandse omschrijving/);
  });
});

const built = fs.existsSync(path.join(dist, "functions.js"));
(built ? describe : describe.skip)("the production build in dist/", () => {
  test("functions.js registers every id", () => {
    const bundle = fs.readFileSync(path.join(dist, "functions.js"), "utf8");
    for (const fn of english.functions) expect(bundle).toContain(`CustomFunctions.associate("${fn.id}"`);
  });

  test("functions.json and functions.nl.json match the sources", () => {
    expect(JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8"))).toEqual(english);
    expect(JSON.parse(fs.readFileSync(path.join(dist, "functions.nl.json"), "utf8"))).toEqual(dutch);
  });
});
