import type { Lang } from "../rules/types";
import type { TodoItem } from "../todo/partyTodo";
import { PlanSheetBuilder, text } from "./planSheetBuilder";
import { RETURN_INFO_SHEETS } from "./returnIdentity";
import { RETURN_WORDS } from "./returnWords";
import { OPEN_PROTECTION, type SheetPlan } from "./sheetPlan";

/** A to-do item with where it is in the return (or null when the return does not hold that row). */
export interface PlacedTodo {
  item: TodoItem;
  /** The agreement the item is about: the activity's Afspraak, the indicator's name. */
  agreement: string;
  inReturn: { sheet: string; cell: string } | null;
}

/** The party's open items from the last check, each with the agreement's words and its cell in the return. */
export function todoSheet(party: string, items: readonly PlacedTodo[], lang: Lang): SheetPlan {
  const w = RETURN_WORDS[lang].todo;
  const sheet = new PlanSheetBuilder([6, 48, 60, 16, 8]);
  sheet.banner(w.title(party), "title", false);
  sheet.banner(items.length === 0 ? w.none : w.intro, "note");
  sheet.skip();
  sheet.line(w.columns.map((header) => ({ value: text(header), style: "tableHeader" as const })));
  const headerRow = sheet.row - 1;
  items.forEach((placed, index) => {
    const { item, agreement, inReturn } = placed;
    sheet.line([
      { value: { type: "number", value: index + 1 } },
      { value: text(item.what), wrap: true },
      { value: agreement ? text(agreement) : null, wrap: true },
      { value: text(inReturn ? inReturn.sheet : w.inOverview(item.sheet)), wrap: !inReturn },
      { value: inReturn ? text(inReturn.cell) : item.cell ? text(item.cell) : null },
    ]);
  });
  return sheet.toSheet(RETURN_INFO_SHEETS[lang].todo, { frozenRows: headerRow, protection: OPEN_PROTECTION });
}
