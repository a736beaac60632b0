// ESLint flat config: typescript-eslint recommended everywhere, plus the Office.js batching rules
// (load before read, sync before read, no sync in loops …) where code talks to Excel.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const nodeGlobals = {
  require: "readonly", module: "writable", exports: "writable", __dirname: "readonly", __filename: "readonly",
  process: "readonly", console: "readonly", Buffer: "readonly", URL: "readonly", setTimeout: "readonly",
};

/** The recommended office-addins rules, without the prettier formatting rule that plugin's preset adds. */
const officeAddinsRules = {
  "office-addins/call-sync-after-load": "error",
  "office-addins/call-sync-before-read": "error",
  "office-addins/load-object-before-read": "error",
  "office-addins/test-for-null-using-isNullObject": "error",
  "office-addins/no-context-sync-in-loop": "warn",
  "office-addins/no-empty-load": "warn",
  "office-addins/no-navigational-load": "warn",
  "office-addins/no-office-initialize": "warn",
};

export default defineConfig(
  { ignores: ["dist/", "build/", "node_modules/", "coverage/", "tests/browser/output/"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Text normalising in the domain matches ASCII ranges (\x00-\x7f) and combining marks on purpose.
    files: ["src/core/**/*.ts"],
    rules: { "no-control-regex": "off", "no-misleading-character-class": "off" },
  },
  {
    files: ["src/excel/**/*.ts", "src/taskpane/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: officeAddinsRules,
  },
  {
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: nodeGlobals },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", globals: nodeGlobals },
  },
);
