/**
 * Dutch names and descriptions of the custom functions, keyed by the stable id from functions.ts.
 * The build (scripts/dutch-metadata.js) turns functions.json into functions.nl.json with this table and
 * fails when a function or parameter has no Dutch text. Keep this file free of imports: the build loads it alone.
 */
export interface DutchFunctionText {
  name: string;
  description: string;
  /** Keyed by the English parameter name in functions.ts. */
  parameters: Record<string, { name?: string; description: string }>;
  result?: string;
}

export const DUTCH: Record<string, DutchFunctionText> = {
  BALANCE: {
    name: "SALDO",
    description:
      "Saldo van de taakstelling huisvesting vergunninghouders na elk halfjaar: negatief is achterstand, positief voorsprong. Leeg zolang het aantal gehuisvesten niet bekend is.",
    parameters: {
      quotas: { name: "taakstellingen", description: "Taakstelling per halfjaar, als kolom of rij (het eerste halfjaar eerst)." },
      housed: {
        name: "gehuisvest",
        description: "Gehuisveste vergunninghouders per halfjaar, even lang; laat een cel leeg zolang het aantal niet bekend is.",
      },
      openingBalance: {
        name: "beginsaldo",
        description: "Saldo vóór het eerste halfjaar (negatief is achterstand). Standaard 0.",
      },
    },
    result: "Het saldo na elk halfjaar, als kolom.",
  },
};
