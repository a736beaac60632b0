/** Unit and integration tests. Domain, adapters and functions run under node; React views opt into jsdom per file. */
module.exports = {
  testEnvironment: "node",
  // Workers keep every module graph they loaded (jsdom, Fluent, ExcelJS); a worker past this size is replaced.
  workerIdleMemoryLimit: "300MB",
  // Two workers on this 2-core machine: 25% quicker than jest's default of one, and still green beside a second run.
  maxWorkers: 2,
  // The slowest test takes about 3,5 s on a quiet machine and twice that beside a second run: a third of this at most.
  testTimeout: 15_000,
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/tests/browser/"],
  transform: {
    // swc strips types without checking them (npm run typecheck does that), quicker than ts-jest on a cold cache.
    "^.+\\.tsx?$": ["@swc/jest", require("./tests/setup/swc.json")],
  },
  // jsdom would pick packages' browser builds (ESM, e.g. uuid under ExcelJS); tests load the node builds.
  testEnvironmentOptions: { customExportConditions: ["node", "node-addons"] },
  setupFiles: ["<rootDir>/tests/setup/globals.ts"],
  reporters: ["default", "<rootDir>/tests/setup/summaryReporter.js"],
  moduleNameMapper: { "\\.css$": "<rootDir>/tests/setup/styleMock.js" },
};
