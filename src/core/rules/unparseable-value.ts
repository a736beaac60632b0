import type { CellValue } from "../cell";
import { parseDutchNumber } from "../parse/parseDutchNumber";
import type { ColumnType } from "../schema/tables";
import { isParsedType } from "../model/parseCell";
import type { Localized, Rule } from "./types";
import { cellTarget } from "./target";
import { cellValueWords } from "./valueWords";

const KIND: Partial<Record<ColumnType, Localized>> = {
  number: { nl: "getal", en: "number" },
  wholeNumber: { nl: "geheel getal", en: "whole number" },
  date: { nl: "datum", en: "date" },
  year: { nl: "jaartal", en: "year" },
  halfYear: { nl: "halfjaar (zoals 2e helft 2024)", en: "half-year (such as 2024-H2)" },
  month: { nl: "maand (zoals jan 2025)", en: "month (such as Jan 2025)" },
  countOrRange: { nl: "aantal of bereik (zoals 10-20)", en: "count or range (such as 10-20)" },
};

/** A count typed as a plain fraction (`54.81`): refused by the parser, told apart so the message says why. */
function isFraction(type: ColumnType, value: CellValue | undefined): boolean {
  if ((type !== "wholeNumber" && type !== "countOrRange") || value === undefined) return false;
  const number = parseDutchNumber(value);
  return number.ok && !number.value.percent && !number.value.currency && !Number.isInteger(number.value.value);
}

export const rule: Rule = {
  meta: {
    id: "unparseable-value",
    name: { nl: "Waarde onleesbaar", en: "Unreadable value" },
    category: "values",
    severity: "error",
    description: {
      nl: "Een getal, datum, jaartal, halfjaar of maand is niet te lezen.",
      en: "A number, date, year, half-year or month cannot be read.",
    },
    docs: {
      details: {
        nl: "Getallen mogen op zijn Nederlands (`7,9%`, `1.234`, `ca. 140`, `€ 20.000,-`), datums als `1 juli 2025` of `1-7-2025`, halfjaren als `2e helft 2024` of `2024-H2`. Wat daarbuiten valt wordt niet geraden maar gemeld, met de tekst erbij. Teksten als `n.t.b.` meldt `placeholder-value`, planningsteksten `period-unreadable`.",
        en: "Numbers may be Dutch (`7,9%`, `1.234`, `ca. 140`), dates like `1 juli 2025`, half-years like `2e helft 2024` or `2024-H2`. Anything else is not guessed but reported, with the text quoted. Texts like `n.t.b.` are reported by `placeholder-value`, planning texts by `period-unreadable`.",
      },
      bad: { quota: [{ Periode: "najaar", Taakstelling: "veertig" }] },
      good: { quota: [{ Periode: "2e helft 2024", Taakstelling: "42" }] },
    },
    messages: {
      unreadable: {
        nl: "{{header}} '{{text}}' is niet te lezen als {{kind}}.",
        en: "{{header}} '{{text}}' cannot be read as a {{kind}}.",
      },
      notWhole: {
        nl: "{{header}} '{{text}}' moet een geheel getal zijn.",
        en: "{{header}} '{{text}}' must be a whole number.",
      },
    },
  },
  // Planning texts have their own rule (period-unreadable).
  cells: { kinds: ["text", "number", "boolean"], byValue: true, columns: (_table, column) => column.type !== "period" && isParsedType(column.type) },
  checkCell({ table, row, column }, context) {
    const result = row.parsed(column.key);
    if (!result || result.ok || result.reason !== "invalid") return;
    const header = table.header(column.key);
    const text = cellValueWords(row, column.key);
    const at = cellTarget(table, row, column.key);
    if (isFraction(column.type, row.get(column.key))) context.report({ messageId: "notWhole", data: { header, text }, at });
    else context.report({ messageId: "unreadable", data: { header, text, kind: KIND[column.type] ?? column.type }, at });
  },
};
