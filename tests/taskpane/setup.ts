// Shared set-up for the task-pane tests (jsdom): what Fluent UI needs from a browser that jsdom lacks, and jest-axe.
import { toHaveNoViolations } from "jest-axe";

expect.extend(toHaveNoViolations);

// Rendering the whole pane with 40 findings and running axe over it takes seconds on a busy CI machine.
jest.setTimeout(30_000);

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const scope = globalThis as Record<string, unknown>;
if (!scope.ResizeObserver) scope.ResizeObserver = ResizeObserverStub;

if (typeof window !== "undefined" && !window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// A React warning (act, keys, props) or an unexpected logged error fails the test that caused it.
// Tests that expect an error spy on console.error themselves.
const originalError = console.error;
let logged: unknown[][] = [];
beforeEach(() => {
  logged = [];
  console.error = (...args: unknown[]) => {
    logged.push(args);
    originalError(...args);
  };
});
afterEach(() => {
  console.error = originalError;
  if (logged.length > 0) throw new Error(`console.error during the test: ${String(logged[0][0]).slice(0, 300)}`);
});
