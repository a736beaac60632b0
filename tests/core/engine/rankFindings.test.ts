import { findingRank, rankFindings } from "../../../src/core/engine/rankFindings";
import type { Finding } from "../../../src/core/rules/types";

const finding = (rule: string, category: Finding["category"], severity: Finding["severity"], sheet: string): Finding =>
  ({ rule, category, severity, sheet, cell: "A1", row: 2, column: null, message: rule, value: null }) as unknown as Finding;

describe("rankFindings: what matters for the meeting comes first", () => {
  const trailingSpace = finding("unknown-party", "values", "error", "Activiteiten");
  const planMisses = finding("plan-projected-backlog", "quota", "warning", "Planning");
  const stale = finding("stale-row", "time", "warning", "Activiteiten");
  const measurement = finding("unparseable-value", "values", "warning", "Metingen");
  const notation = finding("number-stored-as-text", "structure", "info", "Indicatoren");
  const direction = finding("direction-contradiction", "indicator", "error", "Indicatoren");

  it("puts findings that change a BO figure first (the quota's before the indicators'), then errors, then the rest", () => {
    expect(rankFindings([trailingSpace, direction, stale, planMisses, measurement, notation])).toEqual([planMisses, direction, measurement, trailingSpace, stale, notation]);
  });

  it("says why: the quota and indicator rules anywhere, other warnings and errors only on the sheets that feed the figures", () => {
    expect(findingRank(planMisses)).toBe("figures");
    expect(findingRank(measurement)).toBe("figures");
    expect(findingRank(notation)).toBe("rest");
    expect(findingRank(trailingSpace)).toBe("error");
  });
});
