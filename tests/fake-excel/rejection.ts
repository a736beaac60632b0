import type { FakeOfficeError } from "./index";

/** The error a promise rejects with, for asserting its code and message; fails when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<FakeOfficeError> {
  try {
    await promise;
  } catch (error) {
    return error as FakeOfficeError;
  }
  throw new Error("expected a rejection");
}
