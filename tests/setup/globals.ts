// Custom functions throw CustomFunctions.Error; outside Excel we provide the same shape.
class CustomFunctionsError extends Error {
  constructor(public code: string, message?: string) {
    super(message);
  }
}
(globalThis as Record<string, unknown>).CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
  associate: () => undefined,
};

// jsdom 20 (jest-environment-jsdom 29) lacks TextDecoder/TextEncoder, which every browser and Node have;
// the .xlsx reader uses them, and the pane's tests read the sample workbook through it.
if (typeof globalThis.TextDecoder === "undefined") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const util = require("node:util") as typeof import("node:util");
  Object.assign(globalThis, { TextDecoder: util.TextDecoder, TextEncoder: util.TextEncoder });
}
