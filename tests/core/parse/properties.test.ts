import fc from "fast-check";
import { cellText, type CellValue } from "../../../src/core/cell";
import {
  excelSerialToIso, halfYearDutch, halfYearLabel, isoToExcelSerial, isPlaceholder, isValidIso, normalizeText, parseCountOrRange,
  parseDutchDate, parseDutchNumber, parseHalfYear, parseMonth, parsePeriod, parseYear, periodEndDate, periodStartDate, suggest,
  type HalfYear, type ParseResult, type PartOfYear, type Period, type PeriodPoint,
} from "../../../src/core/parse";

/** Pieces of real timing, number and date texts, so that generated strings come near the grammar. */
const TOKENS = [
  "2025", "2026", "1899", "2101", "45658", "7,9", "1.234", "1.5", ",5", "0", "10", "-", "–", "−", " ", "  ", "\u00a0", "\n", "t/m",
  "tot en met", "tot", "van", "vanaf", "en verder", "en", "in", "de", "het", "periode", "eerste helft", "2e helft", "H2", "Q2", "eind",
  "begin", "medio", "najaar", "jan", "juli", "mrt.", "sept", "jaarlijks", "elk kwartaal", "drie keer per jaar", "doorlopend",
  "bij ieder", "met de intentie om", "(", ")", ";", ":", ",", ".", "/", "ca.", "±", "+/-", "€", "%", "won.", "euro", "n.t.b.",
  "volgt", "?", "é", "Ë", "x", "'", "e.v.", "1e", "ste", "di", "0x", "\u200b", "1", "31", "mei",
];

const tokenText = fc.array(fc.constantFrom(...TOKENS), { maxLength: 14 }).map((parts) => parts.join(""));
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.string({ maxLength: 600 }),
  tokenText,
  tokenText,
);
const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  anyText,
  fc.double(),
  fc.integer(),
  fc.integer({ min: -10, max: 3_000_000 }),
  fc.boolean(),
  fc.constant(null),
  fc.record({ error: fc.string() }),
);

/**
 * expect() costs tens of microseconds per call (it prepares an error for its stack trace); inside thousands of runs
 * that was most of this file's time. quick() asks expect() only when a value fails, so the failure reads the same.
 */
function quick<T>(actual: T) {
  return {
    toBe: (expected: unknown) => Object.is(actual, expected) || expect(actual).toBe(expected),
    toBeGreaterThan: (limit: number) => (actual as unknown as number) > limit || expect(actual).toBeGreaterThan(limit),
    toContain: (item: unknown) => (actual as unknown as unknown[]).includes(item) || expect(actual).toContain(item),
    not: { toBeNull: () => actual !== null || expect(actual).not.toBeNull() },
  };
}

const RUNS = { numRuns: 3000 };

/** Freezes objects so that a parser writing to its input would throw in strict mode. */
function frozen(value: CellValue): CellValue {
  return value !== null && typeof value === "object" ? Object.freeze(value) : value;
}

function expectWellFormed<T>(result: ParseResult<T>, input: CellValue, checkValue: (value: T) => void): void {
  quick(typeof result.ok).toBe("boolean");
  if (result.ok) checkValue(result.value);
  else {
    quick(["empty", "placeholder", "invalid"]).toContain(result.reason);
    quick(result.text).toBe(cellText(input));
  }
}

const isPlausibleYear = (y: unknown) => Number.isInteger(y) && (y as number) >= 1900 && (y as number) <= 2100;
const NAMED_PARTS = ["begin", "eerste-helft", "medio", "tweede-helft", "eind", "voorjaar", "zomer", "najaar", "Q1", "Q2", "Q3", "Q4"];

function expectPoint(point: PeriodPoint): void {
  quick(isPlausibleYear(point.year)).toBe(true);
  const part: PartOfYear | undefined = point.part;
  if (part === undefined) return;
  if (typeof part === "string") quick(NAMED_PARTS).toContain(part);
  else {
    quick(Number.isInteger(part.month) && part.month >= 1 && part.month <= 12).toBe(true);
    if (part.day !== undefined) quick(Number.isInteger(part.day) && part.day >= 1 && part.day <= 31).toBe(true);
  }
}

function expectPeriod(p: Period): void {
  if (p.start) expectPoint(p.start);
  if (p.end) expectPoint(p.end);
  const start = periodStartDate(p);
  const end = periodEndDate(p);
  if (p.start) quick(start).not.toBeNull();
  if (p.end) quick(end).not.toBeNull();
  // A range is read as written, also reversed (`2028 - 2025`): the rule planning-end-before-start reports it.
  if (start && end && start > end) quick(p.kind).toBe("bereik");
  switch (p.kind) {
    case "jaar":
      quick(p.start && p.end && p.start.year === p.end.year).toBe(true);
      break;
    case "bereik":
      quick(p.end).not.toBeNull();
      break;
    case "open":
      quick(p.start !== null && p.end === null).toBe(true);
      break;
    case "jaarlijks":
      quick(p.recurrence).toBe("jaarlijks");
      break;
    case "terugkerend":
      quick(["halfjaarlijks", "per-kwartaal", "maandelijks", "per-4-maanden", "3x-per-jaar"]).toContain(p.recurrence);
      break;
    case "doorlopend":
      break;
    case "gebeurtenis":
      quick(typeof p.trigger === "string" && p.trigger.length > 0).toBe(true);
      break;
    case "schema":
      quick(p.segments && p.segments.length > 0).toBe(true);
      break;
    case "moment":
      quick(p.start === null && p.end === null).toBe(true);
      break;
    default:
      throw new Error(`unknown kind ${String((p as Period).kind)}`);
  }
  for (const segment of p.segments ?? []) {
    expectPoint(segment.start);
    expectPoint(segment.end);
    quick(segment.start.year <= segment.end.year).toBe(true);
    if (segment.quantity !== undefined) quick(Number.isFinite(segment.quantity)).toBe(true);
  }
  for (const note of p.notes ?? []) quick(note.trim().length).toBeGreaterThan(0);
  if (p.reversed) quick(p.reversed.text.length).toBeGreaterThan(0);
  if (p.sub) {
    quick(p.sub.label.length).toBeGreaterThan(0);
    expectPoint(p.sub.start);
    expectPoint(p.sub.end);
  }
}

describe("every parser, on any cell", () => {
  it("parseDutchNumber never throws and gives a finite number", () => {
    fc.assert(
      fc.property(anyCell, (raw) => {
        const value = frozen(raw);
        expectWellFormed(parseDutchNumber(value), value, (n) => {
          quick(Number.isFinite(n.value)).toBe(true);
          quick(Object.is(n.value, -0)).toBe(false);
          quick(n.percent && n.currency).toBe(false);
          expect([typeof n.percent, typeof n.approx, typeof n.currency]).toEqual(["boolean", "boolean", "boolean"]);
        });
      }),
      RUNS,
    );
  });

  it("parseCountOrRange never throws and gives min ≤ max", () => {
    fc.assert(
      fc.property(anyCell, (raw) => {
        const value = frozen(raw);
        expectWellFormed(parseCountOrRange(value), value, (r) => {
          quick(Number.isFinite(r.min) && Number.isFinite(r.max)).toBe(true);
          quick(r.min <= r.max).toBe(true);
        });
      }),
      RUNS,
    );
  });

  it("parseDutchDate never throws and gives a valid ISO date", () => {
    fc.assert(
      fc.property(anyCell, (raw) => {
        const value = frozen(raw);
        expectWellFormed(parseDutchDate(value), value, (iso) => quick(isValidIso(iso)).toBe(true));
      }),
      RUNS,
    );
  });

  it("parseYear never throws and gives a year 1900–2100", () => {
    fc.assert(
      fc.property(anyCell, (raw) => {
        const value = frozen(raw);
        expectWellFormed(parseYear(value), value, (y) => quick(isPlausibleYear(y)).toBe(true));
      }),
      RUNS,
    );
  });

  it("parseHalfYear never throws and gives a half 1 or 2", () => {
    fc.assert(
      fc.property(anyCell, (raw) => {
        const value = frozen(raw);
        expectWellFormed(parseHalfYear(value), value, (h) => {
          quick(isPlausibleYear(h.year)).toBe(true);
          quick([1, 2]).toContain(h.half);
        });
      }),
      RUNS,
    );
  });

  it("parseMonth never throws and gives a month 1–12", () => {
    fc.assert(
      fc.property(anyCell, (raw) => {
        const value = frozen(raw);
        expectWellFormed(parseMonth(value), value, (m) => {
          quick(isPlausibleYear(m.year)).toBe(true);
          quick(Number.isInteger(m.month) && m.month >= 1 && m.month <= 12).toBe(true);
        });
      }),
      RUNS,
    );
  });

  it("parsePeriod never throws and gives a consistent period", () => {
    fc.assert(
      fc.property(anyCell, (raw) => {
        const value = frozen(raw);
        expectWellFormed(parsePeriod(value), value, expectPeriod);
      }),
      RUNS,
    );
  });

  it("isPlaceholder never throws and is false for everything but text", () => {
    fc.assert(
      fc.property(anyCell, (raw) => {
        const result = isPlaceholder(frozen(raw));
        quick(typeof result).toBe("boolean");
        if (typeof raw !== "string") quick(result).toBe(false);
      }),
      RUNS,
    );
  });

  it("a placeholder is never read as a value", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        if (!isPlaceholder(text)) return;
        for (const parse of [parseDutchNumber, parseDutchDate, parseYear, parseHalfYear, parseMonth, parsePeriod]) {
          expect(parse(text)).toMatchObject({ ok: false, reason: "placeholder" });
        }
      }),
      RUNS,
    );
  });
});

describe("text helpers", () => {
  it("normalizeText is idempotent, trimmed and single-spaced", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const key = normalizeText(text);
        quick(normalizeText(key)).toBe(key);
        quick(key).toBe(key.trim());
        quick(/\s\s/.test(key)).toBe(false);
      }),
      RUNS,
    );
  });

  it("suggest returns null or one of the candidates", () => {
    fc.assert(
      fc.property(anyText, fc.array(anyText, { maxLength: 8 }), (input, candidates) => {
        const result = suggest(input, candidates);
        if (result !== null) quick(candidates).toContain(result);
      }),
      { numRuns: 1000 },
    );
  });

  it("suggest finds a candidate from a one-letter typo in a long word", () => {
    const words = ["Niet gestart", "In uitvoering", "Vertraagd", "Gereed", "Vervallen"];
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.nat(), fc.constantFrom("q", "z", "j"), (word, at, letter) => {
        const i = at % word.length;
        const typo = word.slice(0, i) + letter + word.slice(i + 1);
        quick(suggest(typo, words)).toBe(word);
      }),
    );
  });
});

describe("round trips", () => {
  it("Excel serials and ISO dates convert both ways", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }).filter((n) => n !== 60), (serial) => {
        const iso = excelSerialToIso(serial);
        quick(iso !== null && isValidIso(iso)).toBe(true);
        quick(isoToExcelSerial(iso as string)).toBe(serial);
      }),
      RUNS,
    );
  });

  it("half-years read back from their own labels", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.constantFrom<1 | 2>(1, 2), (year, half) => {
        const h: HalfYear = { year, half };
        expect(parseHalfYear(halfYearLabel(h))).toEqual({ ok: true, value: h });
        expect(parseHalfYear(halfYearDutch(h))).toEqual({ ok: true, value: h });
      }),
    );
  });

  it("numbers typed the Dutch way read back exactly", () => {
    const dutch = (n: number, decimals: number) => {
      const [whole, fraction] = Math.abs(n).toFixed(decimals).split(".");
      const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
      return (n < 0 ? "-" : "") + grouped + (fraction ? "," + fraction : "");
    };
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 3 }), (cents, decimals) => {
        const n = cents / 10 ** decimals;
        const text = dutch(n, decimals);
        expect(parseDutchNumber(text)).toEqual({ ok: true, value: { value: Number(n.toFixed(decimals)), percent: false, approx: false, currency: false } });
      }),
      RUNS,
    );
  });

  it("year ranges read back", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 10 }), fc.constantFrom(" - ", "-", " t/m ", " tot en met "), (a, span, sep) => {
        const b = Math.min(2100, a + span);
        expect(parsePeriod(`${a}${sep}${b}`)).toEqual({ ok: true, value: { kind: "bereik", start: { year: a }, end: { year: b } } });
      }),
    );
  });
});
