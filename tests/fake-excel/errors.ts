/** Errors shaped like `OfficeExtension.Error`, so adapter code can read `code`, `message` and `debugInfo`. */

const MESSAGES: Record<string, string> = {
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
