export { recordState, agreementLabel, type RecordOptions } from "./recordState";
export { stateOfWorkbook } from "./stateOfWorkbook";
export { serializeState, parseState } from "./serializeState";
export { findingKey, findingKeysByRule } from "./findingKey";
export {
  STATE_SHEET,
  FIRST_STATE_ROW,
  planStateWrite,
  readStoredStates,
  previousState,
  latestState,
  stateRowCells,
  stateSheetHeader,
  type EarlierState,
  type StateSheetWrite,
  type StoredState,
} from "./stateSheet";
export { stateProblemText } from "./stateProblemText";
export { fnv1a, fingerprint } from "./fingerprint";
export * from "./types";
