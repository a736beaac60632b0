/** `Range.format` (with fill and font) and `Range.dataValidation`. */

import type { PropDef, Resolver } from "./clientObject";
import type { FakeContext, HostCore } from "./context";
import { isEntireColumns, parseAddress } from "./boxes";
import { officeError } from "./errors";
import * as ops from "./rangeOps";
import { RangeBound, type RangeTarget } from "./rangeTarget";
import type { StyleKey } from "./state";

const HORIZONTAL = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const VERTICAL = ["Top", "Center", "Bottom", "Justify", "Distributed"];

function styleProp(key: StyleKey, check?: (value: unknown) => boolean, api?: string): PropDef<RangeTarget> {
  return {
    get: (t) => ops.uniformStyle(t.sheet, t.box, key),
    set: (t, value) => {
      if (check && !check(value)) throw officeError("InvalidArgument", `Range.format.${key}`);
      ops.setStyle(t.sheet, t.box, key, value as string | number | boolean);
    },
    api,
  };
}

const isBoolean = (value: unknown): boolean => typeof value === "boolean";
const isPositive = (value: unknown): boolean => typeof value === "number" && value > 0;

function setColumnWidth(t: RangeTarget, value: unknown): void {
  if (typeof value !== "number" || value < 0) throw officeError("InvalidArgument", "RangeFormat.columnWidth");
  for (let column = t.box.left; column <= t.box.right; column++) t.sheet.columnWidths.set(column, value);
}

function setRowHeight(t: RangeTarget, value: unknown): void {
  if (typeof value !== "number" || value < 0) throw officeError("InvalidArgument", "RangeFormat.rowHeight");
  if (isEntireColumns(t.box)) throw new Error("FakeExcelHost: RangeFormat.rowHeight on whole columns not implemented");
  for (let row = t.box.top; row <= t.box.bottom; row++) t.sheet.rowHeights.set(row, value);
}

/** Only `true` has an effect, as documented: the columns go back to the sheet's standard width. */
function setStandardWidth(t: RangeTarget, value: unknown): void {
  if (typeof value !== "boolean") throw officeError("InvalidArgument", "RangeFormat.useStandardWidth");
  if (value) for (let column = t.box.left; column <= t.box.right; column++) t.sheet.columnWidths.delete(column);
}

function readStandardWidth(t: RangeTarget): boolean | null {
  const standard = new Set<boolean>();
  for (let column = t.box.left; column <= t.box.right && standard.size < 2; column++) standard.add(!t.sheet.columnWidths.has(column));
  return standard.size === 1 ? [...standard][0] : null;
}

const FORMAT_PROPS: Record<string, PropDef<RangeTarget>> = {
  columnWidth: { get: (t) => ops.readColumnWidth(t.sheet, t.box), set: setColumnWidth, api: "1.2" },
  useStandardWidth: { get: readStandardWidth, set: setStandardWidth, api: "1.7" },
  rowHeight: { get: (t) => ops.readRowHeight(t.sheet, t.box), set: setRowHeight, api: "1.2" },
  wrapText: styleProp("wrapText", isBoolean),
  horizontalAlignment: styleProp("horizontalAlignment", (v) => HORIZONTAL.includes(v as string)),
  verticalAlignment: styleProp("verticalAlignment", (v) => VERTICAL.includes(v as string)),
};

export class RangeFormatProxy extends RangeBound {
  constructor(context: FakeContext, resolve: Resolver<RangeTarget>) {
    super(context, "RangeFormat", resolve);
  }

  get _props(): Record<string, PropDef<RangeTarget>> {
    return FORMAT_PROPS;
  }

  override get _nav(): string[] {
    return ["fill", "font"];
  }

  get fill(): RangeFillProxy {
    return this._child("fill", () => new RangeFillProxy(this.context, this._resolve)._expose());
  }

  get font(): RangeFontProxy {
    return this._child("font", () => new RangeFontProxy(this.context, this._resolve)._expose());
  }

  autofitColumns(): void {
    this._op("autofitColumns", (t) => ops.autofitColumns(t.sheet, t.box, this.context.host.state.locale), "1.2");
  }

  autofitRows(): void {
    this._op("autofitRows", (t) => ops.autofitRows(t.sheet, t.box, this.context.host.state.locale), "1.2");
  }
}

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  purple: "#800080",
  lightgreen: "#90EE90",
  lightgray: "#D3D3D3",
};

/** Excel reports colours as upper-case `#RRGGBB`; names outside this short list are kept as written. */
function normalizeColor(value: unknown): string {
  if (typeof value !== "string" || value.trim() === "") throw officeError("InvalidArgument", "color");
  if (/^#[0-9a-f]{6}$/i.test(value)) return value.toUpperCase();
  const name = value.toLowerCase();
  return Object.prototype.hasOwnProperty.call(NAMED_COLORS, name) ? NAMED_COLORS[name] : value;
}

/** A colour property stored under `key`, read back as Excel reports it. */
function colorProp(key: "fillColor" | "fontColor"): PropDef<RangeTarget> {
  return {
    get: (t) => ops.uniformStyle(t.sheet, t.box, key),
    set: (t, value) => ops.setStyle(t.sheet, t.box, key, normalizeColor(value)),
  };
}

const FILL_PROPS: Record<string, PropDef<RangeTarget>> = { color: colorProp("fillColor") };

export class RangeFillProxy extends RangeBound {
  constructor(context: FakeContext, resolve: Resolver<RangeTarget>) {
    super(context, "RangeFill", resolve);
  }

  get _props(): Record<string, PropDef<RangeTarget>> {
    return FILL_PROPS;
  }

  clear(): void {
    this._op("clear", (t) => ops.setStyle(t.sheet, t.box, "fillColor", undefined));
  }
}

const FONT_PROPS: Record<string, PropDef<RangeTarget>> = {
  bold: styleProp("bold", isBoolean),
  italic: styleProp("italic", isBoolean),
  size: styleProp("fontSize", isPositive),
  name: styleProp("fontName", (v) => typeof v === "string" && v !== ""),
  color: colorProp("fontColor"),
};

export class RangeFontProxy extends RangeBound {
  constructor(context: FakeContext, resolve: Resolver<RangeTarget>) {
    super(context, "RangeFont", resolve);
  }

  get _props(): Record<string, PropDef<RangeTarget>> {
    return FONT_PROPS;
  }
}

const VALIDATION_DEFAULTS: Record<string, unknown> = {
  errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
  prompt: { showPrompt: false, title: "", message: "" },
  ignoreBlanks: true,
};

function isDefault(key: string, value: unknown): boolean {
  return key !== "rule" && JSON.stringify(value) === JSON.stringify(VALIDATION_DEFAULTS[key]);
}

/**
 * A list source as Excel gives it back: a reference names the sheet as the workbook spells it, quoted only when it
 * must be, with upper-case columns; a typed list comes back with the regional list separator on the desktop, as the
 * validation dialog shows it (office-js#2128). Code that compares sources as strings never sees "up to date".
 */
function sourceAsExcelShowsIt(source: unknown, host: HostCore): unknown {
  if (typeof source !== "string") return source;
  if (!source.startsWith("=")) return host.listSeparator === "," ? source : source.split(",").join(host.listSeparator);
  const parsed = parseAddress(source.slice(1));
  const sheet = parsed?.sheet === undefined ? undefined : host.state.findSheet(parsed.sheet);
  if (!parsed || !sheet) return source;
  const local = source.slice(source.lastIndexOf("!") + 1).toUpperCase();
  const name = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet.name) ? sheet.name : `'${sheet.name.replace(/'/g, "''")}'`;
  return `=${name}!${local}`;
}

function excelRule(rule: unknown, host: HostCore): unknown {
  const list = (rule as { list?: { source?: unknown } } | undefined)?.list;
  if (!list) return rule;
  return { ...(rule as object), list: { ...list, source: sourceAsExcelShowsIt(list.source, host) } };
}

function validationProp(key: "rule" | "errorAlert" | "prompt" | "ignoreBlanks"): PropDef<RangeTarget> {
  return {
    get: (t, host) => {
      const value = ops.readValidation(t.sheet, t.box).settings[key] ?? (key === "rule" ? {} : VALIDATION_DEFAULTS[key]);
      return key === "rule" ? excelRule(value, host) : value;
    },
    // Excel has no "unset" alert or prompt: setting the default leaves the same validation as never setting it.
    set: (t, value) => ops.setValidation(t.sheet, t.box, key, isDefault(key, value) ? undefined : value, `DataValidation.${key}`),
    api: "1.8",
  };
}

const VALIDATION_PROPS: Record<string, PropDef<RangeTarget>> = {
  rule: validationProp("rule"),
  errorAlert: validationProp("errorAlert"),
  prompt: validationProp("prompt"),
  ignoreBlanks: validationProp("ignoreBlanks"),
  type: { get: (t) => ops.readValidation(t.sheet, t.box).type, api: "1.8" },
};

export class DataValidationProxy extends RangeBound {
  constructor(context: FakeContext, resolve: Resolver<RangeTarget>) {
    super(context, "DataValidation", resolve);
  }

  get _props(): Record<string, PropDef<RangeTarget>> {
    return VALIDATION_PROPS;
  }

  clear(): void {
    this._op("clear", (t) => ops.clearValidation(t.sheet, t.box), "1.8");
  }
}
