import { Text } from "@fluentui/react-components";
import type { CheckReport } from "../../../core/engine/checkWorkbook";
import { useLang, useT } from "../../i18n/strings";
import { useViewStyles } from "../View.styles";
import { disabledRulesLine, overridesLine, quotaLine, referenceDateLine } from "./reportLines";

/** What the check was run against: the reference date and its source, rules switched off, the quota. */
export function CheckHeader({ report }: { report: CheckReport }) {
  const t = useT();
  const lang = useLang();
  const styles = useViewStyles();
  const lines = [referenceDateLine(report, t, lang), disabledRulesLine(report, t), overridesLine(report, t, lang), quotaLine(report, t, lang)];
  return (
    <div className={styles.section}>
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
