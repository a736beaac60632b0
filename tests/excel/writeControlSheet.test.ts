import type { Finding } from "../../src/core/rules/types";
import { controlSheetName, writeControlSheet } from "../../src/excel/writeControlSheet";
import { createOfficeGlobals, FakeExcelHost } from "../fake-excel";
import { ALL_RULES } from "../../src/core/rules";

const NAMES = { nl: Object.fromEntries(ALL_RULES.map((r) => [r.meta.id, r.meta.name.nl])), en: Object.fromEntries(ALL_RULES.map((r) => [r.meta.id, r.meta.name.en])) };

function finding(value: Finding["value"], severity: Finding["severity"] = "warning", cell: string | null = "H7"): Finding {
  return { rule: "value-not-in-list", category: "values", severity, sheet: "Activiteiten", table: "activities", row: 7, column: "status", cell, message: "Status ‘x’ staat niet in de lijst.", value };
}

function setup() {
  const host = new FakeExcelHost();
  host.addSheet("Activiteiten", [["ID"], ["1"]]);
  const { Excel } = createOfficeGlobals(host);
  return { host, run: Excel.run };
}

describe("the Controle sheet", () => {
  it("writes the findings as table tblControle, every text literally, never as a formula", async () => {
    const { host, run } = setup();
    const texts = ['=HYPERLINK("http://x")', "+31 6 12345678", "-5 woningen", "@home", "1-3-2025"];
    host.resetCounters();
    const written = await writeControlSheet(run, [finding(12, "error", null), ...texts.map((t) => finding(t)), finding(null, "info")], "nl", NAMES.nl);
    expect(written).toEqual({ sheetName: "Controle", keptUserSheet: false });
    expect(host.syncCount).toBe(2);
    expect(host.tableInfo("tblControle")).toEqual({ sheet: "Controle", address: "Controle!A1:F8", headers: ["Ernst", "Regel", "Blad", "Cel", "Melding", "Waarde"] });
    texts.forEach((text, i) => expect(host.cell("Controle", `F${i + 3}`)).toMatchObject({ value: text, formula: null, valueType: "String" }));
    expect(host.sheetValues("Controle")[2].slice(0, 5)).toEqual(["waarschuwing", "Waarde niet in de lijst", "Activiteiten", "H7", "Status ‘x’ staat niet in de lijst."]);
    expect(host.sheetValues("Controle")[1]).toEqual(["fout", "Waarde niet in de lijst", "Activiteiten", "", "Status ‘x’ staat niet in de lijst.", 12]);
    expect(host.sheetValues("Controle")[7][0]).toBe("melding");
  });

  it("writes a date cell's value as Dutch date text, right in a 1904 workbook too", async () => {
    const { host, run } = setup();
    const stale: Finding = { ...finding(45839), rule: "stale-row", category: "time", column: "updated", cell: "N7" };
    await writeControlSheet(run, [stale], "nl", NAMES.nl);
    expect(host.cell("Controle", "F2")).toMatchObject({ value: "1 juli 2025", valueType: "String" });
  });

  it("lists the findings in the pane's order: what changes a BO figure first, then errors, then the rest", async () => {
    const { host, run } = setup();
    const quota: Finding = { ...finding(18), rule: "quota-stated-mismatch", category: "quota", sheet: "Taakstelling", cell: "C6" };
    await writeControlSheet(run, [finding("x", "error"), finding("y"), quota], "nl", NAMES.nl);
    expect(host.sheetValues("Controle").slice(1).map((row) => row[1])).toEqual(["Cijfers taakstelling kloppen niet", "Waarde niet in de lijst", "Waarde niet in de lijst"]);
    expect(host.sheetValues("Controle").slice(1).map((row) => row[0])).toEqual(["waarschuwing", "fout", "waarschuwing"]);
  });

  it("writes severities in English when asked", async () => {
    const { host, run } = setup();
    await writeControlSheet(run, [finding("x", "error"), finding("y", "info")], "en", NAMES.en);
    expect(host.sheetValues("Controle").map((row) => row[0])).toEqual(["Ernst", "error", "notice"]);
  });

  it("replaces its own sheet on the next run, in the same place, without clearing the user's undo history", async () => {
    const { host, run } = setup();
    await writeControlSheet(run, [finding("a"), finding("b")], "nl", NAMES.nl);
    host.addSheet("Later");
    await run(async (context) => {
      context.workbook.worksheets.getItem("Controle").position = 0;
      await context.sync();
    });
    await run(async (context) => {
      context.workbook.worksheets.getItem("Later").getRange("A1").values = [["eigen werk"]];
      await context.sync();
    });
    const clearsBefore = host.undoLog.clears.length;
    await writeControlSheet(run, [], "nl", NAMES.nl);
    expect(host.sheetNames()).toEqual(["Controle", "Activiteiten", "Later"]);
    expect(host.tableInfo("tblControle")?.address).toBe("Controle!A1:F2");
    expect(host.sheetValues("Controle")).toEqual([["Ernst", "Regel", "Blad", "Cel", "Melding", "Waarde"], ["", "", "", "", "Geen bevindingen bij deze controle.", ""]]);
    // Desktop Excel cannot undo deleting or moving a sheet: the user's own edit must still be on the stack.
    expect(host.undoLog.clears.length).toBe(clearsBefore);
    expect(host.undoStack.some((entry) => entry.members.includes("Range.values"))).toBe(true);
  });

  it("keeps a user's own sheet called Controle and writes to Controle 2", async () => {
    const { host, run } = setup();
    host.addSheet("Controle", [["Mijn eigen controle"]]);
    const before = host.cell("Controle", "A1");
    expect(await writeControlSheet(run, [finding("x")], "nl", NAMES.nl)).toEqual({ sheetName: "Controle 2", keptUserSheet: true });
    expect(host.cell("Controle", "A1")).toEqual(before);
    expect(host.tableInfo("tblControle")?.sheet).toBe("Controle 2");
    expect(await writeControlSheet(run, [finding("y")], "nl", NAMES.nl)).toEqual({ sheetName: "Controle 2", keptUserSheet: false });
    expect(host.sheetNames()).toEqual(["Activiteiten", "Controle", "Controle 2"]);
  });

  it("names the sheet past every taken Controle n", () => {
    expect(controlSheetName(["Controle", "controle 2"], null)).toBe("Controle 3");
    expect(controlSheetName(["Controle"], "Controle")).toBe("Controle");
  });
});
