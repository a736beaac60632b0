/** Unit and integration tests. Domain, adapters and functions run under node; React views opt into jsdom per file. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/tests/browser/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx", isolatedModules: true } }],
  },
  // jsdom would pick packages' browser builds (ESM, e.g. uuid under ExcelJS); tests load the node builds.
  testEnvironmentOptions: { customExportConditions: ["node", "node-addons"] },
  setupFiles: ["<rootDir>/tests/setup/globals.ts"],
  reporters: ["default", "<rootDir>/tests/setup/summaryReporter.js"],
  moduleNameMapper: { "\\.css$": "<rootDir>/tests/setup/styleMock.js" },
};
