import { buildModel } from "../../../src/core/model/workbookModel";
import { quotaProjections } from "../../../src/core/quota/projection";
import { quotaLedger } from "../../../src/core/quota/quotaTable";
import { fragmentToSnapshot, type FragmentRow } from "../../../src/core/rules/fragment";

const month = (m: string, planned: number | string, realised: number | null = null, action = "Toewijzing"): FragmentRow => ({ Actie: action, Maand: `${m} 2025`, Aantal: planned, Gerealiseerd: realised });
const H1_PLAN = [month("jan", 26, 24), month("feb", 7, 6), month("mrt", 12, 10), month("apr", 7, 6), month("mei", 8), month("jun", 7)];
const H2_PLAN = [month("jul", 8), month("aug", 7), month("sep", 9), month("okt", 15), month("nov", 7), month("dec", "17-27")];
const QUOTA: FragmentRow[] = [
  { Periode: "2025-H1", Taakstelling: 44, Gehuisvest: null, "Opgave incl. achterstand": 76 },
  { Periode: "2025-H2", Taakstelling: 44, Gehuisvest: null, "Opgave incl. achterstand": null },
];

function project(quota: FragmentRow[], plan: FragmentRow[] | null, referenceDate = "2025-06-15", opening = -32) {
  const model = buildModel(fragmentToSnapshot({ quota, plan, settings: [{ Instelling: "Beginsaldo taakstelling", Waarde: opening }] }));
  return quotaProjections(quotaLedger(model.tables.quota, model.settings.openingBalance), model.tables.plan, referenceDate);
}

describe("quotaProjections: the next two peilmomenten", () => {
  const [july, january] = project(QUOTA, [...H1_PLAN, ...H2_PLAN]);

  it("counts realised months as realised and names them; a month that is over without realisation stays planned, and is named too", () => {
    expect(july).toMatchObject({
      period: "2025-H1", peilmoment: "2025-07-01", quota: 44, due: 76, statedDue: 76,
      realised: 46, realisedSource: "months", realisedMonths: ["2025-01", "2025-02", "2025-03", "2025-04"],
      planned: 15, plannedMax: 15, plannedMonths: ["2025-05", "2025-06"], missingMonths: ["2025-05"],
      shortfall: 15, shortfallStated: 15, row: 2,
    });
  });

  it("carries what 1 July leaves into 1 January: quota 44 plus the backlog of 15", () => {
    expect(january).toMatchObject({
      period: "2025-H2", peilmoment: "2026-01-01", quota: 44, due: 59, statedDue: 59,
      realised: null, realisedSource: null, realisedMonths: [], planned: 63, plannedMax: 73,
      plannedMonths: ["2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12"], missingMonths: [],
      shortfall: 0, shortfallAtMax: 0, row: 3,
    });
  });

  it("with a half-year's Gehuisvest and no realised month, counts it up to the reference month", () => {
    const quota = [{ ...QUOTA[0], Gehuisvest: 40 }, QUOTA[1]];
    const plan = H1_PLAN.map((row) => ({ ...row, Gerealiseerd: null }));
    expect(project(quota, plan)[0]).toMatchObject({ realised: 40, realisedSource: "housed", realisedMonths: [], planned: 0, plannedMonths: [], missingMonths: [], shortfall: 36 });
    expect(project(quota, plan, "2025-04-15")[0]).toMatchObject({ planned: 15, plannedMonths: ["2025-05", "2025-06"], shortfall: 21 });
  });

  it("leaves the January projection without a due while the next quota is not in the table", () => {
    const [, next] = project([QUOTA[0]], [...H1_PLAN, ...H2_PLAN]);
    expect(next).toMatchObject({ period: "2025-H2", quota: null, due: null, statedDue: null, shortfall: null, shortfallStated: null, row: null, planned: 63 });
  });

  it("in the second half-year projects 1 January and the 1 July after it", () => {
    const quota = [...QUOTA, { Periode: "2026-H1", Taakstelling: 40 }].map((row, i) => (i === 0 ? { ...row, Gehuisvest: 61 } : row));
    const projections = project(quota, [...H1_PLAN, ...H2_PLAN], "2025-09-15");
    expect(projections.map((p) => [p.period, p.peilmoment])).toEqual([["2025-H2", "2026-01-01"], ["2026-H1", "2026-07-01"]]);
    expect(projections[0]).toMatchObject({ due: 59, planned: 63, plannedMax: 73, missingMonths: ["2025-07", "2025-08"], shortfall: 0 });
    // The plan's expected surplus of 4 lowers the next due; nothing is planned for 2026 yet, and the projection says so with no planned months.
    expect(projections[1]).toMatchObject({ due: 36, planned: 0, plannedMonths: [], shortfall: 36 });
  });

  it("projects nothing without a plan, or when the running half-year is not in the table", () => {
    expect(project(QUOTA, null)).toEqual([]);
    expect(project(QUOTA, H1_PLAN, "2026-03-01")).toEqual([]);
  });
});
