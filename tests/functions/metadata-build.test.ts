// The metadata generator must report bad JSDoc annotations (the webpack plugin turns them into build errors).
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

const root = path.resolve(__dirname, "../..");

describe("custom-function metadata generation", () => {
  test("a file with bad annotations yields errors and no metadata", async () => {
    const result = await generateCustomFunctionsMetadata(path.join(__dirname, "fixtures/bad-annotation.ts"));
    expect(result.metadataJson).toBe("");
    expect(result.errors.join("\n")).toMatch(/invalid characters.*BAD-ID/);
    expect(result.errors.join("\n")).toMatch(/does not support type "Date"/);
  });

  test("src/functions/functions.ts has no annotation errors", async () => {
    const result = await generateCustomFunctionsMetadata(path.join(root, "src/functions/functions.ts"));
    expect(result.errors).toEqual([]);
    expect(JSON.parse(result.metadataJson).functions.length).toBeGreaterThan(0);
  });
});
