import { XlsxError } from "./errors";

/** Attributes by local name (`r:id` → `id`); namespace declarations keep their full name (`xmlns`, `xmlns:r`). */
export type XmlAttributes = Record<string, string>;

export interface XmlHandler {
  /**
   * An element starts; `name` is its local name (`x:c` → `c`). `start` is the offset of its `<`, `end` the
   * offset just past its `>` (the patcher edits parts by these offsets).
   */
  open(name: string, attributes: XmlAttributes, selfClosing: boolean, start: number, end: number): void;
  /** An element ends; for an element written `<a/>` both offsets are those of the start tag. */
  close?(name: string, start: number, end: number): void;
  /** Character data between tags, entities decoded (called in pieces, whitespace included). */
  text?(text: string): void;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function fail(part: string, detail: string): never {
  throw new XlsxError("broken", part, detail);
}

/** Decodes the five XML entities and character references; an unknown entity makes the part broken. */
export function decodeEntities(text: string, part = ""): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&([^;&\s]{1,10});/g, (_m, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (!Number.isFinite(code) || code < 0 || code > 0x10ffff) fail(part, `character reference &${name};`);
      return String.fromCodePoint(code);
    }
    const value = ENTITIES[name];
    if (value === undefined) fail(part, `unknown entity &${name};`);
    return value;
  });
}

/** Excel's escapes for characters XML cannot hold (`_x0007_` is a bell, `_x005F_` an underscore). */
export function unescapeXstring(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * A small, strict XML scanner for package parts: elements, attributes, text, CDATA; comments and
 * processing instructions skipped. A document type declaration is refused (no entity expansion), as is
 * anything not well formed: unclosed or mismatched tags make the part broken.
 */
export function scanXml(xml: string, handler: XmlHandler, part: string): void {
  const stack: string[] = [];
  const length = xml.length;
  const wantsText = handler.text !== undefined;
  let i = 0;
  let started = false;
  while (i < length) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) {
      if (wantsText && stack.length > 0) handler.text!(decodeEntities(xml.slice(i), part));
      break;
    }
    if (lt > i && wantsText && stack.length > 0) handler.text!(decodeEntities(xml.slice(i, lt), part));
    const next = xml.charCodeAt(lt + 1);
    if (next === 47 /* / */) {
      const end = xml.indexOf(">", lt);
      if (end < 0) fail(part, "unclosed end tag");
      const name = localName(xml.slice(lt + 2, end).trim());
      if (stack.pop() !== name) fail(part, `unexpected </${name}>`);
      handler.close?.(name, lt, end + 1);
      i = end + 1;
      continue;
    }
    if (next === 63 /* ? */) {
      const end = xml.indexOf("?>", lt);
      if (end < 0) fail(part, "unclosed processing instruction");
      i = end + 2;
      continue;
    }
    if (next === 33 /* ! */) {
      if (xml.startsWith("<!--", lt)) {
        const end = xml.indexOf("-->", lt + 4);
        if (end < 0) fail(part, "unclosed comment");
        i = end + 3;
      } else if (xml.startsWith("<![CDATA[", lt)) {
        const end = xml.indexOf("]]>", lt + 9);
        if (end < 0) fail(part, "unclosed CDATA");
        if (wantsText && stack.length > 0) handler.text!(xml.slice(lt + 9, end));
        i = end + 3;
      } else fail(part, "document type declaration");
      continue;
    }
    // A start tag: name, then attributes (a value may hold a literal '>').
    let j = lt + 1;
    while (j < length) {
      const c = xml.charCodeAt(j);
      if (isSpace(c) || c === 62 || c === 47) break;
      j++;
    }
    const name = localName(xml.slice(lt + 1, j));
    if (name === "") fail(part, "empty tag name");
    if (started && stack.length === 0) fail(part, "content after the root element");
    const attributes: XmlAttributes = {};
    let selfClosing = false;
    for (;;) {
      while (j < length && isSpace(xml.charCodeAt(j))) j++;
      if (j >= length) fail(part, `unclosed <${name}>`);
      const c = xml.charCodeAt(j);
      if (c === 62) {
        j++;
        break;
      }
      if (c === 47) {
        if (xml.charCodeAt(j + 1) !== 62) fail(part, `stray / in <${name}>`);
        selfClosing = true;
        j += 2;
        break;
      }
      const eq = xml.indexOf("=", j);
      if (eq < 0) fail(part, `attribute without value in <${name}>`);
      const rawName = xml.slice(j, eq).trim();
      j = eq + 1;
      while (j < length && isSpace(xml.charCodeAt(j))) j++;
      const quote = xml[j];
      if (quote !== '"' && quote !== "'") fail(part, `unquoted attribute in <${name}>`);
      const close = xml.indexOf(quote, j + 1);
      if (close < 0) fail(part, `unclosed attribute in <${name}>`);
      const key = rawName.startsWith("xmlns") ? rawName : localName(rawName);
      attributes[key] = decodeEntities(xml.slice(j + 1, close), part);
      j = close + 1;
    }
    started = true;
    handler.open(name, attributes, selfClosing, lt, j);
    if (selfClosing) handler.close?.(name, lt, j);
    else stack.push(name);
    i = j;
  }
  if (stack.length > 0) fail(part, `unclosed <${stack[stack.length - 1]}>`);
  if (!started) fail(part, "no root element");
}

const decoder = new TextDecoder("utf-8");

/** A part's bytes as text: UTF-8 (with or without byte order mark) or UTF-16 with its byte order mark. */
export function partText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return decoder.decode(bytes);
}
