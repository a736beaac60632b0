/**
 * `Range.conditionalFormats` and `RangeAreas.conditionalFormats`: rules are recorded, not rendered;
 * their settings are stored as set. A custom rule's formula can be loaded back.
 */

import { FakeClientObject, FakeCollection, looseRecorder, type PropDef, type Resolver } from "./clientObject";
import type { FakeContext } from "./context";
import { intersect, subtract, type RangeBox } from "./boxes";
import { officeError } from "./errors";
import type { ConditionalFormatRule, SheetState } from "./state";

/** The cells a collection covers: one rectangle for a `Range`, several for `RangeAreas`. */
export interface AreasTarget {
  sheet: SheetState;
  boxes: RangeBox[];
}

interface RuleTarget {
  sheet: SheetState;
  rule: ConditionalFormatRule;
}

const TYPES = ["Custom", "DataBar", "ColorScale", "IconSet", "TopBottom", "PresetCriteria", "ContainsText", "CellValue"];

// The sub-objects through which each kind of rule is configured, by their Office.js property names
// (`custom` is modelled separately so its formula can be loaded).
const SETTINGS_OBJECTS = ["dataBar", "colorScale", "iconSet", "topBottom", "preset", "textComparison", "cellValue"];

export function makeConditionalFormats(context: FakeContext, resolve: Resolver<AreasTarget>): ConditionalFormatCollectionProxy {
  return new ConditionalFormatCollectionProxy(context, resolve)._expose();
}

export class ConditionalFormatCollectionProxy extends FakeCollection<AreasTarget, RuleTarget> {
  constructor(context: FakeContext, resolve: Resolver<AreasTarget>) {
    super(context, "ConditionalFormatCollection", resolve);
  }

  _entities(target: AreasTarget): RuleTarget[] {
    return target.sheet.conditionalFormats
      .filter((rule) => rule.boxes.some((box) => target.boxes.some((area) => intersect(box, area))))
      .map((rule) => ({ sheet: target.sheet, rule }));
  }

  _makeItem(resolve: Resolver<RuleTarget>): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this.context, resolve)._expose();
  }

  add(type: string): ConditionalFormatProxy {
    const resolve = this._pinChild("add", (target) => {
      if (!TYPES.includes(type)) throw officeError("InvalidArgument", "ConditionalFormatCollection.add");
      const rule: ConditionalFormatRule = { id: this.context.host.state.newId("cf"), type, boxes: target.boxes.map((box) => ({ ...box })), settings: {} };
      target.sheet.conditionalFormats.push(rule);
      return { sheet: target.sheet, rule };
    }, "1.6");
    return this._makeItem(resolve);
  }

  /** Removes the rules from this range only; parts of a rule outside it stay. */
  clearAll(): void {
    this._op("clearAll", (target) => {
      target.sheet.conditionalFormats = target.sheet.conditionalFormats
        .map((rule) => ({ ...rule, boxes: target.boxes.reduce((kept, area) => kept.flatMap((box) => subtract(box, area)), rule.boxes) }))
        .filter((rule) => rule.boxes.length > 0);
    }, "1.6");
  }
}

function settingProp(key: string, fallback: unknown): PropDef<RuleTarget> {
  return { get: (t) => t.rule.settings[key] ?? fallback, set: (t, value) => void (t.rule.settings[key] = value), api: "1.6" };
}

const RULE_PROPS: Record<string, PropDef<RuleTarget>> = {
  type: { get: (t) => t.rule.type, api: "1.6" },
  id: { get: (t) => t.rule.id, api: "1.6" },
  priority: settingProp("priority", 0),
  stopIfTrue: settingProp("stopIfTrue", false),
};

export class ConditionalFormatProxy extends FakeClientObject<RuleTarget> {
  constructor(context: FakeContext, resolve: Resolver<RuleTarget>) {
    super(context, "ConditionalFormat", resolve);
    for (const name of SETTINGS_OBJECTS) {
      Object.defineProperty(this, name, {
        get: () => this._child(name, () => looseRecorder(context, `ConditionalFormat.${name}`, (member) => this.settingsOf(name, member))),
      });
    }
  }

  get _props(): Record<string, PropDef<RuleTarget>> {
    return RULE_PROPS;
  }

  override get _nav(): string[] {
    return ["custom", "customOrNullObject"];
  }

  /** On a rule of another type Excel has no custom settings to give: the call fails at sync. */
  get custom(): CustomConditionalFormatProxy {
    return this._child("custom", () => this.customFormat("custom", false));
  }

  get customOrNullObject(): CustomConditionalFormatProxy {
    return this._child("customOrNullObject", () => this.customFormat("customOrNullObject", true));
  }

  private customFormat(member: string, orNull: boolean): CustomConditionalFormatProxy {
    const resolve = this._pinChild(member, (t) => {
      if (t.rule.type === "Custom") return t;
      if (orNull) return null;
      throw officeError("InvalidOperation", `ConditionalFormat.${member}`);
    }, "1.6");
    return new CustomConditionalFormatProxy(this.context, resolve, (m) => this.settingsOf("custom", m))._expose();
  }

  private settingsOf(name: string, member: string): Record<string, unknown> {
    const { rule } = this._target(member);
    if (!rule.settings[name]) rule.settings[name] = {};
    return rule.settings[name] as Record<string, unknown>;
  }

  delete(): void {
    this._op("delete", (t) => {
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((rule) => rule !== t.rule);
    }, "1.6");
  }
}

/** Where a custom rule keeps a sub-object of its settings, created on first use. */
type SettingsStore = (member: string) => Record<string, unknown>;

function nested(store: SettingsStore, key: string): SettingsStore {
  return (member) => {
    const settings = store(member);
    if (!settings[key] || typeof settings[key] !== "object") settings[key] = {};
    return settings[key] as Record<string, unknown>;
  };
}

export class CustomConditionalFormatProxy extends FakeClientObject<RuleTarget> {
  constructor(
    context: FakeContext,
    resolve: Resolver<RuleTarget>,
    private readonly store: SettingsStore,
  ) {
    super(context, "CustomConditionalFormat", resolve);
  }

  get _props(): Record<string, PropDef<RuleTarget>> {
    return {};
  }

  override get _nav(): string[] {
    return ["rule"];
  }

  get rule(): ConditionalFormulaRuleProxy {
    return this._child("rule", () => new ConditionalFormulaRuleProxy(this.context, this._resolve, nested(this.store, "rule"))._expose());
  }

  /** Fill, font and borders are only recorded (`format.borders.top.style = …`). */
  get format(): unknown {
    return this._child("format", () => looseRecorder(this.context, "ConditionalFormat.custom.format", nested(this.store, "format")));
  }
}

const FORMULA_KEYS = ["formula", "formulaLocal", "formulaR1C1"];

export class ConditionalFormulaRuleProxy extends FakeClientObject<RuleTarget> {
  private readonly props: Record<string, PropDef<RuleTarget>>;

  constructor(context: FakeContext, resolve: Resolver<RuleTarget>, store: SettingsStore) {
    super(context, "ConditionalFormatRule", resolve);
    // The formula is kept as written; formulaLocal and formulaR1C1 are not translated.
    this.props = Object.fromEntries(
      FORMULA_KEYS.map((key): [string, PropDef<RuleTarget>] => [
        key,
        {
          get: () => store("ConditionalFormatRule.load")[key] ?? "",
          set: (_t, value) => {
            if (typeof value !== "string") throw officeError("InvalidArgument", `ConditionalFormatRule.${key}`);
            store(`ConditionalFormatRule.${key}`)[key] = value;
          },
          api: "1.6",
        },
      ]),
    );
  }

  get _props(): Record<string, PropDef<RuleTarget>> {
    return this.props;
  }
}
