import { cellAddress } from "../address";
import { ACTIVITIES } from "../schema/tables";
import type { ActivityRecord, StateTable, StateValue } from "../state/types";
import { matchById } from "./matchById";
import { sameValue } from "./sameValue";
import { listStatus, statusChange } from "./statusChange";
import type { ActivityChange, ActivityChangeKind, ActivityChanges, CompareOptions } from "./types";

type Field = "status" | "agreementHash" | "schedule" | "due" | "target" | "actual" | "note" | "updated";

/** The compared columns in the order a change list shows them; `key` is the contract key of the column. */
const COMPARED: { field: Field; key: string; kind: ActivityChangeKind }[] = [
  { field: "status", key: "status", kind: "status" },
  { field: "agreementHash", key: "agreement", kind: "agreement" },
  { field: "schedule", key: "schedule", kind: "agreement" },
  { field: "due", key: "due", kind: "agreement" },
  { field: "target", key: "target", kind: "agreement" },
  { field: "actual", key: "actual", kind: "realisation" },
  { field: "note", key: "note", kind: "note" },
  { field: "updated", key: "updated", kind: "updated" },
];

const MINOR: readonly ActivityChangeKind[] = ["note", "updated"];
const EMPTY: StateTable<ActivityRecord> = { sheet: ACTIVITIES.sheet, columns: {}, rows: [] };

function sameField(a: ActivityRecord, b: ActivityRecord, field: Field): boolean {
  if (field === "status") {
    const [x, y] = [listStatus(a.status), listStatus(b.status)];
    return x !== null || y !== null ? x === y : sameValue(a.status, b.status);
  }
  return sameValue(a[field], b[field]);
}

/** Everything but the row number: two rows that say the same. */
function sameContent(a: ActivityRecord, b: ActivityRecord): boolean {
  return COMPARED.every(({ field }) => sameField(a, b, field));
}

/** The Afspraak as the comparison shows it: the whole text when known, else the recorded first words. */
function agreementText(record: ActivityRecord): StateValue {
  return record.agreement ?? record.label;
}

export function compareActivities(
  earlier: StateTable<ActivityRecord> | null,
  later: StateTable<ActivityRecord> | null,
  options: CompareOptions,
): ActivityChanges {
  const from = earlier ?? EMPTY;
  const to = later ?? { ...EMPTY, sheet: from.sheet };
  const header = (key: string) => to.columns[key]?.header ?? from.columns[key]?.header ?? ACTIVITIES.columns.find((c) => c.key === key)!.header;
  const cell = (key: string, row: number) => (to.columns[key] ? cellAddress(row, to.columns[key].index) : null);
  const matched = matchById(from.rows, to.rows, (r) => r.id, sameContent);

  const changed: ActivityChange[] = [];
  const pairs = [...matched.pairs].sort((a, b) => a[1].row - b[1].row);
  for (const [before, after] of pairs) {
    for (const { field, key, kind } of COMPARED) {
      if (MINOR.includes(kind) && !options.includeMinor) continue;
      if (sameField(before, after, field)) continue;
      const change: ActivityChange = {
        id: after.id,
        label: after.label,
        kind,
        column: header(key),
        from: field === "agreementHash" ? agreementText(before) : before[field],
        to: field === "agreementHash" ? agreementText(after) : after[field],
        sheet: to.sheet,
        cell: cell(key, after.row),
      };
      if (field === "status") {
        change.statusChange = statusChange(before.status, after.status);
        if (change.statusChange === "vertraagd" || change.statusChange === "vervallen") change.note = after.note;
      }
      changed.push(change);
    }
  }

  // An empty Afspraak says nothing about sameness.
  const removedByAgreement = new Map(matched.removed.filter((r) => r.label !== "").map((r) => [r.agreementHash, r.id]));
  const unchangedWithoutId = [...matched.withoutId.from];
  return {
    added: matched.added
      .sort((a, b) => a.row - b.row)
      .map((r) => ({ id: r.id, label: r.label, sheet: to.sheet, row: r.row, cell: cell("id", r.row), status: r.status, sameAgreementAs: (r.label !== "" && removedByAgreement.get(r.agreementHash)) || null })),
    removed: matched.removed.sort((a, b) => a.row - b.row).map((r) => ({ id: r.id, label: r.label, sheet: from.sheet, row: r.row, status: r.status })),
    changed,
    duplicates: matched.ambiguous.map((d) => ({ ...d, sheet: to.sheet, cell: d.toRows.length > 0 ? cell("id", d.toRows[0]) : null })),
    withoutId: matched.withoutId.to
      .filter((r) => {
        const at = unchangedWithoutId.findIndex((old) => sameContent(old, r));
        if (at >= 0) unchangedWithoutId.splice(at, 1);
        return at < 0;
      })
      .map((r) => ({ sheet: to.sheet, row: r.row, cell: cell("id", r.row), label: r.label })),
  };
}
