/**
 * Proxy objects with Office.js load/sync rules. Every object resolves to its target (a sheet, a
 * rectangle, a table) by an operation queued when it was created, so `table.getRange()` means the
 * table's range at that point of the batch, as in Excel.
 */

import type { FakeContext, HostCore, OperationKind } from "./context";
import { notImplemented, officeError, propertyNotLoaded } from "./errors";

/** Thrown by a resolver whose creating operation has not run yet. */
export class NotReady extends Error {}

/** `orNull`: made by an `*OrNullObject` method, so it may stand for nothing (`isNullObject`). */
export type Resolver<T> = (() => T | null) & { orNull?: boolean };

export interface PropDef<T> {
  get(target: T, host: HostCore): unknown;
  set?(target: T, value: unknown, host: HostCore): void;
  api?: string; // minimum ExcelApi version for reading
  setApi?: string; // minimum ExcelApi version for writing
}

export function pin<T>(context: FakeContext, member: string, compute: () => T | null, api?: string): Resolver<T> {
  let pinned: { value: T | null } | undefined;
  // Most pinning calls only navigate; `add` and `convertToRange` change the workbook and return what they made.
  const kind = /\.(add|convertToRange)$/.test(member) ? "write" : "read";
  context.enqueue(member, () => {
    pinned = { value: compute() };
  }, api, kind);
  const resolve: Resolver<T> = () => {
    if (!pinned) throw new NotReady();
    return pinned.value;
  };
  resolve.orNull = /OrNullObject$/.test(member);
  return resolve;
}

function owns(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

// Keys that test runners, promises and printers probe on any object; they must not count as API calls.
const PROBES = new Set(["then", "asymmetricMatch", "$$typeof", "nodeType", "tagName", "nodeName", "inspect", "length", "toString", "valueOf", "__esModule"]);

/** Reading a member a plain fake object does not have throws instead of yielding `undefined`. */
export function strictObject<T extends object>(name: string, object: T): T {
  return new Proxy(object, {
    get(target, key, receiver) {
      if (typeof key === "symbol" || key in target || PROBES.has(key) || key.startsWith("_")) return Reflect.get(target, key, receiver);
      throw notImplemented(`${name}.${key}`);
    },
  });
}

function wrap<O extends object>(object: O, typeName: string, isKnown: (key: string) => boolean, read: (key: string) => unknown, write: (key: string, value: unknown) => boolean): O {
  return new Proxy(object, {
    get(target, key, receiver) {
      if (typeof key === "symbol") return Reflect.get(target, key, receiver);
      if (isKnown(key)) return read(key);
      if (key in target) return Reflect.get(target, key, receiver);
      if (PROBES.has(key) || key.startsWith("_") || key.startsWith("@@")) return undefined;
      throw notImplemented(`${typeName}.${key}`);
    },
    set(target, key, value, receiver) {
      if (typeof key === "symbol" || key.startsWith("_")) return Reflect.set(target, key, value, receiver);
      if (isKnown(key)) return write(key, value);
      throw notImplemented(`${typeName}.${key}`);
    },
  });
}

function parseLoadSpec(spec: unknown): string[] {
  if (spec === undefined || spec === null) return [];
  if (typeof spec === "string") return spec.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => parseLoadSpec(s));
  if (typeof spec === "object" && "select" in spec) {
    const { select, expand } = spec as { select?: string; expand?: string };
    return [...parseLoadSpec(select), ...parseLoadSpec(expand)];
  }
  throw notImplemented("load with this argument");
}

/** Inputs are copied when queued, as Office.js serializes them; API objects nested in settings are not modelled. */
function copyInput(value: unknown, nested = false): unknown {
  if (Array.isArray(value)) return value.map((item) => copyInput(item, true));
  if (value instanceof FakeClientObject) {
    if (nested) throw notImplemented("API objects inside property values");
    return value;
  }
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copyInput(item, true)]));
  }
  return value;
}

export abstract class FakeClientObject<T> {
  readonly _loaded = new Map<string, unknown>();
  private readonly _children = new Map<string, unknown>();

  constructor(
    readonly context: FakeContext,
    readonly _typeName: string,
    readonly _resolve: Resolver<T>,
  ) {}

  /** Scalar properties: loadable, some settable. */
  abstract get _props(): Record<string, PropDef<T>>;

  /** Navigation properties that `load("format/fill/color")` may walk through. */
  get _nav(): string[] {
    return [];
  }

  /** Wraps in a Proxy so unknown members throw "not implemented" and known ones follow load/sync. */
  _expose(): this {
    return wrap(
      this,
      this._typeName,
      (key) => owns(this._props, key),
      (key) => this._read(key),
      (key, value) => this._write(key, value),
    );
  }

  get isNullObject(): boolean {
    try {
      return this._resolve() === null;
    } catch (error) {
      if (error instanceof NotReady) throw propertyNotLoaded("isNullObject", this._typeName);
      throw error;
    }
  }

  _knownNull(): boolean {
    try {
      return this._resolve() === null;
    } catch {
      return false;
    }
  }

  /** The target at sync time; `null` for a null object. */
  _resolveAt(member: string): T | null {
    try {
      return this._resolve();
    } catch (error) {
      if (error instanceof NotReady) throw officeError("InvalidObjectPath", member);
      throw error;
    }
  }

  _target(member: string): T {
    const target = this._resolveAt(member);
    if (target === null) throw officeError("ItemNotFound", member);
    return target;
  }

  /** Whether this proxy came from an `*OrNullObject` method, so standing for nothing is its documented state. */
  get _orNull(): boolean {
    return this._resolve.orNull === true;
  }

  /** Queues work on the target; operations on a null object fail with ItemNotFound. */
  _op(member: string, run: (target: T) => void, api?: string, kind: OperationKind = "write"): void {
    this.context.enqueue(`${this._typeName}.${member}`, () => run(this._target(`${this._typeName}.${member}`)), api, kind);
  }

  /**
   * A child object pinned when this point of the batch runs. Calling a method on a null object fails the batch:
   * Office.js documents only `isNullObject` and loads on a null object, so the host refuses what Excel may refuse.
   */
  _pinChild<C>(member: string, compute: (target: T) => C | null, api?: string): Resolver<C> {
    const location = `${this._typeName}.${member}`;
    return pin(this.context, location, () => compute(this._target(location)), api);
  }

  /** The same child object on every access, so loaded values land where the caller reads them. */
  _child<C>(name: string, make: () => C): C {
    if (!this._children.has(name)) this._children.set(name, make());
    return this._children.get(name) as C;
  }

  _read(key: string): unknown {
    if (this._orNull && this._knownNull()) return undefined; // Office.js skips the loaded check on null objects
    if (!this._loaded.has(key)) throw propertyNotLoaded(key, this._typeName);
    return this._loaded.get(key);
  }

  _write(key: string, value: unknown): boolean {
    const def = this._props[key];
    if (!def.set) throw new TypeError(`Cannot set property ${key} of ${this._typeName}, which is read-only`);
    const input = copyInput(value);
    this.context.host.notePayload("request", input);
    this._op(key, (target) => def.set!(target, input, this.context.host), def.setApi ?? def.api);
    return true;
  }

  load(spec?: unknown): this {
    const paths = parseLoadSpec(spec);
    this._checkPaths(paths);
    this.context.enqueue(`${this._typeName}.load`, () => this._applyLoad(paths), undefined, "read");
    return this;
  }

  _checkPaths(paths: string[]): void {
    for (const path of paths) {
      const [head, ...rest] = path.split("/");
      if (rest.length === 0 && owns(this._props, head)) continue;
      if (!this._nav.includes(head)) throw notImplemented(`${this._typeName}.${head}`);
      if (rest.length > 0) ((this as Record<string, unknown>)[head] as FakeClientObject<unknown>)._checkPaths([rest.join("/")]);
    }
  }

  /** The target for a load: nothing for a null object, a failure for an object reached through one. */
  _loadTarget(): T | null {
    const target = this._resolveAt(`${this._typeName}.load`);
    if (target === null && !this._orNull) throw officeError("ItemNotFound", `${this._typeName}.load`);
    return target;
  }

  _applyLoad(paths: string[]): void {
    const target = this._loadTarget();
    if (target === null) return;
    const scalars = paths.length === 0 ? Object.keys(this._props) : paths.filter((p) => !p.includes("/") && owns(this._props, p));
    for (const key of scalars) {
      const def = this._props[key];
      if (def.api && !this.context.host.supportsExcelApi(def.api)) {
        if (paths.length === 0) continue;
        throw officeError("ApiNotFound", `${this._typeName}.${key}`);
      }
      const value = def.get(target, this.context.host);
      this.context.host.notePayload("response", value);
      this._loaded.set(key, value);
    }
    const nested = new Map<string, string[]>();
    for (const path of paths) {
      const [head, ...rest] = path.split("/");
      if (!this._nav.includes(head)) continue;
      nested.set(head, [...(nested.get(head) ?? []), ...(rest.length ? [rest.join("/")] : [])]);
    }
    for (const [head, rest] of nested) ((this as Record<string, unknown>)[head] as FakeClientObject<unknown>)._applyLoad(rest);
  }

  /** `set({ ... })`: assigns each property in turn, descending into navigation properties. */
  set(properties: Record<string, unknown>): void {
    const self = this as Record<string, unknown>;
    for (const [key, value] of Object.entries(properties)) {
      if (this._nav.includes(key) && value && typeof value === "object" && !Array.isArray(value)) {
        (self[key] as FakeClientObject<unknown>).set(value as Record<string, unknown>);
      } else self[key] = value;
    }
  }

  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = {};
    for (const [key, value] of this._loaded) json[key] = value instanceof FakeClientObject ? value.toJSON() : value;
    return json;
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

/** Collections load `items` (with `items/name` paths) and create one object per item at sync. */
export abstract class FakeCollection<T, E> extends FakeClientObject<T> {
  abstract _entities(target: T): E[];
  abstract _makeItem(resolve: Resolver<E>): FakeClientObject<E>;

  get _props(): Record<string, PropDef<T>> {
    return {};
  }

  get items(): FakeClientObject<E>[] {
    return this._read("items") as FakeClientObject<E>[];
  }

  override _read(key: string): unknown {
    if (key === "items" && this._orNull && this._knownNull()) return [];
    return super._read(key);
  }

  override _checkPaths(paths: string[]): void {
    const template = this._makeItem(() => {
      throw new NotReady();
    });
    template._checkPaths(this._itemPaths(paths));
  }

  private _itemPaths(paths: string[]): string[] {
    return paths.map((path) => path.replace(/^items\/?/, "")).filter(Boolean);
  }

  override _applyLoad(paths: string[]): void {
    const target = this._loadTarget();
    if (target === null) return;
    const items = this._entities(target).map((entity) => this._makeItem(() => entity));
    const itemPaths = this._itemPaths(paths);
    for (const item of items) item._applyLoad(itemPaths);
    this._loaded.set("items", items);
  }

  override toJSON(): Record<string, unknown> {
    const items = this._loaded.get("items") as FakeClientObject<E>[] | undefined;
    return { items: items?.map((item) => item.toJSON()) };
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this._op("getCount", (target) => result._set(this._entities(target).length), "1.4", "read");
    return result;
  }
}

export class FakeClientResult<V> {
  private loaded = false;
  private result: V | undefined;

  get value(): V {
    if (!this.loaded) throw officeError("ValueNotLoaded", "ClientResult.value");
    return this.result as V;
  }

  _set(value: V): void {
    this.result = value;
    this.loaded = true;
  }
}

/**
 * For objects the project only configures (conditional-format rules, chart and page-layout settings):
 * every property set is recorded at sync under its path; calling an unknown member throws.
 */
export function looseRecorder(
  context: FakeContext,
  label: string,
  store: (member: string) => Record<string, unknown>,
  methods: Record<string, (...args: unknown[]) => unknown> = {},
  path: string[] = [],
): Record<string, unknown> {
  const callable = function () {} as unknown as Record<string, unknown>;
  return new Proxy(callable, {
    get(_target, key) {
      if (typeof key === "symbol" || PROBES.has(key) || key.startsWith("_")) return undefined;
      if (path.length === 0 && key in methods) return methods[key];
      return looseRecorder(context, label, store, {}, [...path, key]);
    },
    set(_target, key, value) {
      if (typeof key === "symbol") return false;
      const member = [label, ...path, key].join(".");
      const input = copyInput(value);
      context.enqueue(member, () => {
        let node = store(member);
        for (const step of path) {
          if (!node[step] || typeof node[step] !== "object") node[step] = {};
          node = node[step] as Record<string, unknown>;
        }
        node[key] = input;
      });
      return true;
    },
    apply() {
      throw notImplemented(`${[label, ...path].join(".")}()`);
    },
  });
}
