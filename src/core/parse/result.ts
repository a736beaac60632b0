/** Why a cell could not be read: left empty, a "not known yet" text, or something unreadable. */
export type ParseFailure = "empty" | "placeholder" | "invalid";

/**
 * The outcome of every parser in this folder: a value, or a reason with the cell as the user sees it.
 * Parsers never throw; a failure is data the rules turn into a finding.
 */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: ParseFailure; text: string };
