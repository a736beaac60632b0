import { firstOccurrences } from "../../../src/core/model/firstOccurrences";

/** The same answer the obvious way, for comparison. */
function expected(keys: string[]): number[] {
  return keys.map((key) => (key === "" ? -1 : keys.indexOf(key)));
}

/** FNV-1a as the module computes it, to build keys that all land in the same slot. */
function slotOf(text: string, mask: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash ^ (hash >>> 16)) & mask;
}

describe("firstOccurrences", () => {
  it.each([
    [[], []],
    [["1.1"], [0]],
    [["1.1", "1.2", "1.1", ""], [0, 1, 0, -1]],
    [["", ""], [-1, -1]],
    [["a", "a", "a"], [0, 0, 0]],
    [["1.1a", "1.1A"], [0, 1]],
  ])("%j gives %j", (keys, want) => {
    expect(Array.from(firstOccurrences(keys))).toEqual(want);
  });

  it("agrees with indexOf on thousands of keys with repeats", () => {
    const keys = Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? "" : `${i % 1300}.${(i * 31) % 17}`));
    expect(Array.from(firstOccurrences(keys))).toEqual(expected(keys));
  });

  it("stays right, and quick, for keys crafted to collide", () => {
    // 400 keys in a table of 1024 slots, every one hashed to slot 0 by the real hash.
    const keys: string[] = [];
    for (let n = 0; keys.length < 400; n++) if (slotOf(`k${n}`, 1023) === 0) keys.push(`k${n}`);
    const withRepeats = [...keys, ...keys.slice(0, 50)];
    expect(Array.from(firstOccurrences(withRepeats))).toEqual(expected(withRepeats));
  });

  it("falls back before probing gets quadratic: 30 000 keys with one hash", () => {
    // Without the fallback this is about 450 million probes (seconds); with it, one pass through a Map.
    const keys = Array.from({ length: 30_000 }, (_, i) => `id-${i % 20_000}`);
    const started = Date.now();
    const first = firstOccurrences(keys, () => 0);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(first[25_000]).toBe(5_000);
    expect(first[19_999]).toBe(19_999);
  });

});
