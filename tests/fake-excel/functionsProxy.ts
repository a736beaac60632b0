/**
 * `Workbook.functions` (ExcelApi 1.2): Excel's worksheet functions evaluated by the host. Only `DATE` is modelled:
 * its result depends on the workbook's date system ("year … from 1900 or 1904 (depending on the workbook's date
 * system)", @types/office-js `Excel.Functions.date`), which makes it the add-in's way to tell the system.
 */

import { FakeClientObject, pin, type PropDef, type Resolver } from "./clientObject";
import type { FakeContext } from "./context";
import { dateSerial } from "./cellInput";

interface FunctionOutcome {
  value: number | null;
  error: string | null;
}

const RESULT_PROPS: Record<string, PropDef<FunctionOutcome>> = {
  value: { get: (r) => r.value },
  error: { get: (r) => r.error },
};

export class FunctionResultProxy extends FakeClientObject<FunctionOutcome> {
  constructor(context: FakeContext, resolve: Resolver<FunctionOutcome>) {
    super(context, "FunctionResult", resolve);
  }

  get _props(): Record<string, PropDef<FunctionOutcome>> {
    return RESULT_PROPS;
  }
}

export class FunctionsProxy extends FakeClientObject<null> {
  constructor(context: FakeContext) {
    super(context, "Functions", () => null);
  }

  get _props(): Record<string, PropDef<null>> {
    return {};
  }

  /** `=DATE(year; month; day)`: the serial in the workbook's own date system, or #NUM! for a date before its start. */
  date(year: number, month: number, day: number): FunctionResultProxy {
    const resolve = pin(this.context, "Functions.date", () => {
      const date1904 = this.context.host.state.date1904;
      const serial = dateSerial(year, month, day, date1904);
      return serial === null || serial < 0 ? { value: null, error: "#NUM!" } : { value: serial, error: null };
    }, "1.2");
    return new FunctionResultProxy(this.context, resolve)._expose();
  }
}
