/**
 * @name fnv1a
 * @summary A 32-bit FNV-1a hash of a text's UTF-16 code units: a cheap check that a text is unchanged.
 *
 * @description
 * Not for security: it only detects accidental change (an edited cell, a lost part). Deterministic on
 * every platform; the result is an unsigned integer below 2³², which Excel stores exactly.
 *
 * @example
 * fnv1a("") //=> 2166136261
 * @example
 * fnv1a("a") //=> 3826002220
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * @summary The fingerprint of a text as 8 hexadecimal digits.
 * @example
 * fingerprint("a") //=> "e40c292c"
 */
export function fingerprint(text: string): string {
  return fnv1a(text).toString(16).padStart(8, "0");
}
