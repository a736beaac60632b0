const SEPARATORS = /\s*;\s*|\s*,\s*|\s+en\s+|\s*\/\s*|\s*\n\s*/i;

/**
 * Splits a Betrokkenen cell into party names: `;`, `,`, ` en `, `/` and line breaks separate
 * names; a name ending in `-` continues over ` en ` (`Zorg- en welzijnsinstellingen`).
 *
 * @example
 * splitPartyList("Gemeente, OFW en HBV") //=> ["Gemeente", "OFW", "HBV"]
 */
export function splitPartyList(text: string): readonly string[] {
  // The same few lists fill thousands of rows: split each once (the result is shared, never mutated).
  const known = memo.get(text);
  if (known) return known;
  const parts: string[] = [];
  const joined = text.replace(/-\s+en\s+/gi, "-\u0000en\u0000");
  for (const part of joined.split(SEPARATORS)) {
    const name = part.replace(/\u0000/g, " ").trim();
    if (name !== "") parts.push(name);
  }
  if (text.length <= MEMO_MAX_LENGTH) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(text, Object.freeze(parts));
  }
  return parts;
}

const MEMO_SIZE = 4096;
const MEMO_MAX_LENGTH = 200;
const memo = new Map<string, readonly string[]>();
