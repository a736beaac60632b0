import type { WorkbookModel } from "../model/workbookModel";
import type { IsoDate } from "../parse/isoDate";
import { quotaProjections, type QuotaProjection } from "./projection";
import { quotaLedger } from "./quotaTable";
import { quotaCauses, quotaHeadline, type QuotaCauseKind } from "./rootCause";

export interface QuotaPeriodReport {
  period: string;
  label: string;
  row: number;
  quota: number | null;
  housed: number | null;
  due: number | null;
  balance: number | null;
  statedDue: number | null;
  statedBalance: number | null;
}

/** A cell that breaks the stated chain, as the reports point at it. */
export interface QuotaCauseReport {
  kind: QuotaCauseKind;
  /** `2024-H1`. */
  period: string;
  sheet: string;
  row: number;
  /** The header as written in the sheet. */
  column: string;
  cell: string;
  value: number;
  /** The value that would make the row consistent with its neighbours. */
  expected: number;
}

/** The backlog as the table states it (the official figure, as council and province have it) and as computed. */
export interface QuotaHeadlineReport {
  /** The half-year both figures are read at: the last with a stated balance, else the last with a computed one. */
  period: string | null;
  label: string | null;
  statedBacklog: number | null;
  computedBacklog: number | null;
  statedBalance: number | null;
  computedBalance: number | null;
  /** The cells that explain a difference between the two, first first. */
  explainedBy: QuotaCauseReport[];
}

export interface QuotaReport {
  openingBalance: number;
  periods: QuotaPeriodReport[];
  /** Computed backlog after the last half-year with a housed count. */
  backlog: number | null;
  headline: QuotaHeadlineReport;
  /** The projection to the end of the running half-year (the first of `projections`). */
  projection: QuotaProjection | null;
  /** The projections to the next two peilmomenten (1 July and 1 January), in date order. */
  projections: QuotaProjection[];
}

const backlogOf = (balance: number | null): number | null => (balance === null ? null : Math.max(0, -balance));

/** The quota figures of the check's report: the ledger, the stated-versus-computed headline and the projection. */
export function quotaReport(model: WorkbookModel, referenceDate: IsoDate): QuotaReport {
  const table = model.tables.quota;
  const ledger = quotaLedger(table, model.settings.openingBalance);
  const headline = quotaHeadline(ledger, quotaCauses(ledger));
  const projections = quotaProjections(ledger, model.tables.plan, referenceDate);
  return {
    openingBalance: ledger.openingBalance,
    periods: ledger.periods.map((p) => ({
      period: p.label,
      label: p.written,
      row: p.row.row,
      quota: p.quota,
      housed: p.housed,
      due: p.due,
      balance: p.balance,
      statedDue: p.statedDue,
      statedBalance: p.statedBalance,
    })),
    backlog: ledger.backlog,
    headline: {
      period: headline.period?.label ?? null,
      label: headline.period?.written ?? null,
      statedBacklog: backlogOf(headline.statedBalance),
      computedBacklog: backlogOf(headline.computedBalance),
      statedBalance: headline.statedBalance,
      computedBalance: headline.computedBalance,
      explainedBy: table
        ? headline.causes.map((c) => ({
            kind: c.kind,
            period: c.period.label,
            sheet: table.sheet,
            row: c.period.row.row,
            column: table.header(c.column),
            cell: c.period.row.cell(c.column),
            value: c.value,
            expected: c.expected,
          }))
        : [],
    },
    projection: projections[0] ?? null,
    projections,
  };
}
