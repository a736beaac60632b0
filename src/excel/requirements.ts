/** Which optional Excel APIs this host offers; the manifest itself asks only for SharedRuntime 1.1. */
export interface HostCapabilities {
  /** `RangeAreas` and merged areas (ExcelApi 1.13). */
  mergedAreas: boolean;
  /** One undo step for a whole run (`mergeUndoGroup`, ExcelApi 1.20). */
  undoGroup: boolean;
  /** Data validation (ExcelApi 1.8). */
  dataValidation: boolean;
  /** `RangeAreas` for conditional formats over many cells: the highlighting (ExcelApi 1.9). */
  rangeAreas: boolean;
}

export function detectCapabilities(isSetSupported: (name: string, version: string) => boolean): HostCapabilities {
  return {
    mergedAreas: isSetSupported("ExcelApi", "1.13"),
    undoGroup: isSetSupported("ExcelApi", "1.20"),
    dataValidation: isSetSupported("ExcelApi", "1.8"),
    rangeAreas: isSetSupported("ExcelApi", "1.9"),
  };
}

export function officeCapabilities(): HostCapabilities {
  return detectCapabilities((name, version) => Office.context.requirements.isSetSupported(name, version));
}
