import { quotaLedger } from "../quota/quotaTable";
import type { Rule } from "./types";
import { cellTarget } from "./target";

const TABLE_2022 = [
  { Periode: "Eerste helft 2022", Taakstelling: 24, Gehuisvest: 40, "Opgave incl. achterstand": 29, Saldo: 11 },
  { Periode: "Tweede helft 2022", Taakstelling: 33, Gehuisvest: 27, "Opgave incl. achterstand": 22, Saldo: 5 },
];

export const rule: Rule = {
  meta: {
    id: "quota-stated-mismatch",
    category: "quota",
    severity: "error",
    description: {
      nl: "De opgave of het saldo in Taakstelling wijkt af van wat de taakstelling, het aantal gehuisveste vergunninghouders en het beginsaldo opleveren.",
      en: "The stated due or balance in Taakstelling differs from what the quota, the housed count and the opening balance give.",
    },
    docs: {
      details: {
        nl: "Per halfjaar geldt: opgave = taakstelling − saldo van het vorige halfjaar, en saldo = gehuisvest − opgave (negatief is achterstand). Het eerste halfjaar begint met het `Beginsaldo taakstelling` uit Instellingen. Klopt een vermeld getal niet, dan staat in de melding wat het wel moet zijn en waarom. Een fout in één halfjaar werkt door in de volgende; die meldingen noemen de oorzaak.",
        en: "Per half-year: due = quota − previous balance, balance = housed − due (negative is backlog). The first half-year starts from `Beginsaldo taakstelling` in Instellingen. A stated figure that does not add up is reported with the correct value and why. An error in one half-year carries into the next; those findings name the cause.",
      },
      bad: {
        quota: [TABLE_2022[0], { ...TABLE_2022[1], Gehuisvest: 20 }],
        settings: [{ Instelling: "Peildatum", Waarde: "2025-06-15" }, { Instelling: "Beginsaldo taakstelling", Waarde: -5 }],
      },
      good: {
        quota: TABLE_2022,
        settings: [{ Instelling: "Peildatum", Waarde: "2025-06-15" }, { Instelling: "Beginsaldo taakstelling", Waarde: -5 }],
      },
    },
    messages: {
      dueDiffers: {
        nl: "Opgave incl. achterstand is {{stated}}, berekend is {{computed}} (taakstelling {{quota}} en saldo vorige periode {{previous}}).",
        en: "Stated due is {{stated}}, computed {{computed}} (quota {{quota}} and previous balance {{previous}}).",
      },
      dueCarried: {
        nl: "Opgave incl. achterstand is {{stated}}, berekend is {{computed}}: het saldo van {{cause}} is {{previous}}, niet {{statedPrevious}}.",
        en: "Stated due is {{stated}}, computed {{computed}}: the balance of {{cause}} is {{previous}}, not {{statedPrevious}}.",
      },
      balanceDiffers: {
        nl: "Saldo is {{stated}}, berekend is {{computed}} (gehuisvest {{housed}} − opgave {{due}}).",
        en: "Stated balance is {{stated}}, computed {{computed}} (housed {{housed}} − due {{due}}).",
      },
    },
  },
  check(model, context) {
    const table = model.tables.quota;
    if (!table) return;
    const ledger = quotaLedger(table, model.settings.openingBalance);
    ledger.periods.forEach((period, i) => {
      const previous = i === 0 ? ledger.openingBalance : ledger.periods[i - 1].balance;
      const statedPrevious = i === 0 ? ledger.openingBalance : ledger.periods[i - 1].statedBalance;
      if (period.statedDue !== null && period.due !== null && period.statedDue !== period.due && previous !== null) {
        const carried = statedPrevious !== null && statedPrevious !== previous && period.quota !== null && period.statedDue === period.quota - statedPrevious;
        const data = { stated: period.statedDue, computed: period.due, quota: period.quota ?? 0, previous };
        if (carried) {
          context.report({
            messageId: "dueCarried",
            data: { ...data, cause: ledger.periods[i - 1].written, statedPrevious: statedPrevious ?? 0 },
            at: cellTarget(table, period.row, "due"),
          });
        } else {
          context.report({ messageId: "dueDiffers", data, at: cellTarget(table, period.row, "due") });
        }
      }
      if (period.statedBalance !== null && period.balance !== null && period.statedBalance !== period.balance) {
        context.report({
          messageId: "balanceDiffers",
          data: { stated: period.statedBalance, computed: period.balance, housed: period.housed ?? 0, due: period.due ?? 0 },
          at: cellTarget(table, period.row, "balance"),
        });
      }
    });
  },
};
