import { splitPartyList } from "../../../src/core/model/partyList";
import { PartyDirectory } from "../../../src/core/model/parties";

describe("splitPartyList", () => {
  it.each([
    ["Gemeente, OFW en HBV", ["Gemeente", "OFW", "HBV"]],
    ["Gemeente; Corporaties;", ["Gemeente", "Corporaties"]],
    ["Zorg- en welzijnsinstellingen en Gemeente", ["Zorg- en welzijnsinstellingen", "Gemeente"]],
    ["Bewonersraad De Kernen\nHBD", ["Bewonersraad De Kernen", "HBD"]],
    ["", []],
  ])("%j", (text, expected) => {
    expect(splitPartyList(text)).toEqual(expected);
  });
});

describe("PartyDirectory", () => {
  const directory = new PartyDirectory([
    { name: "Gemeente Druten", short: null, role: "Gemeente", row: 2 },
    { name: "Woonwaarts", short: null, role: "Corporatie", row: 3 },
    { name: "De Kernen", short: null, role: "Corporatie", row: 4 },
    { name: "Huurdersbelangen Beuningen Druten", short: "HBD", role: "Huurdersorganisatie", row: 5 },
  ]);

  it("expands groups to their members", () => {
    const match = directory.resolve("Corporaties");
    expect(match?.kind === "group" && match.members.map((p) => p.name)).toEqual(["Woonwaarts", "De Kernen"]);
    const gemeente = directory.resolve("Gemeente");
    expect(gemeente?.kind === "group" && gemeente.members.map((p) => p.name)).toEqual(["Gemeente Druten"]);
  });

  it("finds short names exactly and other spellings loosely", () => {
    expect(directory.resolve("HBD")).toMatchObject({ kind: "party", exact: true });
    expect(directory.resolve("de kernen ")).toMatchObject({ kind: "party", exact: false, party: { name: "De Kernen" } });
    expect(directory.resolve("Woonstichting X")).toBeNull();
  });
});

describe("splitPartyList on repeated texts", () => {
  it("gives the same names every time, as a list no caller can change", () => {
    const first = splitPartyList("Gemeente; OFW en HBV");
    const again = splitPartyList("Gemeente; OFW en HBV");
    expect(again).toEqual(["Gemeente", "OFW", "HBV"]);
    expect(again).toBe(first);
    expect(Object.isFrozen(again)).toBe(true);
  });
});
