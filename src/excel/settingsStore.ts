import { cellAddress, rangeAddress } from "../core/address";
import type { LocatedTable } from "../core/locate/locateTable";
import { locateTable } from "../core/locate/locateTable";
import { ParsedTable, type ParsedRow } from "../core/model/parsedTable";
import { readSettings as settingsFrom } from "../core/model/settings";
import { isoToExcelSerial } from "../core/parse/isoDate";
import { SETTING_NAMES, type SettingKey } from "../core/schema/settings";
import { CHOOSABLE_SECTIONS, SECTION_HEADINGS, type SummaryChoice } from "../core/summary/summarySections";
import { SETTINGS } from "../core/schema/tables";
import type { ExcelRun, SettingsValues } from "./gateway";
import { toWorkbookSerial } from "./dateSystem";
import { readSnapshot, readWorkbook } from "./readSnapshot";
import { forgetWorkbookLanguage } from "./workbookLanguage";
import type { HostCapabilities } from "./requirements";
import type { Lang } from "../core/rules/types";
import { refuseProtectedSheets } from "./sheetProtection";

/** The row holding the workbook's language: of the sheets the add-in writes and of BM.STATUS; the pane follows Office. */
export const LANGUAGE_SETTING = SETTING_NAMES.language;

interface SettingWrite {
  name: string;
  value: string | number;
  /** Set before the value, so text stays text and a serial shows as a date. */
  format: string;
  row: ParsedRow | undefined;
}

/** Peildatum, Signaleringstermijn, Marge op koers and Taal from `tblInstellingen`, with the contract's defaults. */
export function readSettings(run: ExcelRun, capabilities: HostCapabilities): Promise<SettingsValues> {
  return run(async (context) => {
    const snapshot = await readSnapshot(context, { mergedAreas: false, platform: capabilities.platform });
    const location = locateTable(snapshot, SETTINGS);
    const settings = settingsFrom(location.found ? new ParsedTable(location.table) : undefined);
    return { referenceDate: settings.referenceDate, staleDays: settings.staleDays, marginPercent: settings.marginPercent, lang: settings.language };
  });
}

/** The writes of the pane's settings; a date goes in as the workbook's own serial (1904 workbooks count from 1904). */
function writesFor(table: ParsedTable, values: SettingsValues, date1904: boolean): SettingWrite[] {
  const rows = settingsFrom(table).rows;
  const writes: SettingWrite[] = [
    { name: SETTING_NAMES.staleDays, value: values.staleDays, format: "0", row: rows.staleDays },
    // General, not a percentage format: with `%` the add-in would read 10 as 1000 %.
    { name: SETTING_NAMES.marginPercent, value: values.marginPercent, format: "General", row: rows.marginPercent },
    { name: LANGUAGE_SETTING, value: values.lang, format: "@", row: rows.language },
  ];
  const date = values.referenceDate ? toWorkbookSerial(isoToExcelSerial(values.referenceDate), date1904) : "";
  if (date !== "" || rows.referenceDate) writes.unshift({ name: SETTING_NAMES.referenceDate, value: date, format: "d-m-yyyy", row: rows.referenceDate });
  return writes;
}


/**
 * Updates the Waarde cells of the pane's settings in four round trips; settings without a row get one in
 * the table's first blank rows, then below it. Other rows are never touched. A new language is followed by a
 * full recalculation, so every BM.STATUS cell gives its words in that language.
 */
export function writeSettings(run: ExcelRun, capabilities: HostCapabilities, values: SettingsValues, paneLang: Lang = "nl"): Promise<void> {
  return writeRows(run, capabilities, paneLang, (table, date1904) => {
    const languageChanged = settingsFrom(table).language !== values.lang;
    return { writes: writesFor(table, values, date1904), recalculate: languageChanged };
  });
}

/**
 * The summary's choice from the pane into `Samenvatting onderdelen`, `… programma's` and `… thema's`, in the
 * workbook's language, as text; a setting that is "all" is left out when it has no row yet, and emptied when it has.
 * The same one read and one write as the other settings.
 */
export function writeSummaryChoice(run: ExcelRun, capabilities: HostCapabilities, choice: SummaryChoice, paneLang: Lang = "nl"): Promise<void> {
  return writeRows(run, capabilities, paneLang, (table) => {
    const settings = settingsFrom(table);
    const lang = settings.language;
    // No programme (theme) ticked cannot be written as a list, and shows the same as leaving the section out.
    const sections = choice.sections.filter((id) => !(id === "indicators" && choice.programmes?.length === 0) && !(id === "activities" && choice.themes?.length === 0));
    const all = sections.length === CHOOSABLE_SECTIONS.length;
    const values: [SettingKey, string][] = [
      ["summarySections", all ? "" : sections.length === 0 ? PAGE_ONE[lang] : sections.map((id) => SECTION_HEADINGS[id][lang]).join("; ")],
      ["summaryProgrammes", choice.programmes?.length ? choice.programmes.join("; ") : ""],
      ["summaryThemes", choice.themes?.length ? choice.themes.join("; ") : ""],
    ];
    const writes = values
      .filter(([key, value]) => value !== "" || settings.rows[key])
      .map(([key, value]): SettingWrite => ({ name: SETTING_NAMES[key], value, format: "@", row: settings.rows[key] }));
    return { writes, recalculate: false };
  });
}

/** What names page 1 alone in `Samenvatting onderdelen` (it always stays, so the list names no other section). */
const PAGE_ONE = { nl: "Kerncijfers", en: "Key figures" } as const;

function missingTable(): Error {
  const error = new Error("De tabel tblInstellingen (blad Instellingen, kolommen Instelling en Waarde) ontbreekt. Kies eerst Inrichten.");
  error.name = "SettingsTableMissing";
  return error;
}

/** One read, the writes `plan` asks for (existing rows, then the table's blank rows, then below it), one sync. */
function writeRows(
  run: ExcelRun,
  capabilities: HostCapabilities,
  paneLang: Lang,
  plan: (table: ParsedTable, date1904: boolean) => { writes: SettingWrite[]; recalculate: boolean },
): Promise<void> {
  return run(async (context) => {
    const { snapshot, date1904, protectedSheets } = await readWorkbook(context, { mergedAreas: false, platform: capabilities.platform });
    const location = locateTable(snapshot, SETTINGS);
    if (!location.found) throw missingTable();
    const located: LocatedTable = location.table;
    refuseProtectedSheets(protectedSheets, [located.sheet], "settings", paneLang);
    const nameColumn = located.columns.get("name")?.index;
    const valueColumn = located.columns.get("value")?.index;
    if (nameColumn === undefined || valueColumn === undefined) throw missingTable();
    const sheet = context.workbook.worksheets.getItem(located.sheet);
    const cell = (row: number, column: number) => sheet.getRange(cellAddress(row, column));
    const { writes, recalculate } = plan(new ParsedTable(located), date1904);
    const blankRows = located.rows.filter((row) => row.blank).map((row) => row.row);
    const appended: SettingWrite[] = [];
    for (const write of writes) {
      const row = write.row?.row ?? blankRows.shift();
      if (row === undefined) {
        appended.push(write);
        continue;
      }
      if (!write.row) {
        cell(row, nameColumn).numberFormat = [["@"]];
        cell(row, nameColumn).values = [[write.name]];
      }
      cell(row, valueColumn).numberFormat = [[write.format]];
      cell(row, valueColumn).values = [[write.value]];
    }
    if (appended.length) appendRows(context, located, appended, nameColumn, valueColumn);
    if (recalculate) {
      // BM.STATUS must not answer the recalculation from what it read before: drop that on both sides of the write.
      forgetWorkbookLanguage();
      context.workbook.application.calculate("Full");
    }
    await context.sync();
    if (recalculate) forgetWorkbookLanguage();
  });
}

/** New rows under the table: through the table so it grows, or straight below a plain range. */
function appendRows(context: Excel.RequestContext, located: LocatedTable, writes: SettingWrite[], nameColumn: number, valueColumn: number): void {
  const bottom = located.rows.length ? located.rows[located.rows.length - 1].row : located.headerRow;
  const width = located.right - located.left + 1;
  const lines = writes.map((write) => {
    const line: (string | number)[] = Array(width).fill("");
    line[nameColumn - located.left] = write.name;
    line[valueColumn - located.left] = write.value;
    return line;
  });
  const sheet = context.workbook.worksheets.getItem(located.sheet);
  if (located.tableName) context.workbook.tables.getItem(located.tableName).rows.add(undefined, lines);
  else sheet.getRange(rangeAddress({ top: bottom + 1, bottom: bottom + lines.length, left: located.left, right: located.right })).values = lines;
  // Rows added to a table are inserted, so their formats are set afterwards; the values are safe as written.
  writes.forEach((write, i) => {
    sheet.getRange(cellAddress(bottom + 1 + i, valueColumn)).numberFormat = [[write.format]];
  });
}
