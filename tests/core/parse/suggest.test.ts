import { suggest } from "../../../src/core/parse/suggest";

const STATUSES = ["Niet gestart", "In uitvoering", "Vertraagd", "Gereed", "Vervallen"];
const PARTIES = ["OFW", "HBV", "Gemeente", "Oost Flevoland Woondiensten"];

describe("suggest", () => {
  it.each([
    ["OFW ", PARTIES, "OFW"],
    ["ofw", PARTIES, "OFW"],
    ["In Uitvoering", STATUSES, "In uitvoering"],
    ["in  uitvoering", STATUSES, "In uitvoering"],
    ["Vertraägd", STATUSES, "Vertraagd"],
    ["Gerreed", STATUSES, "Gereed"],
    ["Geread", STATUSES, "Gereed"],
    ["Vetraagd", STATUSES, "Vertraagd"],
    ["Vertraadg", STATUSES, "Vertraagd"],
    ["Nietgestart", STATUSES, "Niet gestart"],
    ["Niet-gestart", STATUSES, "Niet gestart"],
    ["Gemeete", PARTIES, "Gemeente"],
    ["OFX", PARTIES, "OFW"],
  ])("%j → %j", (input, candidates, expected) => {
    expect(suggest(input, candidates)).toBe(expected);
  });

  it.each([
    ["xyz", STATUSES],
    ["Afgerond", STATUSES],
    ["XYZ", PARTIES],
    ["OF", PARTIES],
    ["", STATUSES],
    ["   ", STATUSES],
    ["Gereed", []],
  ])("%j has no suggestion", (input, candidates) => {
    expect(suggest(input, candidates)).toBeNull();
  });

  it("returns an exact candidate as written in the list", () => {
    expect(suggest("Gereed", STATUSES)).toBe("Gereed");
  });

  it("refuses to choose between two equally close candidates", () => {
    expect(suggest("HBX", ["HBV", "HBD"])).toBeNull();
    expect(suggest("HBVV", ["HBV", "HBD"])).toBe("HBV");
  });

  it("uses the list as it is now when the same array was changed between calls", () => {
    const list = ["Gereed"];
    expect(suggest("Gerreed", list)).toBe("Gereed");
    list[0] = "Vervallen";
    expect(suggest("Gerreed", list)).toBeNull();
    expect(suggest("Vervalen", list)).toBe("Vervallen");
  });

  it("ignores non-string candidates and bad arguments", () => {
    expect(suggest("Gereed", [null as unknown as string, "Gereed"])).toBe("Gereed");
    expect(suggest(undefined as unknown as string, STATUSES)).toBeNull();
    expect(suggest("Gereed", undefined as unknown as string[])).toBeNull();
  });

  it("does not mutate the candidates", () => {
    const list = Object.freeze(["B", "A"]);
    expect(() => suggest("a", list)).not.toThrow();
    expect(list).toEqual(["B", "A"]);
  });
});
