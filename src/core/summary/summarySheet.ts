/**
 * A sheet the add-in or the command line writes, described without any spreadsheet library:
 * the core decides what goes where, each adapter (Office.js, ExcelJS) only translates.
 */

/** How a value is written. Every `text` and `heading` value is literal text, never a formula. */
export type SummaryCellKind = "text" | "heading" | "number" | "percent" | "date";

export type TrafficLight = "green" | "orange" | "red" | "grey";

/** Named looks; `SUMMARY_STYLES` in `summaryStyles.ts` says what each means. */
export type SummaryStyleKey =
  | "title"
  | "subtitle"
  | "warningBanner"
  | "okBanner"
  | "sectionHeading"
  | "subheading"
  | "tableHeader"
  | "label"
  | "cell"
  | "total"
  | "note"
  | "small"
  | `trafficLight-${TrafficLight}`;

export interface SummaryCell {
  /** 1-based Excel row. */
  row: number;
  /** 0-based column. */
  column: number;
  /** Dates are Excel serial numbers (1900 system); percentages are fractions (0,079 is 7,9 %). */
  value: string | number | null;
  kind: SummaryCellKind;
  style: SummaryStyleKey;
  /** Excel format code (en-US syntax) for number, percent and date cells. */
  numberFormat?: string;
  /** Text wraps inside the cell (the row height is set to fit). */
  wrap?: boolean;
  /** Overrides the usual alignment (numbers right, text left, traffic lights centred). */
  align?: "left" | "center" | "right";
}

export interface SummarySection {
  id: string;
  title: string;
  /** Rows the section occupies; every section but the first starts a new printed page. */
  firstRow: number;
  lastRow: number;
}

/** A bar inside each cell of a column, proportional to its value between `min` and `max`. */
export interface SummaryDataBar {
  /** A1 range on the sheet, e.g. `J12:J30`. */
  range: string;
  min: number;
  max: number;
  /** `#RRGGBB`. */
  color: string;
}

/** A column chart for hosts that can draw one (the add-in); the command line shows `cliNote` instead. */
export interface SummaryChart {
  type: "columnClustered";
  title: string;
  /** Header row plus data: the first column holds the categories, each further column one series. */
  source: string;
  /** Cells the chart covers, e.g. `A30` to `L48`. */
  from: string;
  to: string;
  /** Where the note for hosts without charts goes (spanning `span` columns), and what it says. */
  cliNote: { row: number; column: number; span: number; text: string };
}

/** Page header or footer in three parts; `&P` and `&N` are the page number and count. */
export interface HeaderFooter {
  left: string;
  center: string;
  right: string;
}

export interface SummaryPrint {
  orientation: "landscape";
  paperSize: "A4";
  fitToWidth: 1;
  /** 0: as many pages high as needed. */
  fitToHeight: 0;
  /** Rows repeated at the top of every printed page. */
  titleRows: { first: number; last: number };
  header: HeaderFooter;
  footer: HeaderFooter;
  /** Rows after which a new page starts (the row before each section). */
  breaksAfter: number[];
  /** The whole printed area, e.g. `A1:L120`. */
  area: string;
}

export interface SummarySheet {
  name: string;
  cells: SummaryCell[];
  /** A1 ranges. */
  merges: string[];
  /** Widths of the columns from A, in characters (Excel's column width unit). */
  columnWidths: number[];
  /** Heights in points of rows that need more than one line. */
  rowHeights: Record<number, number>;
  sections: SummarySection[];
  print: SummaryPrint;
  dataBars: SummaryDataBar[];
  chart: SummaryChart | null;
  /** Rows kept in view while scrolling. */
  frozenRows: number;
  tabColor: string;
}
