// Shared set-up for the task-pane tests (jsdom): what Fluent UI needs from a browser that jsdom lacks, and jest-axe.
import { configure } from "@testing-library/react";
import { toHaveNoViolations } from "jest-axe";

expect.extend(toHaveNoViolations);

// What a test waits for (findBy…, waitFor) may take over Testing Library's one second with two suites on two shared
// cores: one role query over the pane takes hundreds of ms there, and reading a return and bundling it over a second.
// Something that never comes still fails, after five seconds.
configure({ asyncUtilTimeout: 5_000 });

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

// The pane loads the views other than Controleren on their first visit (React.lazy). Here they are loaded with the test
// file, as before: a tab's first visit then waits for the view, not for the module loader, which on a busy machine
// took longer than Testing Library's one second. (`requireActual`: a view a test mocks as unloadable stays so.)
for (const view of ["structure/StructureView", "summary/SummaryView", "bundle/BundleView", "settings/SettingsView"]) {
  jest.requireActual(`../../src/taskpane/components/${view}`);
}
