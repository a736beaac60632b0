/** The real-browser test: builds the demo, serves it on 127.0.0.1 and drives Debian's Chromium (npm run test:browser). */
module.exports = {
  rootDir: "../..",
  testEnvironment: "node",
  roots: ["<rootDir>/tests/browser"],
  testMatch: ["**/*.browser.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx", isolatedModules: true } }],
  },
  testTimeout: 180_000,
};
