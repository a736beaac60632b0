/** `Office`, `Excel` and `OfficeExtension` globals backed by a fake host, for jest and the browser demo. */

import { FakeClientObject, FakeClientResult, strictObject } from "./clientObject";
import { FakeOfficeError, OFFICE_EXTENSION_ERROR_CODES } from "./errors";
import type { FakeExcelHost } from "./host";

export interface OfficeGlobalsOptions {
  excelApi?: string; // sets the host's supported ExcelApi version, e.g. "1.13"
  requirementSets?: Record<string, string>;
  displayLanguage?: string; // default "nl-NL"
  platform?: string; // default from the host: "PC" for desktop, "OfficeOnline" for the web
}

export interface OfficeGlobals {
  Office: typeof Office;
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension;
}

/** `enumOf("X", ["ColumnClustered"])` → `{ columnClustered: "ColumnClustered" }`, like the Office.js enums. */
function enumOf(name: string, values: string[], extra: Record<string, string> = {}): Record<string, string> {
  const entries = values.map((value) => [value[0].toLowerCase() + value.slice(1), value]);
  return strictObject(`Excel.${name}`, { ...Object.fromEntries(entries), ...extra });
}

function excelEnums(): Record<string, Record<string, string>> {
  return {
    SheetVisibility: enumOf("SheetVisibility", ["Visible", "Hidden", "VeryHidden"]),
    ClearApplyTo: enumOf("ClearApplyTo", ["All", "Formats", "Contents"]),
    RangeValueType: enumOf("RangeValueType", ["Unknown", "Empty", "String", "Integer", "Double", "Boolean", "Error", "RichValue"]),
    ConditionalFormatType: enumOf("ConditionalFormatType", ["Custom", "DataBar", "ColorScale", "IconSet", "TopBottom", "PresetCriteria", "ContainsText", "CellValue"]),
    ConditionalTextOperator: enumOf("ConditionalTextOperator", ["Invalid", "Contains", "NotContains", "BeginsWith", "EndsWith"]),
    ConditionalCellValueOperator: enumOf("ConditionalCellValueOperator", ["Invalid", "Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqual", "LessThanOrEqual"]),
    DataValidationType: enumOf("DataValidationType", ["None", "WholeNumber", "Decimal", "List", "Date", "Time", "TextLength", "Custom", "Inconsistent", "MixedCriteria"]),
    DataValidationOperator: enumOf("DataValidationOperator", ["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqualTo", "LessThanOrEqualTo"]),
    DataValidationAlertStyle: enumOf("DataValidationAlertStyle", ["Stop", "Warning", "Information"]),
    HorizontalAlignment: enumOf("HorizontalAlignment", ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"]),
    VerticalAlignment: enumOf("VerticalAlignment", ["Top", "Center", "Bottom", "Justify", "Distributed"]),
    PageOrientation: enumOf("PageOrientation", ["Portrait", "Landscape"]),
    CalculationType: enumOf("CalculationType", ["Recalculate", "Full", "FullRebuild"]),
    ChartSeriesBy: enumOf("ChartSeriesBy", ["Auto", "Columns", "Rows"]),
    ChartType: enumOf("ChartType", ["ColumnClustered", "ColumnStacked", "BarClustered", "BarStacked", "Line", "LineMarkers", "Pie", "Doughnut", "Area"], { xyscatter: "XYScatter" }),
    ErrorCodes: enumOf("ErrorCodes", ["AccessDenied", "ApiNotFound", "GeneralException", "InvalidArgument", "InvalidOperation", "InvalidReference", "ItemAlreadyExists", "ItemNotFound", "NotImplemented", "UnsupportedOperation", "UndoNotSupported", "RangeExceedsLimit", "RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]),
  };
}

/** Also sets the host's requirement sets from `options`, since `Excel.run` consults the same host. */
export function createOfficeGlobals(host: FakeExcelHost, options: OfficeGlobalsOptions = {}): OfficeGlobals {
  if (options.excelApi) host.requirementSets.ExcelApi = options.excelApi;
  Object.assign(host.requirementSets, options.requirementSets);
  const platform = options.platform ?? (host.platform === "web" ? "OfficeOnline" : "PC");
  const displayLanguage = options.displayLanguage ?? "nl-NL";
  const info = { host: "Excel", platform };
  const office = strictObject("Office", {
    onReady(callback?: (value: typeof info) => unknown) {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: strictObject("Office.context", {
      requirements: strictObject("Office.context.requirements", {
        isSetSupported: (name: string, minVersion?: string | number) => host.isSetSupported(name, minVersion),
      }),
      displayLanguage,
      contentLanguage: displayLanguage,
      host: "Excel",
      platform,
      diagnostics: { host: "Excel", platform, version: "16.0.0.0" },
    }),
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
  });
  // `new Excel.RequestContext()`: how a custom function reads the workbook (excel/call-excel-apis-from-custom-function.md).
  function RequestContext(): Excel.RequestContext {
    return host.createContext();
  }
  const excel = strictObject("Excel", {
    run: (...args: unknown[]) => host.run(...args),
    RequestContext,
    ...excelEnums(),
  });
  const officeExtension = strictObject("OfficeExtension", {
    Error: FakeOfficeError,
    ErrorCodes: OFFICE_EXTENSION_ERROR_CODES,
    ClientObject: FakeClientObject,
    ClientResult: FakeClientResult,
  });
  return {
    Office: office as unknown as typeof Office,
    Excel: excel as unknown as typeof Excel,
    OfficeExtension: officeExtension as unknown as typeof OfficeExtension,
  };
}

const NAMES = ["Office", "Excel", "OfficeExtension"] as const;

/** Puts the globals on `globalThis`; the returned function restores whatever was there before. */
export function installOfficeGlobals(host: FakeExcelHost, options: OfficeGlobalsOptions = {}): () => void {
  const scope = globalThis as Record<string, unknown>;
  const previous = NAMES.map((name) => ({ name, had: name in scope, value: scope[name] }));
  Object.assign(scope, createOfficeGlobals(host, options));
  return () => {
    for (const { name, had, value } of previous) {
      if (had) scope[name] = value;
      else delete scope[name];
    }
  };
}
