import type { PartOfYear, Period, PeriodPoint, PeriodSegment } from "./types";
import { pointEnd, pointStart } from "./pointDates";

/**
 * One period for a text of several readable fragments (`In 2026; Voor 2027 en verder`).
 *
 * The dated fragments give the envelope: the earliest start (none when a fragment has only an end) and
 * the latest end (open when a fragment, or a `doorlopend` one, is open). Fragments without dates
 * (`jaarlijks in oktober/november`) only add their recurrence or trigger; they do not stretch the
 * envelope. Without any dated fragment, the fragments must all say the same thing.
 */
export function combinePeriods(parts: readonly Period[]): Period | null {
  if (parts.length === 1) return parts[0];
  const dated = parts.filter((p) => p.start !== null || p.end !== null);
  if (dated.length === 0) return allAlike(parts) ? parts[0] : null;

  let start: PeriodPoint | null = null;
  let end: PeriodPoint | null = null;
  let startOpen = false;
  let endOpen = parts.some((p) => p.kind === "doorlopend" && p.end === null);
  for (const p of dated) {
    if (p.start === null) startOpen = true;
    else if (start === null || (pointStart(p.start) ?? "") < (pointStart(start) ?? "")) start = p.start;
    if (p.end === null) endOpen = true;
    else if (end === null || (pointEnd(p.end) ?? "") > (pointEnd(end) ?? "")) end = p.end;
  }
  if (startOpen) start = null;
  if (endOpen) end = null;
  if (start === null && end === null) return null;

  const combined: Period = { kind: kindOf(start, end), start, end };
  const recurrence = parts.find((p) => p.recurrence !== undefined)?.recurrence;
  const trigger = parts.find((p) => p.trigger !== undefined)?.trigger;
  const intention = parts.find((p) => p.intention !== undefined)?.intention;
  const sub = parts.find((p) => p.sub !== undefined)?.sub;
  const segments: PeriodSegment[] = parts.flatMap((p) => p.segments ?? []);
  if (recurrence !== undefined) combined.recurrence = recurrence;
  if (trigger !== undefined) combined.trigger = trigger;
  if (intention !== undefined) combined.intention = intention;
  if (sub !== undefined) combined.sub = sub;
  if (segments.length > 0) combined.segments = segments;
  return combined;
}

function kindOf(start: PeriodPoint | null, end: PeriodPoint | null): Period["kind"] {
  if (end === null) return "open";
  if (start !== null && start.year === end.year && samePart(start.part, end.part)) return "jaar";
  return "bereik";
}

function samePart(a: PartOfYear | undefined, b: PartOfYear | undefined): boolean {
  if (typeof a === "object" && typeof b === "object") return a.month === b.month && a.day === b.day;
  return a === b;
}

function allAlike(parts: readonly Period[]): boolean {
  const [first] = parts;
  return parts.every((p) => p.kind === first.kind && p.recurrence === first.recurrence && p.trigger === first.trigger);
}
