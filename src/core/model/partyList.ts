const SEPARATORS = /\s*;\s*|\s*,\s*|\s+en\s+|\s*\/\s*|\s*\n\s*/i;

/**
 * Splits a Betrokkenen cell into party names: `;`, `,`, ` en `, `/` and line breaks separate
 * names; a name ending in `-` continues over ` en ` (`Zorg- en welzijnsinstellingen`).
 *
 * @example
 * splitPartyList("Gemeente, OFW en HBV") //=> ["Gemeente", "OFW", "HBV"]
 */
export function splitPartyList(text: string): string[] {
  const parts: string[] = [];
  const joined = text.replace(/-\s+en\s+/gi, "-\u0000en\u0000");
  for (const part of joined.split(SEPARATORS)) {
    const name = part.replace(/\u0000/g, " ").trim();
    if (name !== "") parts.push(name);
  }
  return parts;
}
