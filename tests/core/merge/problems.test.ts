import { bundleProblemMessage } from "../../../src/core/merge/bundelingSheet";
import { bundleExitCode, bundleReturns } from "../../../src/core/merge/bundle";
import type { BundleProblem, ReturnInput } from "../../../src/core/merge/types";
import type { WorkbookSnapshot } from "../../../src/core/snapshot";
import { BASE_FRAGMENT, fragmentToSnapshot } from "../../../src/core/rules/fragment";
import { activity, overviewFragment, overviewSnapshot, returnSnapshot } from "./helpers";

const EMPTY: WorkbookSnapshot = { sheets: [{ name: "Blad1", visible: true, origin: { row: 1, column: 0 }, values: [["Hallo"]] }], tables: [] };

function problems(returns: ReturnInput[], overview = overviewSnapshot()): BundleProblem[] {
  const outcome = bundleReturns({ overview: { file: "overzicht.xlsx", snapshot: overview }, returns, date: "2025-06-20" });
  if (outcome.ok) throw new Error("bundled, but a problem was expected");
  return outcome.problems;
}

function twoCorporations(): WorkbookSnapshot {
  const fragment = overviewFragment();
  fragment.parties = [...(BASE_FRAGMENT.parties ?? []), { Partij: "Woonwaarts", Afkorting: null, Rol: "Corporatie" }];
  return fragmentToSnapshot(fragment);
}

const ofw = () => returnSnapshot("OFW", { activities: [activity({ ID: "1.1a" })] });

describe("what cannot be bundled", () => {
  it.each<[string, () => BundleProblem[], Partial<BundleProblem>]>([
    ["an overview without Activiteiten or Metingen", () => problems([{ file: "r.xlsx", snapshot: ofw() }], EMPTY), { kind: "overview-no-tables", file: "overzicht.xlsx" }],
    ["a return without Activiteiten or Metingen", () => problems([{ file: "leeg.xlsx", snapshot: EMPTY, party: "OFW" }]), { kind: "no-tables", file: "leeg.xlsx" }],
    ["a return without Partij and none given", () => problems([{ file: "r.xlsx", snapshot: returnSnapshot(null, { activities: [activity()] }) }]), { kind: "no-party" }],
    ["a party that is not in Partijen", () => problems([{ file: "r.xlsx", snapshot: returnSnapshot("Woonstichting X", { activities: [activity()] }) }]), { kind: "unknown-party", party: "Woonstichting X" }],
    ["a group of several parties", () => problems([{ file: "r.xlsx", snapshot: returnSnapshot(null, { activities: [activity()] }), party: "Corporaties" }], twoCorporations()), { kind: "group-party", party: "Corporaties" }],
    ["a party given that contradicts the return's Partij", () => problems([{ file: "r.xlsx", snapshot: ofw(), party: "HBV" }]), { kind: "party-mismatch", party: "OFW", given: "HBV" }],
    ["the same file twice", () => problems([{ file: "r.xlsx", snapshot: ofw() }, { file: "r.xlsx", snapshot: ofw() }]), { kind: "duplicate-file", file: "r.xlsx" }],
    ["the overview given as a return", () => problems([{ file: "overzicht.xlsx", snapshot: ofw() }]), { kind: "duplicate-file" }],
  ])("%s", (_name, run, expected) => {
    const [problem] = run();
    expect(problem).toMatchObject(expected);
    const nl = bundleProblemMessage(problem, "nl");
    expect(nl).toContain(problem.file);
    expect(nl).not.toMatch(/undefined|\{\{|Error|-party|no-/);
    expect(bundleProblemMessage(problem, "en")).toContain(problem.file);
  });

  it("gives the command line's exit code: 2 when nothing was bundled, 1 with conflicts, 0 without", () => {
    const run = (returns: ReturnInput[]) => bundleReturns({ overview: { file: "o.xlsx", snapshot: overviewSnapshot() }, returns, date: "2025-06-20" });
    expect(bundleExitCode(run([{ file: "leeg.xlsx", snapshot: EMPTY, party: "OFW" }]))).toBe(2);
    expect(bundleExitCode(run([{ file: "r.xlsx", snapshot: returnSnapshot("OFW", { activities: [activity({ ID: "1.1a", Planning: "2030" })] }) }]))).toBe(1);
    expect(bundleExitCode(run([{ file: "r.xlsx", snapshot: returnSnapshot("OFW", { activities: [activity({ ID: "1.1a", Realisatie: 4 })] }) }]))).toBe(0);
  });

  it("takes a group with a single member as that member", () => {
    const outcome = bundleReturns({ overview: { file: "o.xlsx", snapshot: overviewSnapshot() }, returns: [{ file: "r.xlsx", snapshot: ofw(), party: "Corporaties" }], date: "2025-06-20" });
    expect(outcome.ok && outcome.decisions.returns[0].party).toBe("Oost Flevoland Woondiensten");
  });

  it("names the known parties when a party is unknown", () => {
    const [problem] = problems([{ file: "r.xlsx", snapshot: returnSnapshot("Woonstichting X", { activities: [activity()] }) }]);
    expect(bundleProblemMessage(problem, "nl")).toBe("r.xlsx: de partij 'Woonstichting X' staat niet in Partijen van het overzicht. Bekende partijen: Gemeente Dronten, OFW, HBV.");
  });
});
