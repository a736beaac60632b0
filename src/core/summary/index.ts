export { buildSummary, SUMMARY_COLUMNS } from "./buildSummary";
export { buildRequestSheet } from "./buildRequestSheet";
export type { SummaryOptions } from "./summaryContext";
export { uniqueSheetName } from "./uniqueSheetName";
export { SUMMARY_STYLES, TRAFFIC_LIGHT_COLORS, type CellLook } from "./summaryStyles";
export type * from "./summarySheet";
