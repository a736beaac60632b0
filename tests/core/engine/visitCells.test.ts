import fc from "fast-check";
import { isBlank, type CellValue } from "../../../src/core/cell";
import { cellKind, visitCells } from "../../../src/core/engine/visitCells";
import { buildModel } from "../../../src/core/model/workbookModel";
import { ALL_RULES } from "../../../src/core/rules";
import { fragmentToSnapshot, type FragmentRow, type WorkbookFragment } from "../../../src/core/rules/fragment";
import type { CellKind, CellVisit, Report, Rule } from "../../../src/core/rules/types";
import { ACTIVITIES, INDICATORS, MEASUREMENTS, PLAN, QUOTA } from "../../../src/core/schema/tables";

const noop = () => undefined;
const rule = (id: string, cells?: Rule["cells"]): Rule => ({ meta: { id } as Rule["meta"], cells, checkCell: noop });

const context = { referenceDate: "2025-06-15", report: noop };

/** Every visit as `rule sheet!row column=value`, in the order the rules were called. */
function visits(fragment: WorkbookFragment, rules: Rule[]): string[] {
  const seen: string[] = [];
  const entries = rules.map((r) => ({
    rule: { ...r, checkCell: ({ table, row, column, value }: CellVisit) => void seen.push(`${r.meta.id} ${table.sheet}!${row.row} ${column.key}=${JSON.stringify(value)}`) },
    context,
  }));
  visitCells(buildModel(fragmentToSnapshot(fragment)), entries, (_, error) => {
    throw error;
  });
  return seen;
}

describe("cellKind", () => {
  it.each<[CellValue | undefined, CellKind]>([
    [null, "blank"],
    [undefined, "blank"],
    ["", "blank"],
    ["   ", "blank"],
    ["\u00a0\n", "blank"],
    [" ntb", "text"],
    ["\u00a0x", "text"],
    ["OFW", "text"],
    [0, "number"],
    [45823, "number"],
    [false, "boolean"],
    [{ error: "#REF!" }, "error"],
  ])("%j is %s", (value, kind) => {
    expect(cellKind(value)).toBe(kind);
  });

  it("calls blank exactly what isBlank does", () => {
    fc.assert(fc.property(fc.string({ maxLength: 6, unit: fc.constantFrom(" ", "\t", "\n", "\u00a0", "\u2003", "\ufeff", "a", ".", "\u200b") }), (text) => {
      expect(cellKind(text) === "blank").toBe(isBlank(text));
    }));
  });
});

describe("visitCells", () => {
  const fragment: WorkbookFragment = {
    activities: [
      { ID: "1.1", Thema: "Wonen", Trekker: "OFW", Planning: "2026", Status: "n.t.b.", "Laatst bijgewerkt": 45823 },
      {},
      { ID: "1.2", Thema: "   ", Afspraak: { error: "#N/B" }, Planning: true },
    ],
  };

  it("hands a rule without a selector every cell of every filled row, blank ones included, and skips blank rows", () => {
    const seen = visits(fragment, [rule("all")]).filter((v) => v.includes("Activiteiten!"));
    expect(seen).toHaveLength(2 * ACTIVITIES.columns.length);
    expect(seen.some((v) => v.includes("!3 "))).toBe(false); // the blank row
    expect(seen).toContain('all Activiteiten!2 topic=null');
  });

  it("hands a rule only the kinds and columns it selects", () => {
    const seen = visits(fragment, [
      rule("text", { kinds: ["text"], columns: (table, column) => table.spec.key === "activities" && column.key !== "id" }),
      rule("blank-required", { kinds: ["blank"], columns: (table, column) => table.spec.key === "activities" && column.required === true }),
      rule("odd", { kinds: ["error", "boolean"] }),
    ]);
    expect(seen.filter((v) => v.startsWith("text "))).toEqual([
      'text Activiteiten!2 theme="Wonen"',
      'text Activiteiten!2 lead="OFW"',
      'text Activiteiten!2 schedule="2026"',
      'text Activiteiten!2 status="n.t.b."',
    ]);
    expect(seen.filter((v) => v.startsWith("blank-required "))).toEqual([
      "blank-required Activiteiten!2 agreement=null",
      'blank-required Activiteiten!4 theme="   "',
      "blank-required Activiteiten!4 lead=null",
      "blank-required Activiteiten!4 status=null",
      "blank-required Activiteiten!4 updated=null",
    ]);
    expect(seen.filter((v) => v.startsWith("odd "))).toEqual(['odd Activiteiten!4 agreement={"error":"#N/B"}', "odd Activiteiten!4 schedule=true"]);
  });

  it("stops calling a rule that threw, and reports its error once", () => {
    let calls = 0;
    const failing: Rule = { ...rule("fails"), checkCell: () => {
      calls++;
      throw new Error("stuk");
    } };
    const errors: unknown[] = [];
    const entries = [{ rule: failing, context }, { rule: rule("fine"), context }];
    visitCells(buildModel(fragmentToSnapshot(fragment)), entries, (entry, error) => errors.push([entry.rule.meta.id, (error as Error).message]));
    expect(calls).toBe(1);
    expect(errors).toEqual([["fails", "stuk"]]);
  });

  it("asks a selector about each column once per table, not once per cell", () => {
    const asked: string[] = [];
    const rows: FragmentRow[] = Array.from({ length: 50 }, (_, i) => ({ ID: `1.${i}`, Thema: "Wonen" }));
    visits({ activities: rows }, [rule("count", { columns: (table, column) => (asked.push(`${table.spec.key}.${column.key}`), true) })]);
    expect(asked.filter((a) => a.startsWith("activities."))).toHaveLength(ACTIVITIES.columns.length);
  });

  /** The naive definition: every cell of every filled row, each rule asked per cell. */
  function naive(fragment: WorkbookFragment, rules: Rule[]): string[] {
    const seen: string[] = [];
    const model = buildModel(fragmentToSnapshot(fragment));
    for (const table of Object.values(model.tables)) {
      for (const row of table.filledRows) {
        for (const column of table.spec.columns) {
          if (!table.has(column.key)) continue;
          const value = row.get(column.key) ?? null;
          for (const r of rules) {
            const takes = (r.cells?.kinds?.includes(cellKind(value)) ?? true) && (r.cells?.columns?.(table, column) ?? true);
            if (takes) seen.push(`${r.meta.id} ${table.sheet}!${row.row} ${column.key}=${JSON.stringify(value)}`);
          }
        }
      }
    }
    return seen;
  }

  // A small pool, so values repeat down a column (what `byValue` and the pass's slot of recent values are for): party
  // names and lists, indicator IDs, statuses, -0 and NaN, texts of one length and first letter.
  const value: fc.Arbitrary<CellValue> = fc.oneof(
    fc.constantFrom<CellValue>(null, "", " ", "\u00a0", "n.t.b.", "OFW", "OFW ", "Gemeente; HBV", "Gemeente en Onbekend", "BZ-1", "BZ-9", "In uitvoering", "in uitvoering", "Gereed", "Geraed"),
    fc.constantFrom<CellValue>("7,9%", "ca. 40", "-5", "2026", { error: "#REF!" }, 45823, 0, -0, -3, Number.NaN, 97, true),
    fc.string({ maxLength: 4 }),
  );
  const rowsOf = (headers: string[], maxLength = 4) =>
    fc.array(fc.record(Object.fromEntries(headers.map((h) => [h, value])) as Record<string, fc.Arbitrary<CellValue>>) as fc.Arbitrary<FragmentRow>, { maxLength });
  const headersOf = (spec: typeof ACTIVITIES) => spec.columns.map((c) => c.header);

  const fragments = fc.record({
    activities: rowsOf(headersOf(ACTIVITIES), 12),
    indicators: rowsOf(headersOf(INDICATORS)),
    measurements: rowsOf(headersOf(MEASUREMENTS)),
    quota: rowsOf(headersOf(QUOTA)),
    plan: rowsOf(headersOf(PLAN)),
  });
  /** The catalogue's cell rules judging every cell, even a value already let through. */
  const everyCell = (rules: Rule[]) => rules.map((r) => ({ ...r, cells: { ...r.cells, byValue: false } }));

  it("visits exactly what the catalogue's cell rules select, in the same order as asking each rule per cell", () => {
    const cellRules = everyCell(ALL_RULES.filter((r) => r.checkCell));
    fc.assert(
      fc.property(fragments, (f) => {
        expect(visits(f, cellRules)).toEqual(naive(f, cellRules));
      }),
      { numRuns: 40 },
    );
  });

  /** What the rules report, as `rule messageId row column`, in order. */
  function reports(fragment: WorkbookFragment, rules: Rule[]): string[] {
    const seen: string[] = [];
    const entries = rules.map((r) => ({ rule: r, context: { ...context, report: (report: Report) => void seen.push(`${r.meta.id} ${report.messageId} ${report.at.row} ${report.at.column}`) } }));
    visitCells(buildModel(fragmentToSnapshot(fragment)), entries, (_, error) => {
      throw error;
    });
    return seen;
  }

  it("reports the same cells when rules that judge by value skip a value they let through before", () => {
    const cellRules = ALL_RULES.filter((r) => r.checkCell);
    expect(cellRules.some((r) => r.cells?.byValue)).toBe(true);
    fc.assert(
      fc.property(fragments, (f) => {
        expect(reports(f, cellRules)).toEqual(reports(f, everyCell(cellRules)));
      }),
      { numRuns: 60 },
    );
  });

  it("judges a repeated value once while it stays silent, and every time once it reports", () => {
    const judged: string[] = [];
    const picky: Rule = { ...rule("picky", { kinds: ["text"], byValue: true, columns: (_t, column) => column.key === "status" }), checkCell: ({ row, value }, ctx) => {
      judged.push(`${row.row}=${String(value)}`);
      if (value === "n.t.b.") ctx.report({ messageId: "x", at: { sheet: "Activiteiten", row: row.row } });
    } };
    const statuses = ["Gereed", "n.t.b.", "Gereed", "n.t.b.", "Gereed"];
    const found: number[] = [];
    visitCells(buildModel(fragmentToSnapshot({ activities: statuses.map((Status, i) => ({ ID: `1.${i}`, Status })) })), [{ rule: picky, context: { ...context, report: (r: Report) => void found.push(r.at.row!) } }], (_, error) => {
      throw error;
    });
    expect(judged).toEqual(["2=Gereed", "3=n.t.b.", "5=n.t.b."]);
    expect(found).toEqual([3, 5]);
  });
});
