import { FakeExcelHost } from "../fake-excel";
import { cellAddress, columnLetter } from "../../src/core/address";
import type { CellValue } from "../../src/core/cell";
import { TABLES } from "../../src/core/schema/tables";
import type { WorkbookSnapshot } from "../../src/core/snapshot";

type Seed = (string | number | boolean | null)[][];

function seedValue(value: CellValue): string | number | boolean | null {
  if (value !== null && typeof value === "object") return value.error;
  return value;
}

/** Puts a snapshot (e.g. the sample workbook read by the CLI adapter) into the in-memory host, tables included. */
export function hostFromSnapshot(snapshot: WorkbookSnapshot, options: ConstructorParameters<typeof FakeExcelHost>[0] = {}): FakeExcelHost {
  const host = new FakeExcelHost(options);
  for (const sheet of snapshot.sheets) {
    // A sparse snapshot sent as JSON (the browser demo) has null for the rows it left out.
    const rows: Seed = sheet.values.map((line) => (line ?? []).map(seedValue));
    host.addSheet(sheet.name, rows, { origin: cellAddress(sheet.origin.row, sheet.origin.column), literal: true });
  }
  for (const table of snapshot.tables) host.addTable(table.sheet, table.address.replace(/^.*!/, ""), table.name, { totalsRow: table.totalsRowCount === 1 });
  return host;
}

/**
 * A clean workbook of the contract with `rows` activity rows, for size-independence tests. `settings` are typed
 * into Instellingen (so "2025-06-15" becomes a date in the workbook's date system).
 */
export function hostWithActivities(rows: number, options: ConstructorParameters<typeof FakeExcelHost>[0] & { settings?: Seed } = {}): FakeExcelHost {
  const { settings, ...hostOptions } = options;
  const host = new FakeExcelHost(hostOptions);
  for (const spec of TABLES) {
    const headers = spec.columns.map((c) => c.header);
    const body: Seed =
      spec.key === "activities"
        ? Array.from({ length: rows }, (_, i) => [`A${i + 1}`, "Wonen", null, `Afspraak ${i + 1}`, "Gemeente", null, "2026", null, "Niet gestart", null, null, null, null, 45778, null])
        : spec.key === "settings"
          ? (settings ?? [["Peildatum", 45823]])
          : spec.key === "parties"
            ? [["Gemeente Dronten", null, "Gemeente", null, null]]
            : [headers.map(() => null)];
    host.addSheet(spec.sheet, [headers, ...body], { literal: spec.key !== "settings" || !settings });
    host.addTable(spec.sheet, `A1:${columnLetter(headers.length - 1)}${body.length + 1}`, spec.table);
  }
  return host;
}
