export { bundleExitCode, bundleReturns } from "./bundle";
export { applyBundle, storedValue } from "./applyBundle";
export { bundelingSheet, bundleJson, bundleProblemMessage } from "./bundelingSheet";
export { compareKey } from "./compareKey";
export type * from "./types";
