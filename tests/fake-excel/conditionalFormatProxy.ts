/** `Range.conditionalFormats`: rules are recorded, not rendered; their settings are stored as set. */

import { FakeClientObject, FakeCollection, looseRecorder, type PropDef, type Resolver } from "./clientObject";
import type { FakeContext } from "./context";
import { intersect, subtract } from "./boxes";
import { officeError } from "./errors";
import type { RangeTarget } from "./rangeProxy";
import type { ConditionalFormatRule, SheetState } from "./state";

interface RuleTarget {
  sheet: SheetState;
  rule: ConditionalFormatRule;
}

const TYPES = ["Custom", "DataBar", "ColorScale", "IconSet", "TopBottom", "PresetCriteria", "ContainsText", "CellValue"];

// The sub-objects through which each kind of rule is configured, by their Office.js property names.
const SETTINGS_OBJECTS = ["custom", "dataBar", "colorScale", "iconSet", "topBottom", "preset", "textComparison", "cellValue"];

export function makeConditionalFormats(context: FakeContext, resolve: Resolver<RangeTarget>): ConditionalFormatCollectionProxy {
  return new ConditionalFormatCollectionProxy(context, resolve)._expose();
}

export class ConditionalFormatCollectionProxy extends FakeCollection<RangeTarget, RuleTarget> {
  constructor(context: FakeContext, resolve: Resolver<RangeTarget>) {
    super(context, "ConditionalFormatCollection", resolve);
  }

  _entities(target: RangeTarget): RuleTarget[] {
    return target.sheet.conditionalFormats
      .filter((rule) => rule.boxes.some((box) => intersect(box, target.box)))
      .map((rule) => ({ sheet: target.sheet, rule }));
  }

  _makeItem(resolve: Resolver<RuleTarget>): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this.context, resolve)._expose();
  }

  add(type: string): ConditionalFormatProxy {
    const resolve = this._pinChild("add", (target) => {
      if (!TYPES.includes(type)) throw officeError("InvalidArgument", "ConditionalFormatCollection.add");
      const rule: ConditionalFormatRule = { id: this.context.host.state.newId("cf"), type, boxes: [{ ...target.box }], settings: {} };
      target.sheet.conditionalFormats.push(rule);
      return { sheet: target.sheet, rule };
    }, "1.6");
    return this._makeItem(resolve);
  }

  /** Removes the rules from this range only; parts of a rule outside it stay. */
  clearAll(): void {
    this._op("clearAll", (target) => {
      target.sheet.conditionalFormats = target.sheet.conditionalFormats
        .map((rule) => ({ ...rule, boxes: rule.boxes.flatMap((box) => subtract(box, target.box)) }))
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
