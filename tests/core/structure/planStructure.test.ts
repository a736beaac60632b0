import { cellAt } from "../../../src/core/locate/sheetGrid";
import { parseRangeAddress } from "../../../src/core/address";
import { isBlank } from "../../../src/core/cell";
import { planStructure } from "../../../src/core/structure/planStructure";
import type { StructureAction } from "../../../src/core/structure/types";
import type { WorkbookSnapshot } from "../../../src/core/snapshot";
import { partnerSnapshot } from "./partnerWorkbook";
import { emptyFacts, simulateActions, writtenCells, type SimulatedWorkbook } from "./simulateActions";

const of = <T extends StructureAction["type"]>(actions: StructureAction[], type: T) =>
  actions.filter((a): a is Extract<StructureAction, { type: T }> => a.type === type);

function structure(workbook: SimulatedWorkbook): { first: ReturnType<typeof planStructure>; after: SimulatedWorkbook; second: ReturnType<typeof planStructure> } {
  const first = planStructure(workbook.snapshot, { lang: "nl", facts: workbook.facts });
  const after = simulateActions(workbook, first.actions);
  const second = planStructure(after.snapshot, { lang: "nl", facts: after.facts });
  return { first, after, second };
}

function blankIn(snapshot: WorkbookSnapshot, qualified: string): boolean {
  const [sheetName, address] = qualified.split("!");
  const sheet = snapshot.sheets.find((s) => s.name === sheetName);
  const box = parseRangeAddress(address)!;
  return !sheet || isBlank(cellAt(sheet, box.top, box.left));
}

describe("planStructure on an empty workbook", () => {
  const { first, second } = structure({ snapshot: { sheets: [], tables: [] }, facts: emptyFacts() });

  it("creates every required sheet and table with its headers and one body row, but not the optional plan", () => {
    expect(of(first.actions, "addSheet").map((a) => a.sheet)).toEqual(["Activiteiten", "Indicatoren", "Metingen", "Taakstelling", "Partijen", "Instellingen", "Lijsten"]);
    expect(of(first.actions, "addTable").map((a) => [a.name, a.address])).toEqual([
      ["tblActiviteiten", "A1:O2"],
      ["tblIndicatoren", "A1:L2"],
      ["tblMetingen", "A1:F2"],
      ["tblTaakstelling", "A1:F2"],
      ["tblPartijen", "A1:E2"],
      ["tblInstellingen", "A1:B2"],
    ]);
    expect(of(first.actions, "writeHeaderCells")[0].headers[0]).toBe("ID");
  });

  it("sets lists from the hidden Lijsten sheet, formats, frozen headers and widths", () => {
    expect(of(first.actions, "setListValidation")).toContainEqual({ type: "setListValidation", sheet: "Activiteiten", range: "I2", source: "=Lijsten!$A$2:$A$6", strict: true });
    expect(of(first.actions, "setListValidation")).toContainEqual({ type: "setListValidation", sheet: "Activiteiten", range: "E2", source: "=Lijsten!$D$2:$D$4", strict: false });
    expect(of(first.actions, "setNumberFormat")).toContainEqual({ type: "setNumberFormat", sheet: "Activiteiten", range: "A2", format: "@" });
    expect(of(first.actions, "setNumberFormat")).toContainEqual({ type: "setNumberFormat", sheet: "Activiteiten", range: "N2", format: "d-m-yyyy" });
    expect(of(first.actions, "hideSheet")).toEqual([{ type: "hideSheet", sheet: "Lijsten" }]);
    expect(of(first.actions, "freezeRows")).toContainEqual({ type: "freezeRows", sheet: "Activiteiten", rows: 1, columns: 0 });
    expect(of(first.actions, "setColumnWidth")).toContainEqual({ type: "setColumnWidth", sheet: "Activiteiten", column: 3, widthChars: 60 });
  });

  it("plans nothing the second time", () => {
    expect(second).toEqual({ changes: [], actions: [] });
  });

  it("describes every change in Dutch and English", () => {
    for (const change of first.changes) {
      expect(change.description.nl).not.toBe("");
      expect(change.description.en).not.toBe("");
    }
  });
});

describe("planStructure on a partner's workbook", () => {
  const workbook = { snapshot: partnerSnapshot(), facts: emptyFacts() };
  const { first, after, second } = structure(workbook);

  it("turns each plain range into its table, from the header row through the last filled row, with the user's column", () => {
    expect(of(first.actions, "addTable")).toEqual(
      expect.arrayContaining([
        { type: "addTable", sheet: "Activiteiten", address: "A3:P8", name: "tblActiviteiten", hasHeaders: true },
        { type: "addTable", sheet: "Indicatoren", address: "A1:L3", name: "tblIndicatoren", hasHeaders: true },
        { type: "addTable", sheet: "Partijen", address: "A1:E4", name: "tblPartijen", hasHeaders: true },
      ]),
    );
    const convert = first.changes.find((c) => c.kind === "convert-range" && c.sheet === "Activiteiten")!;
    expect(convert.description.nl).toContain("‘Eigen notitie’");
  });

  it("adds the missing columns at the end, into empty cells only", () => {
    const headers = of(first.actions, "writeHeaderCells").find((a) => a.sheet === "Activiteiten")!;
    expect(headers).toEqual({
      type: "writeHeaderCells",
      sheet: "Activiteiten",
      row: 3,
      startColumn: 8,
      headers: ["Onderwerp", "Deadline", "Toelichting", "Indicator", "Doelwaarde", "Realisatie", "Laatst bijgewerkt", "Bijgewerkt door"],
    });
    expect(of(first.actions, "writeHeaderCells").find((a) => a.sheet === "Indicatoren")!.headers).toEqual(["Programma", "Doel", "Streefjaar", "Toelichting"]);
    for (const action of first.actions) for (const cell of writtenCells(action)) expect(blankIn(workbook.snapshot, cell)).toBe(true);
  });

  it("widens only the columns it creates", () => {
    const widened = of(first.actions, "setColumnWidth").filter((a) => a.sheet === "Activiteiten").map((a) => a.column);
    expect(Math.min(...widened)).toBe(8);
  });

  it("formats and validates the body of the table only", () => {
    expect(of(first.actions, "setListValidation")).toContainEqual({ type: "setListValidation", sheet: "Activiteiten", range: "G4:G8", source: "=Lijsten!$A$2:$A$6", strict: true });
    expect(of(first.actions, "setNumberFormat")).toContainEqual({ type: "setNumberFormat", sheet: "Activiteiten", range: "C4:C8", format: "@" });
    expect(of(first.actions, "setNumberFormat")).toContainEqual({ type: "setNumberFormat", sheet: "Indicatoren", range: "F2:F3", format: "0" });
    expect(of(first.actions, "freezeRows")).toContainEqual({ type: "freezeRows", sheet: "Activiteiten", rows: 3, columns: 0 });
  });

  it("offers every party name, short name and group in the Trekker list", () => {
    const lists = of(first.actions, "writeListsSheet")[0].lists;
    expect(lists.find((l) => l.header === "Trekker")!.values).toEqual(
      expect.arrayContaining(["Gemeente Dronten", "Oost Flevoland Woondiensten", "OFW", "HBV", "Gemeente", "Corporaties", "Huurdersorganisaties"]),
    );
  });

  it("keeps every original value at its address", () => {
    for (const original of workbook.snapshot.sheets) {
      const now = after.snapshot.sheets.find((s) => s.name === original.name)!;
      original.values.forEach((line, r) => line.forEach((value, c) => expect(cellAt(now, original.origin.row + r, original.origin.column + c)).toEqual(value)));
    }
  });

  it("is idempotent", () => {
    expect(second.actions).toEqual([]);
    expect(second.changes).toEqual([]);
  });
});

describe("planStructure refuses what Excel or the user's data forbids", () => {
  it("does not convert a range with merged cells inside, and says why", () => {
    const snapshot = partnerSnapshot();
    snapshot.sheets[0].merged!.push("B5:C5");
    const plan = planStructure(snapshot, { lang: "nl", facts: emptyFacts() });
    expect(of(plan.actions, "addTable").some((a) => a.sheet === "Activiteiten")).toBe(false);
    expect(plan.actions.some((a) => "sheet" in a && a.sheet === "Activiteiten")).toBe(false);
    const skipped = plan.changes.find((c) => c.sheet === "Activiteiten")!;
    expect(skipped).toMatchObject({ kind: "convert-range", skipped: true, target: "A3:P8" });
    expect(skipped.description.nl).toContain("samengevoegde cellen (B5:C5)");
  });

  it("stops appending columns where the cells on the right are in use", () => {
    const snapshot = partnerSnapshot();
    snapshot.sheets[1].values[2].push(null, null, "notitie");
    snapshot.sheets[1].values.forEach((line) => {
      while (line.length < 11) line.push(null);
    });
    const plan = planStructure(snapshot, { lang: "nl", facts: emptyFacts() });
    expect(of(plan.actions, "writeHeaderCells").find((a) => a.sheet === "Indicatoren")!.headers).toEqual(["Programma", "Doel"]);
    expect(of(plan.actions, "addTable").find((a) => a.sheet === "Indicatoren")!.address).toBe("A1:J3");
    const skipped = plan.changes.filter((c) => c.sheet === "Indicatoren" && c.skipped);
    expect(skipped.map((c) => c.target)).toEqual(["K1", "K1"]);
    expect(skipped[0].description.nl).toContain("Streefjaar");
  });

  it("does not convert a range whose headers Excel would rename", () => {
    const snapshot = partnerSnapshot();
    snapshot.sheets[0].values[2][7] = "Thema";
    const plan = planStructure(snapshot, { lang: "en", facts: emptyFacts() });
    expect(plan.changes.find((c) => c.sheet === "Activiteiten")).toMatchObject({ skipped: true });
  });

  it("leaves a contract sheet with data but no recognisable header alone", () => {
    const snapshot: WorkbookSnapshot = { sheets: [{ name: "Metingen", visible: true, origin: { row: 1, column: 0 }, values: [["iets anders"]] }], tables: [] };
    const plan = planStructure(snapshot, { lang: "nl" });
    expect(plan.changes.find((c) => c.sheet === "Metingen")).toMatchObject({ kind: "create-table", skipped: true });
    expect(plan.actions.some((a) => "sheet" in a && a.sheet === "Metingen")).toBe(false);
  });
});

describe("planStructure on existing tables", () => {
  it("renames a table under another name and appends missing columns to it", () => {
    const snapshot = partnerSnapshot();
    snapshot.sheets = [snapshot.sheets[2]];
    snapshot.tables = [{ name: "Tabel1", sheet: "Partijen", address: "Partijen!A1:C4" }];
    const { first, second } = structure({ snapshot, facts: emptyFacts() });
    expect(of(first.actions, "renameTable")).toEqual([{ type: "renameTable", from: "Tabel1", to: "tblPartijen" }]);
    expect(of(first.actions, "addTableColumns")).toEqual([
      { type: "addTableColumns", table: "tblPartijen", sheet: "Partijen", headerRow: 1, startColumn: 3, headers: ["Contactpersoon", "E-mail"] },
    ]);
    expect(second.actions).toEqual([]);
  });

  it("keeps a date column's own date format and formats a general one", () => {
    const snapshot: WorkbookSnapshot = {
      sheets: [{ name: "Metingen", visible: true, origin: { row: 1, column: 0 }, values: [["Indicator", "Jaar", "Peildatum", "Waarde"], ["I1", 2024, 45600, 3]], numberFormats: [["General", "General", "General", "General"], ["@", "0", "dd-mm-yyyy", "General"]] }],
      tables: [{ name: "tblMetingen", sheet: "Metingen", address: "Metingen!A1:D2" }],
    };
    const plan = planStructure(snapshot, { lang: "nl" });
    const formatted = of(plan.actions, "setNumberFormat").filter((a) => a.sheet === "Metingen").map((a) => a.range);
    expect(formatted).not.toContain("C2");
    expect(formatted).not.toContain("A2");
    expect(formatted).toEqual(["E2", "F2"]);
  });

  it("replaces a list validation that points elsewhere, keeps one that points at Lijsten", () => {
    const snapshot: WorkbookSnapshot = {
      sheets: [{ name: "Partijen", visible: true, origin: { row: 1, column: 0 }, values: [["Partij", "Afkorting", "Rol", "Contactpersoon", "E-mail"], ["Gemeente Dronten", null, "Gemeente", null, null]] }],
      tables: [{ name: "tblPartijen", sheet: "Partijen", address: "Partijen!A1:E2" }],
    };
    const facts = { ...emptyFacts(), ranges: { "Partijen!C2": { validation: { type: "List", source: "Gemeente,Corporatie" } } } };
    const validations = () => of(planStructure(snapshot, { lang: "nl", facts }).actions, "setListValidation").filter((a) => a.sheet === "Partijen");
    expect(validations()).toEqual([
      { type: "setListValidation", sheet: "Partijen", range: "C2", source: "=Lijsten!$C$2:$C$6", strict: true },
    ]);
    facts.ranges["Partijen!C2"].validation.source = "=Lijsten!$C$2:$C$6";
    expect(validations()).toEqual([]);
  });

  it("plans no lists without data validation support", () => {
    const plan = planStructure({ sheets: [], tables: [] }, { lang: "nl", dataValidation: false });
    expect(of(plan.actions, "setListValidation")).toEqual([]);
    expect(plan.actions.some((a) => "sheet" in a && a.sheet === "Lijsten")).toBe(false);
  });
});

describe("planStructure on a monthly plan from before Gerealiseerd", () => {
  // workbook-format.md, tblPlanning: Gerealiseerd is filled month by month from the COA's figures; Inrichten adds it.
  const planSheet = {
    name: "Planning",
    visible: true,
    origin: { row: 1, column: 0 },
    values: [["Actie", "Maand", "Aantal"], ["Flexwoningen", "jan 2025", 19], ["Flexwoningen", "feb 2025", 0]],
    numberFormats: [["General", "General", "General"], ["General", "General", "General"], ["General", "General", "General"]],
  };
  const workbook = { snapshot: { sheets: [planSheet], tables: [{ name: "tblPlanning", sheet: "Planning", address: "A1:C3" }] }, facts: emptyFacts() };
  const { first, after, second } = structure(workbook);

  it("adds the Gerealiseerd column to the table, as a whole number, leaving the plan's values as they are", () => {
    expect(of(first.actions, "addTableColumns")).toContainEqual({ type: "addTableColumns", table: "tblPlanning", sheet: "Planning", headerRow: 1, startColumn: 3, headers: ["Gerealiseerd"] });
    expect(first.changes).toContainEqual(expect.objectContaining({ kind: "add-column", sheet: "Planning", target: "D1" }));
    expect(of(first.actions, "setNumberFormat")).toContainEqual({ type: "setNumberFormat", sheet: "Planning", range: "D2:D3", format: "0" });
    const planning = after.snapshot.sheets.find((s) => s.name === "Planning")!;
    expect(planning.values[1].slice(0, 3)).toEqual(["Flexwoningen", "jan 2025", 19]);
  });

  it("plans nothing the second time", () => {
    expect(second.changes.filter((c) => c.sheet === "Planning")).toEqual([]);
  });
});
