import type { Rule } from "./types";
import { rule as activityOverdue } from "./activity-overdue";
import { rule as totalsRow } from "./totals-row";
import { rule as tableRangeInvalid } from "./table-range-invalid";
import { rule as tableOnOtherSheet } from "./table-on-other-sheet";
import { rule as tableEmpty } from "./table-empty";
import { rule as rowsBelowTable } from "./rows-below-table";
import { rule as formulaWithoutValue } from "./formula-without-value";
import { rule as blankRowInTable } from "./blank-row-in-table";
import { rule as cellErrorValue } from "./cell-error-value";
import { rule as columnMissing } from "./column-missing";
import { rule as directionContradiction } from "./direction-contradiction";
import { rule as duplicateHeader } from "./duplicate-header";
import { rule as duplicateId } from "./duplicate-id";
import { rule as housedImplausible } from "./housed-implausible";
import { rule as indicatorWithoutMeasurement } from "./indicator-without-measurement";
import { rule as measurementAfterReferenceDate } from "./measurement-after-reference-date";
import { rule as mergedCells } from "./merged-cells";
import { rule as negativeCount } from "./negative-count";
import { rule as numberStoredAsText } from "./number-stored-as-text";
import { rule as percentNotationMixed } from "./percent-notation-mixed";
import { rule as percentageAbove100 } from "./percentage-above-100";
import { rule as periodUnreadable } from "./period-unreadable";
import { rule as placeholderValue } from "./placeholder-value";
import { rule as planProjectedBacklog } from "./plan-projected-backlog";
import { rule as planRealisationMissing } from "./plan-realisation-missing";
import { rule as planningEndBeforeStart } from "./planning-end-before-start";
import { rule as quotaPeriodSequence } from "./quota-period-sequence";
import { rule as quotaStatedMismatch } from "./quota-stated-mismatch";
import { rule as renamedHeader } from "./renamed-header";
import { rule as requiredValueMissing } from "./required-value-missing";
import { rule as settingInvalid } from "./setting-invalid";
import { rule as staleRow } from "./stale-row";
import { rule as tableMissing } from "./table-missing";
import { rule as targetEqualsBaseline } from "./target-equals-baseline";
import { rule as targetYearBeforeBaselineYear } from "./target-year-before-baseline-year";
import { rule as unknownIndicator } from "./unknown-indicator";
import { rule as unknownParty } from "./unknown-party";
import { rule as unparseableValue } from "./unparseable-value";
import { rule as valueNotInList } from "./value-not-in-list";

/** Every rule, by id. The file name of each rule module is its id. */
export const RULES: Readonly<Record<string, Rule>> = {
  "totals-row": totalsRow,
  "table-range-invalid": tableRangeInvalid,
  "table-on-other-sheet": tableOnOtherSheet,
  "table-empty": tableEmpty,
  "rows-below-table": rowsBelowTable,
  "formula-without-value": formulaWithoutValue,
  "activity-overdue": activityOverdue,
  "blank-row-in-table": blankRowInTable,
  "cell-error-value": cellErrorValue,
  "column-missing": columnMissing,
  "direction-contradiction": directionContradiction,
  "duplicate-header": duplicateHeader,
  "duplicate-id": duplicateId,
  "housed-implausible": housedImplausible,
  "indicator-without-measurement": indicatorWithoutMeasurement,
  "measurement-after-reference-date": measurementAfterReferenceDate,
  "merged-cells": mergedCells,
  "negative-count": negativeCount,
  "number-stored-as-text": numberStoredAsText,
  "percent-notation-mixed": percentNotationMixed,
  "percentage-above-100": percentageAbove100,
  "period-unreadable": periodUnreadable,
  "placeholder-value": placeholderValue,
  "plan-projected-backlog": planProjectedBacklog,
  "plan-realisation-missing": planRealisationMissing,
  "planning-end-before-start": planningEndBeforeStart,
  "quota-period-sequence": quotaPeriodSequence,
  "quota-stated-mismatch": quotaStatedMismatch,
  "renamed-header": renamedHeader,
  "required-value-missing": requiredValueMissing,
  "setting-invalid": settingInvalid,
  "stale-row": staleRow,
  "table-missing": tableMissing,
  "target-equals-baseline": targetEqualsBaseline,
  "target-year-before-baseline-year": targetYearBeforeBaselineYear,
  "unknown-indicator": unknownIndicator,
  "unknown-party": unknownParty,
  "unparseable-value": unparseableValue,
  "value-not-in-list": valueNotInList,
};

export const ALL_RULES: readonly Rule[] = Object.values(RULES);
