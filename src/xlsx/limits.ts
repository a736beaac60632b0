/** Excel's limits on what a workbook may hold ("Excel specifications and limits", Microsoft Support). */
export const MAX_CELL_TEXT = 32_767;
export const MAX_HEADER_FOOTER = 255;
export const MAX_SHEET_NAME = 31;
const FORBIDDEN_IN_SHEET_NAME = /[\\/?*[\]:]/;

/** Text that fits in one cell: longer text is cut, ending in `…` so the cut shows. */
export function fitCellText(text: string): string {
  return text.length <= MAX_CELL_TEXT ? text : `${text.slice(0, MAX_CELL_TEXT - 1)}…`;
}

/** Cuts header text in Excel syntax without leaving half an `&&` or half a code at the end. */
function cutHeaderText(text: string, keep: number): string {
  let cut = text.slice(0, Math.max(0, keep));
  const amps = /&*$/.exec(cut)![0].length;
  if (amps % 2 === 1) cut = cut.slice(0, -1);
  return cut === "" ? "" : `${cut}…`;
}

/**
 * A header or footer from three parts already in Excel's syntax (`&&` for a literal `&`, `&P` for the page),
 * within Excel's 255 characters: the longest part is shortened first, ending in `…`.
 */
export function headerFooter(parts: { left: string; center: string; right: string }): string {
  const text = { ...parts };
  const keys = ["left", "center", "right"] as const;
  const render = () => `&L${text.left}&C${text.center}&R${text.right}`;
  let out = render();
  while (out.length > MAX_HEADER_FOOTER) {
    const longest = [...keys].sort((a, b) => text[b].length - text[a].length)[0];
    if (text[longest].length === 0) break;
    text[longest] = cutHeaderText(text[longest], text[longest].length - (out.length - MAX_HEADER_FOOTER) - 1);
    out = render();
  }
  return out;
}

/** Why a sheet name is not allowed, or null when Excel accepts it. */
export function sheetNameProblem(name: string): "empty" | "too-long" | "forbidden-character" | "apostrophe-edge" | "reserved" | null {
  if (name.trim() === "") return "empty";
  if (name.length > MAX_SHEET_NAME) return "too-long";
  if (FORBIDDEN_IN_SHEET_NAME.test(name)) return "forbidden-character";
  if (name.startsWith("'") || name.endsWith("'")) return "apostrophe-edge";
  if (name.toLowerCase() === "history") return "reserved";
  return null;
}
