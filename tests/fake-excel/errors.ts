/**
 * Errors shaped like `OfficeExtension.Error`, so adapter code can read `code`, `message` and `debugInfo`.
 * Codes are Excel's and never localized; messages are ("Error codes are not localized … message … in the
 * localized string", `excel/excel-add-ins-error-handling.md`): a Dutch host gives Dutch messages, so no code can
 * lean on the English wording.
 */

const MESSAGES: Record<string, string> = {
  UndoNotSupported: "The API you are trying to use doesn't support undo and can't be grouped.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
  AccessDenied: "You cannot perform the requested operation.",
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "A resource with the same name or identifier already exists.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  ApiNotFound: "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
  InvalidObjectPath: "The object path isn't working for what you're trying to do.",
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation.',
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
};

/** The server's messages on a Dutch host (our wording: what matters is that they are not English). */
const DUTCH_MESSAGES: Record<string, string> = {
  ItemNotFound: "De aangevraagde resource bestaat niet.",
  ItemAlreadyExists: "Er bestaat al een resource met dezelfde naam of id.",
  InvalidArgument: "Het argument is ongeldig, ontbreekt of heeft een onjuiste indeling.",
  InvalidOperation: "De bewerking is ongeldig voor het object.",
  ApiNotFound: "De API die u probeert te gebruiken, is niet gevonden.",
  InvalidObjectPath: "Het objectpad werkt niet voor wat u probeert te doen.",
  UndoNotSupported: "De API ondersteunt Ongedaan maken niet en kan niet worden gegroepeerd.",
  RequestPayloadSizeLimitExceeded: "De omvang van de aanvraag is groter dan de limiet.",
  ResponsePayloadSizeLimitExceeded: "De omvang van het antwoord is groter dan de limiet.",
  RangeExceedsLimit: "Het aantal cellen in het bereik is groter dan het maximum.",
  AccessDenied: "U kunt de aangevraagde bewerking niet uitvoeren.",
};

export interface FakeDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

export class FakeOfficeError extends Error {
  override name = "OfficeExtension.Error";
  readonly code: string;
  readonly debugInfo: FakeDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: FakeOfficeError | null = null;

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }

  /** The error as `sync()` rejects with it: a `RichApi.Error`, its message in the host's language. */
  fromServer(locale: string): FakeOfficeError {
    const dutch = locale === "nl-NL" && this.message === MESSAGES[this.code] ? DUTCH_MESSAGES[this.code] : undefined;
    const error = new FakeOfficeError(this.code, dutch ?? this.message, this.debugInfo.errorLocation);
    error.name = "RichApi.Error";
    return error;
  }
}

export function officeError(code: string, errorLocation?: string, message?: string): FakeOfficeError {
  return new FakeOfficeError(code, message ?? MESSAGES[code] ?? code, errorLocation);
}

export function propertyNotLoaded(property: string, typeName: string): FakeOfficeError {
  const message =
    `The property '${property}' is not available. Before reading the property's value, ` +
    `call the load method on the containing object and call "context.sync()" on the associated request context.`;
  return new FakeOfficeError("PropertyNotLoaded", message, `${typeName}.${property}`);
}

/** A gap in the fake, not an Excel error: thrown at call time so nothing silently succeeds. */
export function notImplemented(member: string): Error {
  return new Error(`FakeExcelHost: ${member} not implemented`);
}

/** The error codes exposed as `OfficeExtension.ErrorCodes`. */
export const OFFICE_EXTENSION_ERROR_CODES = {
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  activityLimitReached: "ActivityLimitReached",
  invalidObjectPath: "InvalidObjectPath",
  propertyNotLoaded: "PropertyNotLoaded",
  valueNotLoaded: "ValueNotLoaded",
  invalidRequestContext: "InvalidRequestContext",
  invalidArgument: "InvalidArgument",
  runMustReturnPromise: "RunMustReturnPromise",
  cannotRegisterEvent: "CannotRegisterEvent",
  apiNotFound: "ApiNotFound",
  connectionFailure: "ConnectionFailure",
};
