import type { SummaryStyleKey, TrafficLight } from "./summarySheet";

/** What a style key looks like; both adapters translate this one table, so screen and file agree. */
export interface CellLook {
  size: number;
  color: string;
  bold?: boolean;
  italic?: boolean;
  fill?: string;
  /** A thin line under the cell, in this colour. */
  borderBottom?: string;
  borderTop?: string;
  horizontal?: "left" | "center" | "right";
}

const NAVY = "#1F3A5F";
const SLATE = "#44546A";
const LINE = "#D0D7E1";

/** The fill and text colour of each traffic light; the word is always in the cell as well. */
export const TRAFFIC_LIGHT_COLORS: Record<TrafficLight, { fill: string; color: string }> = {
  green: { fill: "#C6E0B4", color: "#1E4620" },
  orange: { fill: "#F8CBAD", color: "#7A3A0A" },
  red: { fill: "#F4B6B6", color: "#7A1F1F" },
  grey: { fill: "#D9D9D9", color: "#3A3A3A" },
};

const light = (key: TrafficLight): CellLook => ({ size: 10, bold: true, horizontal: "center", borderBottom: LINE, ...TRAFFIC_LIGHT_COLORS[key] });

export const SUMMARY_STYLES: Record<SummaryStyleKey, CellLook> = {
  title: { size: 16, bold: true, color: NAVY },
  subtitle: { size: 11, color: SLATE },
  warningBanner: { size: 11, bold: true, color: "#7A1F1F", fill: "#F9DADA" },
  okBanner: { size: 11, color: "#1E4620", fill: "#E2F0D9" },
  sectionHeading: { size: 13, bold: true, color: "#FFFFFF", fill: NAVY },
  subheading: { size: 11, bold: true, color: NAVY, borderBottom: NAVY },
  tableHeader: { size: 10, bold: true, color: NAVY, fill: "#E3E9F1", borderBottom: "#8EA2BC" },
  label: { size: 10, bold: true, color: SLATE, borderBottom: LINE },
  cell: { size: 10, color: "#222222", borderBottom: LINE },
  total: { size: 10, bold: true, color: "#222222", fill: "#F2F4F7", borderTop: "#8EA2BC" },
  note: { size: 9, italic: true, color: "#595959" },
  /** A table cell in a smaller size, for long texts beside figures (an indicator's source and explanation). */
  small: { size: 9, color: "#333333", borderBottom: LINE },
  "trafficLight-green": light("green"),
  "trafficLight-orange": light("orange"),
  "trafficLight-red": light("red"),
  "trafficLight-grey": light("grey"),
};

/** Colours of the bars that stand in for, or accompany, the chart. */
export const BAR_COLORS = { progress: "#5B9BD5", due: "#8EA9C8", housed: "#70AD47" } as const;

export const TAB_COLOR = NAVY;
