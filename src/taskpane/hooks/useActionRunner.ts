import { useCallback, useEffect, useRef, useState } from "react";
import { toHostError, type HostError } from "../../excel/officeError";

/** How long an action may take before the pane shows a progress bar. */
export const BUSY_DELAY_MS = 300;

export interface ShownError extends HostError {
  id: number;
  /** The action that failed, as the user knows it ("Controleren"). */
  action: string;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false };

export interface RunOptions {
  /** A blocking action disables the other actions and shows the progress bar; selecting a cell does not. */
  blocking?: boolean;
}

export type RunAction = <T>(action: string, work: () => Promise<T>, options?: RunOptions) => Promise<Outcome<T>>;

export interface ActionRunner {
  run: RunAction;
  /** The blocking action under way, from its first moment (for disabling buttons). */
  pending: string | null;
  /** The same, but only once it has taken longer than BUSY_DELAY_MS (for the progress bar). */
  slow: string | null;
  errors: ShownError[];
  dismissError(id: number): void;
}

/**
 * Runs every workbook action of the pane: catches each rejection, keeps it as a shown error with the
 * Office code and logs it, so nothing is swallowed; tracks the blocking action for the progress bar.
 */
export function useActionRunner(): ActionRunner {
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [pending, setPending] = useState<string | null>(null);
  const [slow, setSlow] = useState<string | null>(null);
  const nextId = useRef(1);

  useEffect(() => {
    setSlow(null);
    if (!pending) return;
    const timer = setTimeout(() => setSlow(pending), BUSY_DELAY_MS);
    return () => clearTimeout(timer);
  }, [pending]);

  const run = useCallback<RunAction>(async (action, work, options = {}) => {
    const blocking = options.blocking ?? true;
    if (blocking) {
      setErrors([]);
      setPending(action);
    }
    try {
      return { ok: true, value: await work() };
    } catch (error) {
      const hostError = toHostError(error);
      console.error(`Beleidsmonitor: ${action} failed with ${hostError.code}: ${hostError.message}`, hostError.debugInfo ?? "", error);
      const id = nextId.current++;
      setErrors((list) => [...list, { ...hostError, id, action }]);
      return { ok: false };
    } finally {
      if (blocking) setPending(null);
    }
  }, []);

  const dismissError = useCallback((id: number) => setErrors((list) => list.filter((e) => e.id !== id)), []);

  return { run, pending, slow, errors, dismissError };
}
