import { nodeDeflatePiece } from "../../src/cli/nodeDeflate";
import { cellAt } from "../../src/core/locate/sheetGrid";
import { openPatcher } from "../../src/xlsx/patcher";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { buildXlsx, deflateRaw, inflateRaw } from "./buildXlsx";

/** A sheet whose XML passes a million characters, so the patcher keeps it deflated once it is rewritten. */
function largeWorkbook(rows: number): Uint8Array {
  const body = Array.from({ length: rows }, (_, i) => [`${i + 1}`, `Afspraak nummer ${i + 1} — één regel`, "Niet gestart"]);
  return buildXlsx({ sheets: [{ name: "Activiteiten", rows: [["ID", "Afspraak", "Status"], ...body] }] });
}

describe("a large rewritten part is kept deflated (deflatePiece) and read back when it is edited again", () => {
  it("gives the same workbook as the patcher that keeps every part as text, for an edit, a second edit of the same sheet and a new sheet", () => {
    const bytes = largeWorkbook(12_000);
    const edit = (withPieces: boolean) => {
      const patch = openPatcher(bytes, { inflateRaw, deflateRaw, ...(withPieces ? { deflatePiece: nodeDeflatePiece } : {}) });
      patch.setCells("Activiteiten", [{ cell: "C2", value: "Gereed" }, { cell: "C12001", value: "In uitvoering" }]);
      patch.appendRows("Activiteiten", 12_002, 0, [["12001", "Nieuwe afspraak", "Niet gestart"]]);
      patch.setCells("Activiteiten", [{ cell: "B3", value: "=HYPERLINK(\"x\")" }]);
      patch.addWorksheet({ name: "Bundeling", header: ["Cel", "Waarde"], rows: [["C2", "Gereed"]] });
      return readXlsx(patch.toBytes(), { inflateRaw });
    };
    const pieces = edit(true);
    const whole = edit(false);
    expect(pieces.sheets.map((s) => s.name)).toEqual(["Activiteiten", "Bundeling"]);
    const sheet = pieces.sheets[0];
    expect(cellAt(sheet, 2, 2)).toBe("Gereed");
    expect(cellAt(sheet, 12_001, 2)).toBe("In uitvoering");
    expect(cellAt(sheet, 12_002, 1)).toBe("Nieuwe afspraak");
    expect(cellAt(sheet, 3, 1)).toBe("=HYPERLINK(\"x\")");
    expect(cellAt(sheet, 501, 1)).toBe("Afspraak nummer 500 — één regel");
    expect(pieces.sheets).toEqual(whole.sheets);
  });
});
