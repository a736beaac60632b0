import { MAX_CELL_TEXT } from "./limits";

/** A value the patcher writes: text always as text, a date as a 1900-system serial converted to the package's system. */
export type PatchValue = string | number | boolean | null | { date: number };

export class PatchError extends Error {
  constructor(
    readonly code: "no-sheet" | "no-table" | "sheet-name" | "sheet-exists" | "cell" | "value" | "not-empty" | "totals-row" | "custom-xml" | "unsupported",
    message: string,
  ) {
    super(message);
  }
}

/** Escapes text for element content or an attribute value. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));
}

/**
 * Text as Excel stores it (ST_Xstring): characters XML 1.0 cannot hold become `_xHHHH_`, and an underscore that
 * starts such a pattern in the text itself is escaped as `_x005F_` so it reads back as written.
 */
export function escapeXstring(text: string): string {
  const kept = text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, "_x005F_");
  // eslint-disable-next-line no-control-regex
  const safe = kept.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
  return escapeXml(safe);
}

/** One `<c>` element; `style` is the cell's `s` index (omitted for 0). */
export function cellXml(ref: string, value: PatchValue, style: number, dateShift: number): string {
  const s = style > 0 ? ` s="${style}"` : "";
  if (value === null) return `<c r="${ref}"${s}/>`;
  if (typeof value === "string") {
    if (value.length > MAX_CELL_TEXT) throw new PatchError("value", `text of ${value.length} characters for ${ref}; a cell holds at most ${MAX_CELL_TEXT}`);
    const space = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : "";
    return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${escapeXstring(value)}</t></is></c>`;
  }
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  const n = typeof value === "number" ? value : value.date - dateShift;
  if (!Number.isFinite(n)) throw new PatchError("value", `${String(n)} for ${ref} is not a number Excel can hold`);
  return `<c r="${ref}"${s}><v>${String(n)}</v></c>`;
}
