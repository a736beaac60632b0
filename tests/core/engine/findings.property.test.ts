import fc from "fast-check";
import { parseRangeAddress } from "../../../src/core/address";
import type { CellValue } from "../../../src/core/cell";
import { checkWorkbook } from "../../../src/core/engine/checkWorkbook";
import { buildModel } from "../../../src/core/model/workbookModel";
import { fragmentToSnapshot, type FragmentRow, type WorkbookFragment } from "../../../src/core/rules/fragment";
import { ACTIVITIES, INDICATORS, MEASUREMENTS, PLAN, QUOTA } from "../../../src/core/schema/tables";

/** Values users really type, plus noise: Dutch numbers, dates, periods, placeholders, errors, formulas-as-text. */
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>(null, "", " ", "n.t.b.", "?", "OFW", "OFW ", "Gemeente", "Corporaties", "In uitvoering", "In Uitvoering", "Vertraagd", "Gereed",
    "Toename", "Afname", "Maximaal", "7,9%", "1.234", "ca. 140", "10-20", "-", "2026", "2025 - 2028", "2028 - 2025", "Jaarlijks", "eind 2026", "1 juli 2025",
    "2e helft 2024", "2024-H1", "jan 2025", "=HYPERLINK(\"x\")", "-5 woningen", "BZ-1", { error: "#REF!" }, { error: "#WAARDE!" }, 45823, 0.079, -3, 2024, true),
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
  fc.integer({ min: -100, max: 60000 }),
);

const rowsOf = (headers: string[]) =>
  fc.array(fc.record(Object.fromEntries(headers.map((h) => [h, cellValue])) as Record<string, fc.Arbitrary<CellValue>>) as fc.Arbitrary<FragmentRow>, { maxLength: 6 });

const fragment: fc.Arbitrary<WorkbookFragment> = fc.record({
  activities: rowsOf(ACTIVITIES.columns.map((c) => c.header)),
  indicators: rowsOf(INDICATORS.columns.map((c) => c.header)),
  measurements: rowsOf(MEASUREMENTS.columns.map((c) => c.header)),
  quota: rowsOf(QUOTA.columns.map((c) => c.header)),
  plan: rowsOf(PLAN.columns.map((c) => c.header)),
});

describe("every finding, on any workbook", () => {
  it("carries a sheet, and a cell inside its table when it points at one; no rule ever fails", () => {
    fc.assert(
      fc.property(fragment, (f) => {
        const snapshot = fragmentToSnapshot(f);
        const model = buildModel(snapshot);
        const report = checkWorkbook(snapshot, { today: "2025-06-15" });
        for (const finding of report.findings) {
          expect(finding.message).not.toMatch(/Interne fout/);
          expect(finding.sheet).not.toBe("");
          if (finding.cell === null) continue;
          const table = Object.values(model.tables).find((t) => t.sheet === finding.sheet);
          const cell = parseRangeAddress(finding.cell);
          expect(cell).not.toBeNull();
          if (!table || !cell) continue;
          const bottom = Math.max(table.located.headerRow, ...table.rows.map((r) => r.row));
          expect(cell.top).toBeGreaterThanOrEqual(table.located.headerRow);
          expect(cell.top).toBeLessThanOrEqual(bottom);
          expect(cell.left).toBeGreaterThanOrEqual(table.located.left);
          expect(cell.left).toBeLessThanOrEqual(table.located.right);
          if (finding.row !== null) expect(cell.top).toBe(finding.row);
        }
      }),
      { numRuns: 120 },
    );
  });
});
