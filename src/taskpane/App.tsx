import { lazy, Suspense, useState, type ComponentType } from "react";
import { AriaLiveAnnouncer, Spinner, Tab, TabList, Text, useId } from "@fluentui/react-components";
import type { IsoDate } from "../core/parse/isoDate";
import type { Lang } from "../core/rules/types";
import type { WorkbookGateway } from "../excel/gateway";
import { useAppStyles } from "./App.styles";
import { BusyIndicator } from "./components/BusyIndicator";
import { CheckView } from "./components/check/CheckView";
import { ErrorMessages } from "./components/ErrorMessages";
import type { ViewProps } from "./components/viewProps";
import { ViewErrorBoundary } from "./components/ViewErrorBoundary";
import { useActionRunner } from "./hooks/useActionRunner";
import { LangContext, useT, type StringKey } from "./i18n/strings";

export interface AppProps {
  /** The workbook: Office.js in Excel, a fake in tests. The pane knows nothing else of Excel. */
  gateway: WorkbookGateway;
  lang: Lang;
  /** Today in the user's time zone; the check never reads the clock itself. */
  today: IsoDate;
}

type ViewKey = "check" | "structure" | "summary" | "bundle" | "settings";


// The pane opens on Controleren; the other views are fetched once it shows (prefetch) and run on their first visit,
// so Excel shows the pane sooner.
const StructureView = lazy(() => import(/* webpackChunkName: "inrichten-view", webpackPrefetch: true */ "./components/structure/StructureView").then((m) => ({ default: m.StructureView })));
const SummaryView = lazy(() => import(/* webpackChunkName: "samenvatting-view", webpackPrefetch: true */ "./components/summary/SummaryView").then((m) => ({ default: m.SummaryView })));
const BundleView = lazy(() => import(/* webpackChunkName: "bundelen-view", webpackPrefetch: true */ "./components/bundle/BundleView").then((m) => ({ default: m.BundleView })));
const SettingsView = lazy(() => import(/* webpackChunkName: "instellingen-view", webpackPrefetch: true */ "./components/settings/SettingsView").then((m) => ({ default: m.SettingsView })));

const VIEWS: { key: ViewKey; label: StringKey; View: ComponentType<ViewProps> }[] = [
  { key: "check", label: "tabCheck", View: CheckView },
  { key: "structure", label: "tabStructure", View: StructureView },
  { key: "summary", label: "tabSummary", View: SummaryView },
  { key: "bundle", label: "tabBundle", View: BundleView },
  { key: "settings", label: "tabSettings", View: SettingsView },
];

export function App(props: AppProps) {
  return (
    <LangContext.Provider value={props.lang}>
      <AriaLiveAnnouncer>
        <Shell {...props} />
      </AriaLiveAnnouncer>
    </LangContext.Provider>
  );
}

/** Tabs, the error area and the progress bar; a view is mounted on its first visit and then kept, with its results. */
function Shell({ gateway, today }: AppProps) {
  const t = useT();
  const styles = useAppStyles();
  const runner = useActionRunner();
  const baseId = useId("bm");
  const [selected, setSelected] = useState<ViewKey>("check");
  const [visited, setVisited] = useState<ReadonlySet<ViewKey>>(() => new Set(["check"]));

  const select = (key: ViewKey) => {
    setSelected(key);
    setVisited((set) => (set.has(key) ? set : new Set([...set, key])));
  };
  const viewProps: ViewProps = { gateway, run: runner.run, busy: runner.pending !== null, today };

  return (
    <main className={styles.root}>
      <Text as="h1" size={500} weight="semibold" className={styles.title}>
        {t("appTitle")}
      </Text>
      <div className={styles.sticky}>
        <TabList className={styles.tabs} size="small" selectedValue={selected} onTabSelect={(_, data) => select(data.value as ViewKey)} aria-label={t("tabsLabel")}>
          {VIEWS.map(({ key, label }) => (
            <Tab key={key} value={key} id={`${baseId}-tab-${key}`} aria-controls={visited.has(key) ? `${baseId}-panel-${key}` : undefined}>
              {t(label)}
            </Tab>
          ))}
        </TabList>
        <ErrorMessages errors={runner.errors} onDismiss={runner.dismissError} />
        <BusyIndicator action={runner.slow} />
      </div>
      {VIEWS.map(({ key, View }) =>
        visited.has(key) ? (
          <div key={key} role="tabpanel" id={`${baseId}-panel-${key}`} aria-labelledby={`${baseId}-tab-${key}`} hidden={selected !== key} className={styles.panel}>
            <ViewErrorBoundary title={t("viewFailed")} hint={t("viewFailedHint")} notLoaded={{ title: t("viewNotLoaded"), hint: t("viewNotLoadedHint") }}>
              <Suspense fallback={<Spinner size="small" label={t("viewLoading")} />}>
                <View {...viewProps} />
              </Suspense>
            </ViewErrorBoundary>
          </div>
        ) : null,
      )}
    </main>
  );
}
