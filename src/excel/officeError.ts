/** An Office or Excel error as the task pane shows it: code and message, never swallowed. */
export interface HostError {
  code: string;
  message: string;
  debugInfo?: string;
}

export function toHostError(error: unknown): HostError {
  if (error && typeof error === "object" && "code" in error) {
    const e = error as { code: unknown; message?: unknown; debugInfo?: unknown };
    const debugInfo = e.debugInfo && typeof e.debugInfo === "object" ? JSON.stringify(e.debugInfo) : undefined;
    return { code: String(e.code), message: String(e.message ?? ""), debugInfo };
  }
  if (error instanceof Error) return { code: error.name, message: error.message };
  return { code: "Unknown", message: String(error) };
}
