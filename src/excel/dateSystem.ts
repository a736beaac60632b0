/**
 * Workbooks in the 1904 date system (Excel for Mac's old default) count dates from 1 January 1904: their serial
 * is 1462 lower than the same date's in the 1900 system, which the snapshot and the core always use.
 */
export const DAYS_1900_TO_1904 = 1462;

/**
 * The workbook's date system, asked of Excel's own DATE function (`Workbook.functions`, ExcelApi 1.2): its
 * result is counted "from 1900 or 1904 (depending on the workbook's date system)" (@types/office-js
 * `Excel.Functions.date`). `Workbook.use1904DateSystem` would say it directly, but is a preview API only.
 */
export function queueDateSystemProbe(context: Excel.RequestContext): () => boolean {
  const probe = context.workbook.functions.date(1904, 1, 1).load("value");
  return () => probe.value === 0;
}

/** A number format that shows a date (with or without a time): `d-m-yyyy`, `dd/mm/yy hh:mm`, `[$-413]d mmmm yyyy`. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === "General") return false;
  const bare = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /[dy]/i.test(bare) && !/[0#?@]/.test(bare);
}

/** A cell's number as the snapshot holds it: a date in a 1904 workbook moves to the 1900 system. */
export function toSnapshotNumber(value: number, format: string | undefined, date1904: boolean): number {
  return date1904 && isDateFormat(format) ? value + DAYS_1900_TO_1904 : value;
}

/** A 1900-system date serial as the workbook stores it. */
export function toWorkbookSerial(serial: number, date1904: boolean): number {
  return date1904 ? serial - DAYS_1900_TO_1904 : serial;
}
