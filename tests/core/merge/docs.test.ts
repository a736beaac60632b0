import { readFileSync } from "node:fs";
import { join } from "node:path";
import { columnRole } from "../../../src/core/returns/columnRoles";
import { BUNDLE_WORDS } from "../../../src/core/merge/bundleWords";
import { ACTIVITIES, MEASUREMENTS } from "../../../src/core/schema/tables";

const DOC = readFileSync(join(__dirname, "../../../docs/bundelen.md"), "utf8");

describe("docs/bundelen.md", () => {
  it("names every reason the JSON can give", () => {
    const reasons = [...Object.keys(BUNDLE_WORDS.nl.conflict), ...Object.keys(BUNDLE_WORDS.nl.listed)];
    expect(reasons.filter((reason) => !DOC.includes(`\`${reason}\``))).toEqual([]);
  });

  it("lists the answer columns the code uses", () => {
    const answers = (spec: typeof ACTIVITIES, table: "activities" | "measurements") => spec.columns.filter((c) => columnRole(table, c.key) === "answer").map((c) => c.header);
    const sentence = /\*\*Antwoordkolommen\*\* zijn bij activiteiten ([^;]+); bij metingen ([^.]+)\./.exec(DOC.replace(/\n\s*/g, " "));
    const words = (text: string) => text.split(/, | en /);
    expect(words(sentence![1])).toEqual(answers(ACTIVITIES, "activities"));
    expect(words(sentence![2])).toEqual(answers(MEASUREMENTS, "measurements"));
  });
});
