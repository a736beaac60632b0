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
