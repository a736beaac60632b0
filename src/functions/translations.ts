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

const QUOTA_PARAMETERS = {
  quotas: { name: "taakstellingen", description: "Taakstelling per halfjaar, als kolom of rij (het eerste halfjaar eerst)." },
  housed: {
    name: "gehuisvest",
    description: "Gehuisveste vergunninghouders per halfjaar, even lang; laat een cel leeg zolang het aantal niet bekend is.",
  },
  openingBalance: { name: "beginsaldo", description: "Saldo vóór het eerste halfjaar (negatief is achterstand). Standaard 0." },
};

const INDICATOR = {
  baseline: { name: "nulmeting", description: "De waarde bij de nulmeting; een percentage mag u typen als 7,9%." },
  baselineYear: { name: "nuljaar", description: "Het jaar van de nulmeting." },
  target: { name: "streefwaarde", description: "De streefwaarde." },
  targetYear: { name: "streefjaar", description: "Het jaar waarin de streefwaarde bereikt moet zijn." },
  actual: { name: "actueel", description: "De laatst gemeten waarde." },
  direction: {
    name: "richting",
    description: "Toename, Afname, Gelijk, Maximaal of Minimaal; zonder richting bepalen de getallen die (streefwaarde boven de nulmeting is Toename).",
  },
};

export const DUTCH: Record<string, DutchFunctionText> = {
  DUE: {
    name: "OPGAVE",
    description:
      "Opgave per halfjaar voor de huisvesting van vergunninghouders: de taakstelling plus de meegenomen achterstand, of min de meegenomen voorsprong. Leeg na een halfjaar zonder aantal gehuisvest.",
    parameters: QUOTA_PARAMETERS,
    result: "De opgave van elk halfjaar, als kolom.",
  },
  BALANCE: {
    name: "SALDO",
    description:
      "Saldo van de taakstelling huisvesting vergunninghouders na elk halfjaar: negatief is achterstand, positief voorsprong. Leeg zolang het aantal gehuisvesten niet bekend is.",
    parameters: QUOTA_PARAMETERS,
    result: "Het saldo na elk halfjaar, als kolom.",
  },
  BACKLOG: {
    name: "ACHTERSTAND",
    description:
      "Achterstand op de taakstelling huisvesting vergunninghouders na het laatste halfjaar met een aantal gehuisvest; 0 bij een voorsprong.",
    parameters: QUOTA_PARAMETERS,
    result: "De achterstand (0 of meer).",
  },
  SHORTFALL: {
    name: "TEKORT",
    description:
      "Het tekort dat aan het eind van het lopende halfjaar te verwachten is: de opgave min wat al gerealiseerd is min wat voor de resterende maanden gepland staat; 0 als de planning volstaat.",
    parameters: {
      due: { name: "opgave", description: "De opgave van het halfjaar, inclusief achterstand." },
      realised: { name: "gerealiseerd", description: "Het aantal dat dit halfjaar al gehuisvest is; leeg is nog geen." },
      planned: {
        name: "gepland",
        description: "De planning voor de resterende maanden: getallen, - voor geen, of een bereik zoals 10-20.",
      },
      count: {
        name: "telling",
        description: "\"min\" (standaard) telt een bereik zoals 10-20 met het minimum, \"max\" met het maximum.",
      },
      realisedPerMonth: {
        name: "gerealiseerd_per_maand",
        description: "Wat per maand gerealiseerd is, naast gepland en even groot (de kolom Gerealiseerd van Planning): een ingevulde cel vervangt het geplande aantal van die maand.",
      },
    },
    result: "Het verwachte tekort (0 of meer).",
  },
  PROGRESS: {
    name: "VOORTGANG",
    description: "Voortgang van een indicator als fractie: 0 bij de nulmeting, 1 (100%) als de streefwaarde bereikt is.",
    parameters: { baseline: INDICATOR.baseline, target: INDICATOR.target, actual: INDICATOR.actual, direction: INDICATOR.direction },
    result: "De voortgang als fractie; toon die met een procentnotatie.",
  },
  EXPECTED: {
    name: "VERWACHT",
    description: "De verwachte waarde van een indicator in een jaar, op de rechte lijn van de nulmeting naar de streefwaarde.",
    parameters: {
      baseline: INDICATOR.baseline,
      baselineYear: INDICATOR.baselineYear,
      target: INDICATOR.target,
      targetYear: INDICATOR.targetYear,
      year: { name: "jaar", description: "Het jaar waarvoor u de verwachte waarde wilt weten." },
    },
    result: "De verwachte waarde; vóór het nuljaar de nulmeting, vanaf het streefjaar de streefwaarde.",
  },
  STATUS: {
    name: "STATUS",
    description: "De stand van een indicator in woorden: Behaald, Op koers, Achter, Niet behaald of Onbekend.",
    parameters: {
      baseline: INDICATOR.baseline,
      baselineYear: INDICATOR.baselineYear,
      target: { name: "streefwaarde", description: "De streefwaarde; mag leeg zijn bij Toename of Afname die alleen in woorden is vastgelegd." },
      targetYear: INDICATOR.targetYear,
      actual: INDICATOR.actual,
      measurementYear: { name: "meetjaar", description: "Het jaar van de laatste meting." },
      direction: INDICATOR.direction,
      margin: {
        name: "marge",
        description: "Marge voor op koers, als percentage van het verschil tussen nulmeting en streefwaarde. Standaard 10.",
      },
    },
    result: "De status als woord.",
  },
  PERIOD: {
    name: "PERIODE",
    description:
      "Hoe een planningstekst gelezen wordt: beginjaar, eindjaar en soort (jaar, bereik, open, jaarlijks, terugkerend, doorlopend, gebeurtenis, schema).",
    parameters: {
      text: { name: "tekst", description: "Een planningstekst zoals \"2025 - 2028\", \"vanaf 2025\" of \"Jaarlijks\"." },
    },
    result: "Eén rij: beginjaar, eindjaar (leeg als de tekst er geen noemt) en soort.",
  },
  HALFYEAR: {
    name: "HALFJAAR",
    description: "Het halfjaar van een datum of van een halfjaartekst, in de vorm 2025-H1.",
    parameters: {
      dateOrText: {
        name: "datum_of_tekst",
        description: "Een datum, een datum als tekst zoals \"15-6-2025\", of een halfjaar zoals \"2e helft 2024\" of \"H2 2024\".",
      },
    },
    result: "Het halfjaar, zoals 2025-H1.",
  },
};
