/** The real-browser test: builds the demo, serves it on 127.0.0.1 and drives Debian's Chromium (npm run test:browser). */
module.exports = {
  rootDir: "../..",
  testEnvironment: "node",
  roots: ["<rootDir>/tests/browser"],
  testMatch: ["**/*.browser.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["@swc/jest", require("../setup/swc.json")],
  },
  testTimeout: 180_000,
};
