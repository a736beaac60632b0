import { halfYearDutch, type HalfYear } from "../parse/halfYear";
import { quotaCauses, type QuotaCause, type QuotaConsequence } from "../quota/rootCause";
import { quotaLedger } from "../quota/quotaTable";
import { formatNumber } from "./renderMessage";
import type { Localized, Rule } from "./types";
import { cellTarget } from "./target";

const TABLE_2022 = [
  { Periode: "Eerste helft 2022", Taakstelling: 24, Gehuisvest: 40, "Opgave incl. achterstand": 29, Saldo: 11 },
  { Periode: "Tweede helft 2022", Taakstelling: 33, Gehuisvest: 27, "Opgave incl. achterstand": 22, Saldo: 5 },
  { Periode: "Eerste helft 2023", Taakstelling: 52, Gehuisvest: 30, "Opgave incl. achterstand": 47, Saldo: -17 },
];

function periodWords(period: HalfYear): Localized {
  return { nl: halfYearDutch(period), en: `${period.half === 1 ? "the first" : "the second"} half of ${period.year}` };
}

function standWords(balance: number, lang: "nl" | "en"): string {
  const n = formatNumber(Math.abs(balance), lang);
  if (lang === "nl") return balance < 0 ? `een achterstand van ${n}` : balance > 0 ? `een voorsprong van ${n}` : "een saldo van 0";
  return balance < 0 ? `a backlog of ${n}` : balance > 0 ? `a surplus of ${n}` : "a balance of 0";
}

/** A stated balance in words, never a bare `-56`: "een vermelde achterstand van 56". */
function statedStand(balance: number): Localized {
  return { nl: `${balance === 0 ? "een vermeld" : "een vermelde"} ${standWords(balance, "nl").replace(/^een /, "")}`, en: `a stated ${standWords(balance, "en").replace(/^an? /, "")}` };
}

/** What the previous balance adds to the quota: "plus de achterstand van 56", "min de voorsprong van 11". */
function carriedWords(balance: number): Localized {
  const [nl, en] = [formatNumber(Math.abs(balance), "nl"), formatNumber(Math.abs(balance), "en")];
  if (balance < 0) return { nl: `plus de achterstand van ${nl}`, en: `plus the backlog of ${en}` };
  if (balance > 0) return { nl: `min de voorsprong van ${nl}`, en: `minus the surplus of ${en}` };
  return { nl: "zonder achterstand of voorsprong", en: "with no backlog or surplus" };
}

/** The consequence in one sentence, said once, at the cause: "Daardoor berekent Beleidsmonitor na 2e helft 2024 een achterstand van 48 in plaats van 32." */
function consequenceWords(consequence: QuotaConsequence | null): Localized {
  if (!consequence) return { nl: "", en: "" };
  const { balanceWith: a, balanceWithout: b } = consequence;
  const period = periodWords(consequence.period);
  const backlogs = a < 0 && b < 0;
  const [nlA, nlB, enA, enB] = [formatNumber(-a, "nl"), formatNumber(-b, "nl"), formatNumber(-a, "en"), formatNumber(-b, "en")];
  const nl = backlogs ? `een achterstand van ${nlA} in plaats van ${nlB}` : `${standWords(a, "nl")} in plaats van ${standWords(b, "nl")}`;
  const en = backlogs ? `a backlog of ${enA} instead of ${enB}` : `${standWords(a, "en")} instead of ${standWords(b, "en")}`;
  if (consequence.on === "computed") return { nl: ` Daardoor berekent Beleidsmonitor na ${period.nl} ${nl}.`, en: ` As a result Beleidsmonitor computes ${en} after ${period.en}.` };
  return { nl: ` Daardoor vermeldt de tabel na ${period.nl} ${nl}.`, en: ` As a result the table states ${en} after ${period.en}.` };
}

const MESSAGE_OF: Record<QuotaCause["kind"], string> = { opening: "opening", due: "due", housed: "housed", balance: "balance" };

export const rule: Rule = {
  meta: {
    id: "quota-stated-mismatch",
    name: { nl: "Cijfers taakstelling kloppen niet", en: "Quota figures do not add up" },
    category: "quota",
    severity: "error",
    description: {
      nl: "Een vermelde opgave of een vermeld saldo in Taakstelling past niet bij de rij erboven of bij de eigen rij; gemeld bij de cel die het breekt.",
      en: "A stated due or balance in Taakstelling does not fit the row above or its own row; reported at the cell that breaks it.",
    },
    docs: {
      details: {
        nl: "Per halfjaar geldt: opgave = taakstelling − saldo van het vorige halfjaar, en saldo = gehuisvest − opgave (negatief is achterstand); het eerste halfjaar begint met het `Beginsaldo taakstelling` uit Instellingen. Elke rij wordt met haar eigen buren vergeleken. De eerste rij die niet klopt is de oorzaak: de melding staat bij de cel die de rij breekt, met de waarde die wel zou passen (een opgave die niet volgt uit de vorige rij, of een aantal gehuisvest dat niet past bij de vermelde opgave en het vermelde saldo), en zegt één keer wat het gevolg is voor de achterstand. Rijen daarna die netjes op de vermelde cijfers doorrekenen krijgen geen eigen melding. De vermelde cijfers zijn de officiële (die hebben raad en provincie); Beleidsmonitor rekent ernaast en wijst de cel aan die het verschil verklaart.",
        en: "Per half-year: due = quota − previous balance, balance = housed − due (negative is backlog); the first half-year starts from `Beginsaldo taakstelling` in Instellingen. Each row is compared with its own neighbours. The first row that does not fit is the cause: the finding is at the cell that breaks the row, with the value that would fit (a due that does not follow from the row above, or a housed count that does not fit the stated due and balance), and says the consequence for the backlog once. Rows after it that follow the stated figures get no finding of their own. The stated figures are the official ones; Beleidsmonitor computes beside them and points at the cell that explains the difference.",
      },
      bad: {
        quota: [TABLE_2022[0], { ...TABLE_2022[1], Gehuisvest: 20 }, TABLE_2022[2]],
        settings: [{ Instelling: "Peildatum", Waarde: "2025-06-15" }, { Instelling: "Beginsaldo taakstelling", Waarde: -5 }],
      },
      good: {
        quota: TABLE_2022,
        settings: [{ Instelling: "Peildatum", Waarde: "2025-06-15" }, { Instelling: "Beginsaldo taakstelling", Waarde: -5 }],
      },
    },
    messages: {
      housed: {
        nl: "Gehuisvest {{value}} past niet bij opgave {{due}} en {{balance}}: daarbij horen {{expected}} gehuisvest.{{consequence}}",
        en: "Housed {{value}} does not fit the due {{due}} and {{balance}}: they go with {{expected}} housed.{{consequence}}",
      },
      due: {
        nl: "Opgave incl. achterstand {{value}} volgt niet uit de vorige rij: taakstelling {{quota}} {{carried}} is {{expected}}.{{consequence}}",
        en: "Due {{value}} does not follow from the row above: quota {{quota}} {{carried}} is {{expected}}.{{consequence}}",
      },
      opening: {
        nl: "Opgave incl. achterstand {{value}} volgt niet uit taakstelling {{quota}} en het beginsaldo {{previous}} in Instellingen: dat geeft {{expected}}. Is het beginsaldo {{openingExpected}}, vul dat dan in bij Instellingen.{{consequence}}",
        en: "Due {{value}} does not follow from quota {{quota}} and the opening balance {{previous}} in Instellingen: that gives {{expected}}. If the opening balance is {{openingExpected}}, enter that in Instellingen.{{consequence}}",
      },
      balance: {
        nl: "Saldo {{value}} is niet gehuisvest {{housed}} min opgave {{due}}: dat is {{expected}}, en daarmee rekent de volgende rij door.{{consequence}}",
        en: "Balance {{value}} is not housed {{housed}} minus due {{due}}: that is {{expected}}, and the next row carries that on.{{consequence}}",
      },
      balanceOrHoused: {
        nl: "Saldo {{value}} is niet gehuisvest {{housed}} min opgave {{due}}, dat is {{expected}}; klopt het saldo wel, dan hoort bij gehuisvest {{housedAlternative}}.{{consequence}}",
        en: "Balance {{value}} is not housed {{housed}} minus due {{due}}, which is {{expected}}; if the balance is right, housed should be {{housedAlternative}}.{{consequence}}",
      },
    },
  },
  check(model, context) {
    const table = model.tables.quota;
    if (!table) return;
    const ledger = quotaLedger(table, model.settings.openingBalance);
    for (const cause of quotaCauses(ledger)) {
      const { period } = cause;
      const data = {
        value: cause.value,
        expected: cause.expected,
        quota: period.quota ?? 0,
        previous: cause.previous ?? 0,
        due: cause.due ?? 0,
        balance: statedStand(period.statedBalance ?? 0),
        carried: carriedWords(cause.previous ?? 0),
        housed: period.housed ?? 0,
        openingExpected: cause.openingExpected ?? 0,
        housedAlternative: cause.housedAlternative ?? 0,
        consequence: consequenceWords(cause.consequence),
      };
      const messageId = cause.kind === "balance" && cause.housedAlternative !== undefined ? "balanceOrHoused" : MESSAGE_OF[cause.kind];
      context.report({ messageId, data, at: cellTarget(table, period.row, cause.column) });
    }
  },
};
