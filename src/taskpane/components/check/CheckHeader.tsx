import { Text } from "@fluentui/react-components";
import type { CheckReport } from "../../../core/engine/checkWorkbook";
import { useLang, useT } from "../../i18n/strings";
import { useViewStyles } from "../View.styles";
import { disabledRulesLine, headlineLines, overridesLine, quotaLine, referenceDateLine } from "./reportLines";

/** The summary's headline (the quota's key figures), then what the check was run against: reference date, rules switched off. */
export function CheckHeader({ report }: { report: CheckReport }) {
  const t = useT();
  const lang = useLang();
  const styles = useViewStyles();
  const headline = headlineLines(report, lang);
  const lines = [referenceDateLine(report, t, lang), disabledRulesLine(report, t), overridesLine(report, t, lang), headline.length === 0 ? quotaLine(report, t, lang) : null];
  return (
    <div className={styles.section}>
      {headline.map((line) => (
        <Text block key={line} weight="semibold">
          {line}
        </Text>
      ))}
      {lines.map((line) =>
        line ? (
          <Text block key={line} size={200}>
            {line}
          </Text>
        ) : null,
      )}
    </div>
  );
}
