import { activityDueDate, activityStatus, activityTimings, isOutdated, isOverdue, isStale, updatedBefore } from "../../../src/core/activities/activityTiming";
import { buildModel } from "../../../src/core/model/workbookModel";
import { fragmentToSnapshot } from "../../../src/core/rules/fragment";

const model = buildModel(
  fragmentToSnapshot({
    activities: [
      { ID: "1.1", Planning: "2024", Status: "In uitvoering", "Laatst bijgewerkt": 45000 },
      { ID: "1.2", Planning: "eerste helft 2026", Deadline: 45700, Status: "gereed", "Laatst bijgewerkt": 45823 },
      { ID: "1.3", Planning: "Doorlopend", Status: "Onbekend", "Laatst bijgewerkt": "n.t.b." },
      { ID: "1.4", Planning: "volgend jaar", Status: null, "Laatst bijgewerkt": null },
      { ID: "1.5", Planning: null, Deadline: "1 maart 2025", Status: "Vertraagd", "Laatst bijgewerkt": 45100 },
    ],
  }),
);
const table = model.tables.activities!;

describe("activityTimings", () => {
  it("gives per row, by row index, what activityStatus, activityDueDate and the update date give row by row", () => {
    const timings = activityTimings(table);
    for (const row of table.rows) {
      expect(timings.statuses[row.index]).toBe(activityStatus(row));
      expect(timings.dueDates[row.index]).toBe(activityDueDate(row));
      expect(timings.updated[row.index]).toBe(row.value("updated"));
    }
    expect(activityTimings(table)).toBe(timings);
  });

  it("tells overdue and stale rows as isOverdue and isStale do", () => {
    const timings = activityTimings(table);
    for (const referenceDate of ["2025-01-01", "2025-06-15", "2027-01-01"]) {
      for (const row of table.filledRows) {
        const closed = timings.statuses[row.index] === "Gereed" || timings.statuses[row.index] === "Vervallen";
        const due = timings.dueDates[row.index];
        expect(!closed && due !== null && due < referenceDate).toBe(isOverdue(row, referenceDate));
        expect(!closed && updatedBefore(timings.updated[row.index], model.settings, referenceDate)).toBe(isStale(row, model.settings, referenceDate));
        expect(updatedBefore(timings.updated[row.index], model.settings, referenceDate)).toBe(isOutdated(row, model.settings, referenceDate));
      }
    }
  });
});
