/** Which optional Excel APIs this host offers; the manifest itself asks only for SharedRuntime 1.1. */
export interface HostCapabilities {
  /** `RangeAreas` and merged areas (ExcelApi 1.13). */
  mergedAreas: boolean;
  /** One undo step for a whole run (`mergeUndoGroup`, ExcelApi 1.20). */
  undoGroup: boolean;
  /** Data validation (ExcelApi 1.8). */
  dataValidation: boolean;
  /** Conditional formats for *Cellen markeren* (ExcelApi 1.6; the name stays from when it needed RangeAreas, 1.9). */
  rangeAreas: boolean;
  /** Whether the workbook's structure is protected can be read (`Workbook.protection`, ExcelApi 1.7). */
  structureProtection?: boolean;
  /** Where Excel runs: Excel on the web answers at most 5 MB per round trip, desktop Excel has no such limit. */
  platform?: "desktop" | "web";
}

export function detectCapabilities(isSetSupported: (name: string, version: string) => boolean): HostCapabilities {
  return {
    mergedAreas: isSetSupported("ExcelApi", "1.13"),
    undoGroup: isSetSupported("ExcelApi", "1.20"),
    dataValidation: isSetSupported("ExcelApi", "1.8"),
    rangeAreas: isSetSupported("ExcelApi", "1.6"),
    structureProtection: isSetSupported("ExcelApi", "1.7"),
  };
}

export function officeCapabilities(): HostCapabilities {
  const capabilities = detectCapabilities((name, version) => Office.context.requirements.isSetSupported(name, version));
  return { ...capabilities, platform: Office.context.platform === Office.PlatformType.OfficeOnline ? "web" : "desktop" };
}
