import type { WorkbookGateway } from "../../excel/gateway";
import type { IsoDate } from "../../core/parse/isoDate";
import type { RunAction } from "../hooks/useActionRunner";

/** What every view gets from the shell: the workbook, the action runner and the day. */
export interface ViewProps {
  gateway: WorkbookGateway;
  run: RunAction;
  /** A blocking action is under way: the view's own action buttons wait. */
  busy: boolean;
  today: IsoDate;
}
