import { cellAddress } from "../address";
import { normalizeText } from "../parse/normalizeText";
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

/** A key equal for rows with the same content (as `sameContent` judges it), to count them in one pass. */
function contentKey(r: ActivityRecord): string {
  const value = (v: StateValue) => (typeof v === "number" ? String(Math.round(v * 1e9) / 1e9) : normalizeText(String(v ?? "")));
  return [listStatus(r.status) ?? value(r.status), r.agreementHash, value(r.schedule), value(r.due), value(r.target), value(r.actual), value(r.note), value(r.updated)].join("\u0000");
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
  // Rows without an ID that were there before exactly like this are not news; counted per content.
  const before = new Map<string, number>();
  for (const r of matched.withoutId.from) before.set(contentKey(r), (before.get(contentKey(r)) ?? 0) + 1);
  return {
    added: matched.added
      .sort((a, b) => a.row - b.row)
      .map((r) => ({ id: r.id, label: r.label, sheet: to.sheet, row: r.row, cell: cell("id", r.row), status: r.status, sameAgreementAs: (r.label !== "" && removedByAgreement.get(r.agreementHash)) || null })),
    removed: matched.removed.sort((a, b) => a.row - b.row).map((r) => ({ id: r.id, label: r.label, sheet: from.sheet, row: r.row, status: r.status })),
    changed,
    duplicates: matched.ambiguous.map((d) => ({ ...d, sheet: to.sheet, cell: d.toRows.length > 0 ? cell("id", d.toRows[0]) : null })),
    withoutId: matched.withoutId.to
      .filter((r) => {
        const key = contentKey(r);
        const left = before.get(key) ?? 0;
        if (left > 0) before.set(key, left - 1);
        return left === 0;
      })
      .map((r) => ({ sheet: to.sheet, row: r.row, cell: cell("id", r.row), label: r.label })),
  };
}
