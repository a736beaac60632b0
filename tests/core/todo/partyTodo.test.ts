import { checkWorkbook } from "../../../src/core/engine/checkWorkbook";
import { fragmentToSnapshot } from "../../../src/core/rules/fragment";

describe("partyTodos: a past month's realisation", () => {
  const plan = [
    { Actie: "Toewijzing vrijkomende sociale huurwoningen", Maand: "apr 2025", Aantal: 7, Gerealiseerd: 6 },
    { Actie: "Toewijzing vrijkomende sociale huurwoningen", Maand: "mei 2025", Aantal: 8, Gerealiseerd: null },
    { Actie: "Flexwoningen", Maand: "mei 2025", Aantal: 0, Gerealiseerd: null },
  ];

  it("lands on the municipality's list, named by its month", () => {
    const report = checkWorkbook(fragmentToSnapshot({ plan }), { today: "2025-06-15" });
    const municipality = report.todo.find((t) => t.party === "Gemeente Dronten");
    expect(municipality?.items).toContainEqual({ sheet: "Planning", row: 3, cell: "D3", rule: "plan-realisation-missing", what: "Planning: Gerealiseerd invullen voor mei 2025 (COA-cijfer)" });
  });

  it("asks for the column when the plan has none", () => {
    const grid = { cells: [["Actie", "Maand", "Aantal"], ...plan.map((r) => [r.Actie, r.Maand, r.Aantal])] };
    const report = checkWorkbook(fragmentToSnapshot({ plan: grid }), { today: "2025-06-15", lang: "en" });
    const items = report.todo.flatMap((t) => t.items).filter((i) => i.rule === "plan-realisation-missing");
    expect(items.map((i) => i.what)).toEqual(["Planning: add the Gerealiseerd column and fill in the COA figures per month"]);
  });
});
