/** A sheet's merged areas, indexed by row: the summary merges one area per row, and a scan per write was quadratic. */

import { intersect, type RangeBox } from "./boxes";

export class MergeList {
  private readonly areas = new Set<RangeBox>();
  private readonly byRow = new Map<number, Set<RangeBox>>();

  get size(): number {
    return this.areas.size;
  }

  all(): RangeBox[] {
    return [...this.areas];
  }

  push(area: RangeBox): void {
    this.areas.add(area);
    for (let row = area.top; row <= area.bottom; row++) {
      let bucket = this.byRow.get(row);
      if (!bucket) this.byRow.set(row, (bucket = new Set()));
      bucket.add(area);
    }
  }

  clear(): void {
    this.areas.clear();
    this.byRow.clear();
  }

  /** The areas that share at least one cell with `box`. */
  overlapping(box: RangeBox): RangeBox[] {
    const found = new Set<RangeBox>();
    if (box.bottom - box.top + 1 > this.byRow.size) {
      for (const area of this.areas) if (intersect(area, box)) found.add(area);
    } else {
      for (let row = box.top; row <= box.bottom; row++) for (const area of this.byRow.get(row) ?? []) if (intersect(area, box)) found.add(area);
    }
    return [...found];
  }

  removeOverlapping(box: RangeBox): void {
    for (const area of this.overlapping(box)) {
      this.areas.delete(area);
      for (let row = area.top; row <= area.bottom; row++) {
        const bucket = this.byRow.get(row)!;
        bucket.delete(area);
        if (bucket.size === 0) this.byRow.delete(row);
      }
    }
  }
}
