/** The fixed drop-down lists of the workbook contract, in the order users see them. */
export const STATUSES = ["Niet gestart", "In uitvoering", "Vertraagd", "Gereed", "Vervallen"] as const;
export type Status = (typeof STATUSES)[number];

export const DIRECTIONS = ["Toename", "Afname", "Gelijk", "Maximaal", "Minimaal"] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const ROLES = ["Gemeente", "Corporatie", "Huurdersorganisatie", "Zorg en welzijn", "Overig"] as const;
export type Role = (typeof ROLES)[number];

/** Group names usable in Trekker/Betrokkenen, and the role each stands for. */
export const PARTY_GROUPS: Record<string, Role> = {
  Gemeente: "Gemeente",
  Corporaties: "Corporatie",
  Huurdersorganisaties: "Huurdersorganisatie",
};

/** Statuses after which an activity needs no further delivery. */
export const CLOSED_STATUSES: readonly Status[] = ["Gereed", "Vervallen"];
