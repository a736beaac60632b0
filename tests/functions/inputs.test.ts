// Error cells and linked data types as input (metadata allowErrorForDataTypeAny on, allowCustomDataForDataTypeAny
// off), and error messages in the user's language.
import { balance, halfYear, progress, shortfall } from "../../src/functions/functions";
import { column, errorOf } from "./helpers";

/** An error cell as Excel hands it to a function: a CustomFunctions.Error with Excel's code. */
const errorCell = (code: string) => new CustomFunctions.Error(code as CustomFunctions.ErrorCode);

describe("an error cell as input", () => {
  it("#N/A stays #N/A, and says which argument held it", () => {
    expect(errorOf(() => progress(errorCell("#N/A"), 0.45, 0.44))).toEqual({ code: "#N/A", message: "nulmeting is een fout: #N/A" });
  });

  it("#DIV/0!, #NUM! and #NULL! pass on as they are, as Excel's own functions do", () => {
    expect(errorOf(() => balance(column(24, errorCell("#DIV/0!")), column(40, 27))).code).toBe("#DIV/0!");
    expect(errorOf(() => progress(0.4, errorCell("#NUM!"), 0.44)).code).toBe("#NUM!");
  });

  it("an error a function cannot return (#REF!, #NAME?) is #VALUE! naming the cell's place", () => {
    expect(errorOf(() => balance(column(24, errorCell("#REF!")), column(40, 27)))).toEqual({ code: "#VALUE!", message: "taakstelling in rij 2 is een fout: #REF!" });
    expect(errorOf(() => shortfall(76, 0, [[7, 8], [errorCell("#NAME?"), 3]]))).toEqual({ code: "#VALUE!", message: "gepland in rij 2, kolom 1 is een fout: #NAME?" });
    expect(errorOf(() => halfYear(errorCell("#REF!")))).toEqual({ code: "#VALUE!", message: "datum_of_tekst is een fout: #REF!" });
  });

  it("also in the shape of an error value object", () => {
    expect(errorOf(() => progress({ type: "Error", basicValue: "#N/A", errorType: "NotAvailable" }, 0.45, 0.44)).code).toBe("#N/A");
  });
});

describe("a linked data type as input", () => {
  it("is refused by name, never read as [object Object]", () => {
    const entity = { type: "Entity", text: "Dronten", properties: {} };
    const thrown = errorOf(() => progress(entity, 0.45, 0.44));
    expect(thrown).toEqual({ code: "#VALUE!", message: "nulmeting is een gegevenstype, geen getal of tekst; verwijs naar een veld ervan" });
    expect(thrown.message).not.toContain("[object Object]");
  });
});

describe("error messages in the user's language", () => {
  const scope = globalThis as { Office?: unknown };
  afterEach(() => delete scope.Office);

  it("English under English Office (any English locale), with the English parameter names", () => {
    scope.Office = { context: { displayLanguage: "en-GB" } };
    expect(errorOf(() => progress("veel", 0.45, 0.44))).toEqual({ code: "#VALUE!", message: "baseline is not a number: 'veel'" });
    expect(errorOf(() => balance(column(24, "x"), column(40, 27)))).toEqual({ code: "#VALUE!", message: "quota in row 2 is not a number: 'x'" });
    expect(errorOf(() => balance(column(24, 33, 52), column(40, 27)))).toEqual({ code: "#VALUE!", message: "quotas and housed have a different number of rows (3 and 2)" });
    expect(errorOf(() => progress(errorCell("#N/A"), 0.45, 0.44)).message).toBe("baseline is an error: #N/A");
  });

  it("Dutch under Dutch Office and outside Office", () => {
    expect(errorOf(() => progress("veel", 0.45, 0.44)).message).toBe("nulmeting is geen getal: 'veel'");
    scope.Office = { context: { displayLanguage: "nl-NL" } };
    expect(errorOf(() => progress("veel", 0.45, 0.44)).message).toBe("nulmeting is geen getal: 'veel'");
  });
});

describe("numbers in function messages", () => {
  it("are written as the user's Office language writes them, never in program notation", () => {
    const { message } = jest.requireActual<typeof import("../../src/functions/messages")>("../../src/functions/messages");
    expect(message("notCount", { label: "gepland", text: 1234.5, place: { row: 3 } }, "nl")).toBe("gepland in rij 3 is geen aantal: '1.234,5'");
    expect(message("notCount", { label: "gepland", text: 2.5 }, "en")).toBe("planned is not a count: '2.5'");
    expect(message("targetYearOrder", { from: 2028, to: 2025 }, "nl")).toBe("streefjaar (2025) moet na nuljaar (2028) liggen");
  });
});
