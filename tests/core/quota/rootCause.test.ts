import { buildModel } from "../../../src/core/model/workbookModel";
import { quotaReport } from "../../../src/core/quota/quotaReport";
import { quotaLedger } from "../../../src/core/quota/quotaTable";
import { quotaCauses } from "../../../src/core/quota/rootCause";
import { fragmentToSnapshot, type FragmentRow } from "../../../src/core/rules/fragment";
import { DRONTEN_QUOTA, SETTINGS_OPENING_MINUS_5 } from "../rules/fixtures";

const change = (period: string, patch: FragmentRow) => (rows: FragmentRow[]): FragmentRow[] => rows.map((row) => (row.Periode === period ? { ...row, ...patch } : row));
const modelOf = (quota: FragmentRow[]) => buildModel(fragmentToSnapshot({ quota, settings: SETTINGS_OPENING_MINUS_5 }));
const causesOf = (quota: FragmentRow[]) => {
  const model = modelOf(quota);
  return quotaCauses(quotaLedger(model.tables.quota, model.settings.openingBalance)).map((c) => ({
    kind: c.kind, period: c.period.label, column: c.column, value: c.value, expected: c.expected, consequence: c.consequence && [c.consequence.on, c.consequence.balanceWith, c.consequence.balanceWithout],
  }));
};

const DRONTEN_AS_STATED = change("Eerste helft 2024", { Gehuisvest: 18 })(DRONTEN_QUOTA);

describe("quotaCauses: each stated row against its own neighbours", () => {
  it.each<[string, FragmentRow[], unknown[]]>([
    ["a consistent table", DRONTEN_QUOTA, []],
    ["Dronten: 18 housed in H1 2024 against Opgave 90 and Saldo -56", DRONTEN_AS_STATED, [
      { kind: "housed", period: "2024-H1", column: "housed", value: 18, expected: 34, consequence: ["computed", -48, -32] },
    ]],
    ["a wrong due that the rows after follow", change("Tweede helft 2023", { "Opgave incl. achterstand": 58, Saldo: -42 })(change("Eerste helft 2024", { "Opgave incl. achterstand": 88, Saldo: -54 })(change("Tweede helft 2024", { "Opgave incl. achterstand": 96, Saldo: -30 })(change("Eerste helft 2025", { "Opgave incl. achterstand": 74 })(DRONTEN_QUOTA)))), [
      { kind: "due", period: "2023-H2", column: "due", value: 58, expected: 60, consequence: ["stated", -30, -32] },
    ]],
    ["a due mistyped once", change("Tweede helft 2022", { "Opgave incl. achterstand": 42 })(DRONTEN_QUOTA), [
      { kind: "due", period: "2022-H2", column: "due", value: 42, expected: 22, consequence: null },
    ]],
    ["a balance mistyped once", change("Tweede helft 2022", { Saldo: 50 })(DRONTEN_QUOTA), [
      { kind: "balance", period: "2022-H2", column: "balance", value: 50, expected: 5, consequence: null },
    ]],
    ["two independent causes", change("Tweede helft 2022", { Gehuisvest: 25 })(DRONTEN_AS_STATED), [
      { kind: "housed", period: "2022-H2", column: "housed", value: 25, expected: 27, consequence: ["computed", -50, -48] },
      { kind: "housed", period: "2024-H1", column: "housed", value: 18, expected: 34, consequence: ["computed", -50, -34] },
    ]],
  ])("%s", (_, quota, expected) => {
    expect(causesOf(quota)).toEqual(expected);
  });
});

describe("quotaReport: the headline", () => {
  it("gives the stated backlog as the official figure, the computed one beside it and the cell that explains the difference", () => {
    const model = modelOf(DRONTEN_AS_STATED);
    expect(quotaReport(model, "2025-06-15").headline).toEqual({
      period: "2024-H2",
      label: "Tweede helft 2024",
      statedBacklog: 32,
      computedBacklog: 48,
      statedBalance: -32,
      computedBalance: -48,
      explainedBy: [{ kind: "housed", period: "2024-H1", sheet: "Taakstelling", row: 6, column: "Gehuisvest", cell: "C6", value: 18, expected: 34 }],
    });
  });

  it("has nothing to explain when the figures agree", () => {
    expect(quotaReport(modelOf(DRONTEN_QUOTA), "2025-06-15").headline).toMatchObject({ statedBacklog: 32, computedBacklog: 32, explainedBy: [] });
  });
});
