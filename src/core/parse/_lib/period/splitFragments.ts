/** [start, end) of each `;`-separated fragment outside parentheses, leading/trailing spaces excluded. */
export function splitFragments(key: string): [number, number][] {
  const fragments: [number, number][] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= key.length; i++) {
    const ch = key[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (i === key.length || (ch === ";" && depth === 0)) {
      let a = from;
      let b = i;
      while (a < b && key[a] === " ") a++;
      while (b > a && key[b - 1] === " ") b--;
      if (b > a) fragments.push([a, b]);
      from = i + 1;
    }
  }
  return fragments;
}
