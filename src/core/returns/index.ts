export { buildReturnPlan, planReturns, returnFileName } from "./buildReturnPlan";
export type { AllReturns, ReturnOptions, ReturnPlan, ReturnPlanResult, ReturnProblem, ReturnWarning } from "./buildReturnPlan";
export { returnDeadline, DAYS_BEFORE_MEETING, type Deadline } from "./deadline";
export { returnProblemMessage, returnWarningMessage } from "./returnWords";
export { readReturnIdentity, RETURN_SETTINGS, RETURN_INFO_SHEETS, type ReturnIdentity } from "./returnIdentity";
export { columnRole, BUNDLED_TABLES, KEY_COLUMNS, type BundledTable } from "./columnRoles";
export { planValueOf, jsonValue, isDateFormat } from "./planValue";
export * from "./sheetPlan";
