// A fake WorkbookGateway for the pane's tests: plain jest.fn()s, with the check report the real core
// computes for the sample workbook, so every test sees the same findings.
import path from "node:path";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, RendererProvider, createDOMRenderer, type Theme } from "@fluentui/react-components";
import { readWorkbookFile } from "../../src/cli/readWorkbook";
import { checkWorkbook, type CheckReport } from "../../src/core/engine/checkWorkbook";
import type { Lang } from "../../src/core/rules/types";
import type { SettingsValues, StructurePreview, StructureResult, SummaryChoiceOptions, SummaryPreview, WorkbookGateway } from "../../src/excel/gateway";
import { App } from "../../src/taskpane/App";
import { CHANGE_GROUP_IDS } from "../../src/core/compare/describeComparison";

export const TODAY = "2025-09-01";
const SAMPLE = path.resolve(__dirname, "../../assets/Voorbeeld-activiteitenoverzicht.xlsx");

const reports = new Map<Lang, Promise<CheckReport>>();

/** The real check of the sample workbook, computed once per language. */
export function sampleReport(lang: Lang = "nl"): Promise<CheckReport> {
  let report = reports.get(lang);
  if (!report) {
    report = readWorkbookFile(SAMPLE).then(({ snapshot }) => checkWorkbook(snapshot, { today: TODAY, lang }));
    reports.set(lang, report);
  }
  return report;
}

export const SETTINGS: SettingsValues = { referenceDate: "2025-06-15", staleDays: 90, marginPercent: 10, lang: "nl" };

export const PREVIEW: StructurePreview = {
  upToDate: false,
  changes: [
    { kind: "create-sheet", sheet: "Lijsten", target: "Lijsten", description: { nl: "Verborgen blad Lijsten maken met de keuzelijsten", en: "Create the hidden sheet Lijsten with the lists" } },
    { kind: "list-validation", sheet: "Activiteiten", target: "I2:I40", description: { nl: "Keuzelijst Status op kolom Status", en: "Drop-down list Status on column Status" } },
    { kind: "freeze-header", sheet: "Activiteiten", target: "tblActiviteiten", description: { nl: "Kopregel vastzetten", en: "Freeze the header row" } },
  ],
};

export const RESULT: StructureResult = { applied: PREVIEW.changes, undo: "revert-snapshot", syncs: 2 };

export const SUMMARY: SummaryPreview = {
  sheetName: "BO 2025-09-01",
  exists: true,
  sections: [
    { nl: "Activiteiten per status", en: "Activities by status" },
    { nl: "Indicatoren met stoplicht", en: "Indicators with traffic lights" },
  ],
  openErrors: 14,
  openWarnings: 21,
  since: { kind: "none" },
  sinceGroups: [...CHANGE_GROUP_IDS],
  sinceIncluded: true,
  structureProtected: false,
};

/** The sample's programmes and themes, everything chosen (no Samenvatting onderdelen in its Instellingen). */
export const CHOICE: SummaryChoiceOptions = {
  lang: "nl",
  choice: { sections: ["since", "activities", "indicators", "quota", "missing"], programmes: null, themes: null },
  programmes: ["Bestaanszekerheid bieden", "Gezond Samenleven versterken", "Kansengelijkheid vergroten"],
  themes: ["Samenwerking", "Huisvesting vergunninghouders"],
};

export type FakeGateway = { [K in keyof WorkbookGateway]: WorkbookGateway[K] extends (...args: infer A) => infer R ? jest.Mock<R, A> : WorkbookGateway[K] };

/** Every method a jest.fn(); `overrides` replaces some (a rejection, another result). */
export function fakeGateway(report: CheckReport, overrides: Partial<WorkbookGateway> = {}): FakeGateway {
  let revertable = false;
  const gateway: WorkbookGateway = {
    capabilities: { mergedAreas: true, undoGroup: false, dataValidation: true, rangeAreas: true },
    check: jest.fn(async () => report),
    select: jest.fn(async () => undefined),
    highlight: jest.fn(async () => undefined),
    clearHighlight: jest.fn(async () => undefined),
    writeControlSheet: jest.fn(async () => ({ sheetName: "Controle", keptUserSheet: false })),
    planStructure: jest.fn(async () => PREVIEW),
    applyStructure: jest.fn(async () => {
      revertable = true;
      return RESULT;
    }),
    revertStructure: jest.fn(async () => {
      const had = revertable;
      revertable = false;
      return had;
    }),
    canRevert: jest.fn(() => revertable),
    readSettings: jest.fn(async () => SETTINGS),
    writeSettings: jest.fn(async () => undefined),
    readSummaryChoice: jest.fn(async () => CHOICE),
    writeSummaryChoice: jest.fn(async () => undefined),
    previewSummary: jest.fn(async () => SUMMARY),
    writeSummary: jest.fn(async () => ({ sheetName: "BO 2025-09-01" })),
    previewBundle: jest.fn(async () => ({ ok: false as const, problems: [], parties: [] })),
    writeBundle: jest.fn(async () => ({ ok: false as const, problems: [], parties: [] })),
    revertBundle: jest.fn(async () => false),
    canRevertBundle: jest.fn(() => false),
  };
  // Each method is a jest.fn(); the type says so, so tests can assert calls and queue results.
  return { ...gateway, ...overrides } as unknown as FakeGateway;
}

/**
 * jsdom's getComputedStyle walks every CSS rule for every element, and Testing Library's role queries (and Floating
 * UI's positioning) call it for every node and its ancestors: with Fluent's thousands of atomic rules and the
 * theme's 500 CSS variables, one query took seconds. jsdom has no layout, so neither matters here, except the rules
 * that hide something (a Tab's hidden reserved-space label, for one): the pane's tests keep only those, and render
 * without the theme's variables. The real styles are seen in the browser test's screenshots.
 */
const HIDING_RULE = /display:\s*none|visibility:\s*hidden/;
export const keepHidingRules = (cssRule: string): boolean => HIDING_RULE.test(cssRule);

const NO_THEME_VARIABLES = {} as Theme;

export function renderApp(gateway: FakeGateway, lang: Lang = "nl") {
  return render(
    <RendererProvider renderer={createDOMRenderer(document, { unstable_filterCSSRule: keepHidingRules })}>
      <FluentProvider theme={NO_THEME_VARIABLES}>
        <App gateway={gateway} lang={lang} today={TODAY} />
      </FluentProvider>
    </RendererProvider>,
  );
}

/** Opens a tab and waits for its view: the views other than Controleren load on their first visit. */
export async function openTab(name: string): Promise<void> {
  fireEvent.click(screen.getByRole("tab", { name }));
  await waitFor(() => {
    if (screen.queryByText(/^(Bezig met openen…|Opening…)$/)) throw new Error(`the view of tab ${name} is still loading`);
  });
}

/**
 * In jsdom, Tabster's modalizer marks an open Fluent Dialog aria-hidden about 100 ms after it opens: its focus
 * tracking does not take jsdom's focus as inside the dialog. Chromium does not do this (the browser test finds
 * the dialog and its buttons by role). Dialog queries in these tests include hidden elements for that reason only.
 */
export const HIDDEN_BY_TABSTER = true;
