import type { CellValue } from "../../../src/core/cell";
import { bundleReturns } from "../../../src/core/merge/bundle";
import type { BundleInput, BundleResult, ReturnInput } from "../../../src/core/merge/types";
import { fragmentToSnapshot, type FragmentRow, type WorkbookFragment } from "../../../src/core/rules/fragment";
import type { WorkbookSnapshot } from "../../../src/core/snapshot";
import { activity } from "../rules/fixtures";

export { activity };

/** Indicators: BZ-1 measured by CBS (so the municipality delivers it), WON-1 whose source is OFW. */
export const INDICATORS: FragmentRow[] = [
  { ID: "BZ-1", Indicator: "% huishoudens met een laag inkomen", Eenheid: "%", Richting: "Maximaal", Nulmeting: 0.03, "Nulmeting jaar": 2022, Streefwaarde: 0.03, Streefjaar: 2028, Bron: "CBS" },
  { ID: "WON-1", Indicator: "Opgeleverde sociale huurwoningen", Eenheid: "aantal", Richting: "Toename", Nulmeting: 120, "Nulmeting jaar": 2023, Streefwaarde: 300, Streefjaar: 2028, Bron: "OFW" },
];

/** The overview of the policy tests: three activities (OFW, the municipality, the group Corporaties) and two measurements. */
export function overviewFragment(overrides: { activities?: FragmentRow[]; measurements?: FragmentRow[] } = {}): WorkbookFragment {
  return {
    activities: overrides.activities ?? [
      activity({ ID: "1.1a", Trekker: "OFW", Betrokkenen: "Gemeente; HBV", Doelwaarde: 97 }),
      activity({ ID: "1.1b", Trekker: "Gemeente", Betrokkenen: "OFW", Planning: "2025 - 2028", Status: "Niet gestart" }),
      activity({ ID: "1.2", Trekker: "Corporaties", Betrokkenen: "HBV", Status: "Niet gestart" }),
    ],
    indicators: INDICATORS,
    measurements: overrides.measurements ?? [
      { Indicator: "BZ-1", Jaar: 2024, Waarde: 0.031, Bron: "CBS" },
      { Indicator: "WON-1", Jaar: 2024, Waarde: 140, Bron: "OFW" },
    ],
  };
}

export function overviewSnapshot(overrides: Parameters<typeof overviewFragment>[0] = {}): WorkbookSnapshot {
  return fragmentToSnapshot(overviewFragment(overrides));
}

/** A return in the contract's layout: only Activiteiten and/or Metingen, and `Partij` in Instellingen when given. */
export function returnSnapshot(party: string | null, tables: { activities?: FragmentRow[]; measurements?: FragmentRow[] }): WorkbookSnapshot {
  return fragmentToSnapshot({
    activities: tables.activities ?? null,
    measurements: tables.measurements ?? null,
    indicators: null,
    quota: null,
    plan: null,
    parties: null,
    settings: party === null ? null : [{ Instelling: "Partij", Waarde: party }],
  });
}

export function fileFor(party: string): string {
  return `retour-${party.toLowerCase()}.xlsx`;
}

/** Bundles and fails the test on a problem. */
export function bundle(overview: WorkbookSnapshot, returns: ReturnInput[], extra: Partial<BundleInput> = {}): BundleResult {
  const outcome = bundleReturns({ overview: { file: "overzicht.xlsx", snapshot: overview }, returns, date: "2025-06-20", ...extra });
  if (!outcome.ok) throw new Error(`not bundled: ${JSON.stringify(outcome.problems)}`);
  return outcome;
}

/** Every decision as a flat row, as Frictionless's `flatten` does: easy to compare in a table. */
export function flatten(result: BundleResult): (string | number | boolean | null)[][] {
  const d = result.decisions;
  return [
    ...d.taken.map((t) => ["taken", t.table, t.id, t.column, t.reason, t.source, t.from, t.to]),
    ...d.conflicts.map((c) => ["conflict", c.table, c.id, c.column, c.reason, c.kept, c.values.map((v) => `${v.source}=${v.value}`).join(" | ")]),
    ...d.added.map((a) => ["added", a.table, a.id, a.source, a.row]),
    ...d.notReturned.map((n) => ["not-returned", n.party, n.ids.join(",")]),
    ...d.notFilled.map((n) => ["not-filled", n.party, n.ids.join(",")]),
    ...d.listed.map((l) => ["listed", l.table, l.id, l.column, l.reason, l.source, l.value]),
  ];
}

/** Reads a cell of a snapshot by sheet and A1-style row/column (0-based column). */
export function valueAt(snapshot: WorkbookSnapshot, sheet: string, row: number, column: number): CellValue {
  const s = snapshot.sheets.find((x) => x.name === sheet)!;
  return s.values[row - s.origin.row]?.[column - s.origin.column] ?? null;
}
