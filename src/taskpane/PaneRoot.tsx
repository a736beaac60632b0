import { FluentProvider, type Theme } from "@fluentui/react-components";
import type { Lang } from "../core/rules/types";
import type { WorkbookGateway } from "../excel/gateway";
import { App } from "./App";
import { useToday } from "./useToday";

export interface PaneRootProps {
  gateway: WorkbookGateway;
  lang: Lang;
  theme?: Theme;
  /** The clock, for tests; the real one by default. */
  clock?: () => Date;
}

/** The pane with Office's theme and a date that moves on at midnight. */
export function PaneRoot({ gateway, lang, theme, clock }: PaneRootProps) {
  const today = useToday(clock);
  return (
    <FluentProvider theme={theme}>
      <App gateway={gateway} lang={lang} today={today} />
    </FluentProvider>
  );
}
