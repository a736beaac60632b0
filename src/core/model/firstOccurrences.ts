/** Probes allowed per key on average before the table is judged crowded (only crafted keys get there). */
const MAX_PROBES_PER_KEY = 8;

/**
 * @name firstOccurrences
 * @summary Where each key first occurs.
 *
 * @description
 * For each key, the index of its first occurrence in `keys`: its own index when it is the first, -1 for "".
 * Keys are compared exactly; normalise them first. Thousands of distinct IDs are indexed in one table of
 * positions sized once, instead of a Set that grows and rehashes step by step (for 10 000 IDs the Set cost
 * the check twice as much). Keys made to collide fall back to a Map, so no file can make this quadratic.
 * `hash` is for tests that make every key collide.
 *
 * @example
 * firstOccurrences(["1.1", "1.2", "1.1", ""]) //=> Int32Array [0, 1, 0, -1]
 */
export function firstOccurrences(keys: readonly string[], hash: (key: string) => number = hashOf): Int32Array {
  const result = new Int32Array(keys.length);
  let size = 16;
  while (size < keys.length * 2) size *= 2;
  const mask = size - 1;
  // Position + 1 of the first key in each slot; 0 is an empty slot.
  const slots = new Int32Array(size);
  let probes = 0;
  const probeLimit = MAX_PROBES_PER_KEY * keys.length + size;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key === "") {
      result[i] = -1;
      continue;
    }
    for (let slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
      const held = slots[slot];
      if (held === 0) {
        slots[slot] = i + 1;
        result[i] = i;
        break;
      }
      if (keys[held - 1] === key) {
        result[i] = held - 1;
        break;
      }
      if (++probes > probeLimit) return viaMap(keys);
    }
  }
  return result;
}

function viaMap(keys: readonly string[]): Int32Array {
  const result = new Int32Array(keys.length);
  const first = new Map<string, number>();
  keys.forEach((key, i) => {
    if (key === "") result[i] = -1;
    else {
      const at = first.get(key);
      if (at === undefined) first.set(key, i);
      result[i] = at ?? i;
    }
  });
  return result;
}

/** FNV-1a over the UTF-16 code units, folded so the low bits the table uses depend on all of them. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash ^ (hash >>> 16);
}
