import { Badge, Dropdown, Field, Option, ToggleButton, Text } from "@fluentui/react-components";
import type { CheckReport } from "../../../core/engine/checkWorkbook";
import { SEVERITIES, SEVERITY_LABELS } from "../../../core/i18n/labels";
import type { Severity } from "../../../core/rules/types";
import { useLang, useT } from "../../i18n/strings";
import { useViewStyles } from "../View.styles";
import { SEVERITY_COLOR } from "./groupFindings";

export interface FindingsFilterProps {
  report: CheckReport;
  severities: ReadonlySet<Severity>;
  onToggleSeverity(severity: Severity): void;
  sheet: string | null;
  sheets: readonly { sheet: string; count: number }[];
  onSheet(sheet: string | null): void;
  shown: number;
}

const ALL = "";

/** Counts per severity that double as filters, and a sheet filter. */
export function FindingsFilter({ report, severities, onToggleSeverity, sheet, sheets, onSheet, shown }: FindingsFilterProps) {
  const t = useT();
  const lang = useLang();
  const styles = useViewStyles();
  const sheetLabel = (name: string | null) => {
    if (name === null) return t("filterAllSheets");
    const count = sheets.find((s) => s.sheet === name)?.count ?? 0;
    return t("filterSheetOption", { sheet: name, count });
  };
  return (
    <div className={styles.section}>
      <div role="group" aria-label={t("filterSeverity")} className={styles.actions}>
        {SEVERITIES.map((severity) => (
          <ToggleButton
            key={severity}
            size="small"
            checked={severities.has(severity)}
            onClick={() => onToggleSeverity(severity)}
            icon={<Badge appearance="filled" color={SEVERITY_COLOR[severity]}>{report.counts[severity]}</Badge>}
          >
            {SEVERITY_LABELS[lang][severity].heading}
          </ToggleButton>
        ))}
      </div>
      <Field label={t("filterSheet")}>
        <Dropdown
          value={sheetLabel(sheet)}
          selectedOptions={[sheet ?? ALL]}
          onOptionSelect={(_, data) => onSheet(data.optionValue ? data.optionValue : null)}
        >
          <Option value={ALL}>{t("filterAllSheets")}</Option>
          {sheets.map(({ sheet: name }) => (
            <Option key={name} value={name}>
              {sheetLabel(name)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Text size={200} className={styles.muted}>
        {t("filteredCount", { shown, total: report.findings.length })}
      </Text>
    </div>
  );
}
