/** `0` → `A`, `25` → `Z`, `26` → `AA`. */
export function columnLetter(index: number): string {
  // Every finding's address names a column: the first few hundred are worked out once.
  if (index >= 0 && index < LETTERS.length) return (LETTERS[index] ??= lettersOf(index));
  return lettersOf(index);
}

const LETTERS: (string | undefined)[] = new Array(702).fill(undefined);

function lettersOf(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** `A` → `0`, `AA` → `26`; -1 when the text is not a column. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 address of a 1-based Excel row and a 0-based column index. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

export interface CellPosition {
  row: number; // 1-based Excel row
  column: number; // 0-based column index
}

export interface RangeBox {
  top: number; // 1-based
  left: number; // 0-based
  bottom: number;
  right: number;
}

/** Parses `B3`, `$B$3`, `Blad!B3:D9` or `'Mijn blad'!B3` into a box (sheet part ignored); null when unreadable. */
export function parseRangeAddress(address: string): RangeBox | null {
  const bang = address.lastIndexOf("!");
  const local = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "");
  const match = /^([A-Za-z]{1,3})(\d+)(?::([A-Za-z]{1,3})(\d+))?$/.exec(local);
  if (!match) return null;
  const left = columnIndex(match[1]);
  const top = Number(match[2]);
  const right = match[3] ? columnIndex(match[3]) : left;
  const bottom = match[4] ? Number(match[4]) : top;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

export function rangeAddress(box: RangeBox): string {
  const start = cellAddress(box.top, box.left);
  const end = cellAddress(box.bottom, box.right);
  return start === end ? start : `${start}:${end}`;
}

/** Sheet-qualified address, quoting the sheet name when Excel requires it. */
export function qualifiedAddress(sheet: string, address: string): string {
  const needsQuotes = !/^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet);
  return `${needsQuotes ? `'${sheet.replace(/'/g, "''")}'` : sheet}!${address}`;
}
