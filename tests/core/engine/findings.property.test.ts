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
        // Plain comparisons collected per run: one expect() per finding and bound cost more than the check itself.
        const problems: string[] = [];
        for (const finding of report.findings) {
          const where = `${finding.rule} ${finding.sheet}!${finding.cell}`;
          if (/Interne fout/.test(finding.message)) problems.push(`${where}: internal error`);
          if (finding.sheet === "") problems.push(`${where}: no sheet`);
          if (finding.cell === null) continue;
          const table = Object.values(model.tables).find((t) => t.sheet === finding.sheet);
          const cell = parseRangeAddress(finding.cell);
          if (!cell) problems.push(`${where}: unreadable cell`);
          if (!table || !cell) continue;
          const bottom = Math.max(table.located.headerRow, ...table.rows.map((r) => r.row));
          if (cell.top < table.located.headerRow || cell.top > bottom) problems.push(`${where}: row outside ${table.located.headerRow}–${bottom}`);
          if (cell.left < table.located.left || cell.left > table.located.right) problems.push(`${where}: column outside the table`);
          if (finding.row !== null && cell.top !== finding.row) problems.push(`${where}: row ${finding.row} differs from the cell`);
        }
        expect(problems).toEqual([]);
      }),
      { numRuns: 120 },
    );
  });
});
