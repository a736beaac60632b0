import type { Rule } from "./types";
import { rule as cellErrorValue } from "./cell-error-value";
import { rule as columnMissing } from "./column-missing";
import { rule as duplicateId } from "./duplicate-id";
import { rule as periodUnreadable } from "./period-unreadable";
import { rule as placeholderValue } from "./placeholder-value";
import { rule as quotaStatedMismatch } from "./quota-stated-mismatch";
import { rule as requiredValueMissing } from "./required-value-missing";
import { rule as tableMissing } from "./table-missing";
import { rule as unknownParty } from "./unknown-party";
import { rule as unparseableValue } from "./unparseable-value";
import { rule as valueNotInList } from "./value-not-in-list";

/** Every rule, by id. The file name of each rule module is its id. */
export const RULES: Readonly<Record<string, Rule>> = {
  "cell-error-value": cellErrorValue,
  "column-missing": columnMissing,
  "duplicate-id": duplicateId,
  "period-unreadable": periodUnreadable,
  "placeholder-value": placeholderValue,
  "quota-stated-mismatch": quotaStatedMismatch,
  "required-value-missing": requiredValueMissing,
  "table-missing": tableMissing,
  "unknown-party": unknownParty,
  "unparseable-value": unparseableValue,
  "value-not-in-list": valueNotInList,
};

export const ALL_RULES: readonly Rule[] = Object.values(RULES);
