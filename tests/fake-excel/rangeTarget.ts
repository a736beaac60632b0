/** What a range-bound proxy resolves to: a rectangle on a sheet that must still exist. */

import { FakeClientObject } from "./clientObject";
import type { HostCore } from "./context";
import type { RangeBox } from "./boxes";
import { officeError } from "./errors";
import type { SheetState } from "./state";

export interface RangeTarget {
  sheet: SheetState;
  box: RangeBox;
}

export function assertLiveSheet(host: HostCore, sheet: SheetState, member: string): void {
  if (!host.state.sheets.includes(sheet)) throw officeError("ItemNotFound", member);
}

/** Objects bound to a rectangle fail once their sheet has been deleted. */
export abstract class RangeBound extends FakeClientObject<RangeTarget> {
  override _resolveAt(member: string): RangeTarget | null {
    const target = super._resolveAt(member);
    if (target) assertLiveSheet(this.context.host, target.sheet, member);
    return target;
  }
}
