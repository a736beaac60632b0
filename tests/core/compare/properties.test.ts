import fc from "fast-check";
import { compareActivities } from "../../../src/core/compare/compareActivities";
import { idKey } from "../../../src/core/compare/matchById";
import type { ActivityRecord, StateTable } from "../../../src/core/state/types";

const record = fc.record({
  id: fc.constantFrom("1.1a", "1.1A ", "1.1b", "2.3", "", "X-9"),
  status: fc.constantFrom("Niet gestart", "In uitvoering", "Vertraagd", "Gereed", "Vervallen", null, "bijna"),
  schedule: fc.constantFrom("2026", "2027", null),
  due: fc.constantFrom("2026-06-30", null),
  target: fc.constantFrom(97, 120, null, "veel"),
  actual: fc.constantFrom(0, 40, null),
  note: fc.constantFrom("a", "b", null),
  updated: fc.constantFrom("2025-05-01", "2025-06-01"),
  agreementHash: fc.constantFrom("00000001", "00000002"),
  label: fc.constantFrom("Groei", "Wijkvisie", ""),
});

const table = fc.array(record, { maxLength: 8 }).map(
  (rows): StateTable<ActivityRecord> => ({ sheet: "Activiteiten", columns: { id: { header: "ID", index: 0 }, status: { header: "Status", index: 8 } }, rows: rows.map((r, i) => ({ ...r, row: i + 2 })) }),
);

describe("compareActivities never loses an activity", () => {
  // Plain comparisons inside the property (expect() per run costs more than the property itself); fast-check
  // prints the smallest counterexample when one returns false.
  it("puts every ID of either side in exactly one place: compared, added, removed or ambiguous", () => {
    fc.assert(
      fc.property(table, table, fc.boolean(), (from, to, includeMinor) => {
        const c = compareActivities(from, to, { includeMinor });
        const count = (rows: ActivityRecord[]) => {
          const map = new Map<string, number>();
          for (const r of rows) if (idKey(r.id)) map.set(idKey(r.id), (map.get(idKey(r.id)) ?? 0) + 1);
          return map;
        };
        const before = count(from.rows);
        const after = count(to.rows);
        const ambiguous = new Set(c.duplicates.map((d) => idKey(d.id)));
        for (const id of new Set([...before.keys(), ...after.keys()])) {
          const b = before.get(id) ?? 0;
          const a = after.get(id) ?? 0;
          const added = c.added.filter((x) => idKey(x.id) === id).length;
          const removed = c.removed.filter((x) => idKey(x.id) === id).length;
          if (b === 1 && a === 1 && (added > 0 || removed > 0 || ambiguous.has(id))) return false;
          if (b === 0 && added !== a) return false;
          if (a === 0 && removed !== b) return false;
          if (a > 0 && b > 0 && added + removed > 0) return false;
          if ((b > 1 || a > 1) && c.changed.some((x) => idKey(x.id) === id)) return false;
        }
        if (c.changed.some((x) => before.get(idKey(x.id)) !== 1 || after.get(idKey(x.id)) !== 1)) return false;
        if (!includeMinor && c.changed.some((x) => x.kind === "note" || x.kind === "updated")) return false;
        return c.withoutId.length <= to.rows.filter((r) => idKey(r.id) === "").length;
      }),
      { numRuns: 500 },
    );
  });

  it("reports nothing when both sides are the same rows in another order", () => {
    fc.assert(
      fc.property(table, (from) => {
        const to = { ...from, rows: [...from.rows].reverse().map((r, i) => ({ ...r, row: i + 2 })) };
        const c = compareActivities(from, to, { includeMinor: true });
        return [c.added, c.removed, c.duplicates, c.withoutId, c.changed].every((list) => list.length === 0);
      }),
      { numRuns: 300 },
    );
  });
});
