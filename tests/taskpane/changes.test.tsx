/** @jest-environment jsdom */
import "./setup";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { axe } from "jest-axe";
import { sinceLastMeeting, type SinceLastMeeting } from "../../src/core/compare/sinceLastMeeting";
import { parseState, serializeState } from "../../src/core/state/serializeState";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import type { RecordedState } from "../../src/core/state/types";
import { checked, sampleSnapshot, setCell } from "../core/summary/sample";
import { recordState } from "../../src/core/state/recordState";
import { fakeGateway, openTab, renderApp, sampleReport, SUMMARY } from "./fixtures";

function stateOf(snapshot: WorkbookSnapshot, meetingDate: string | null): RecordedState {
  const { model, report } = checked(snapshot);
  return recordState(model, report, { meetingDate, recordedAt: "2025-06-20T10:00", generator: "Beleidsmonitor 0.1.0" });
}

/** The sample as recorded in June, against the sample with one activity finished and one housed count in. */
async function sampleSince(): Promise<SinceLastMeeting> {
  const before = await sampleSnapshot();
  const parsed = parseState(serializeState(stateOf(before, "2025-06-26")));
  if (!parsed.ok) throw new Error(parsed.detail);
  const after = await sampleSnapshot();
  setCell(after, "Activiteiten", "0a", "Status", "Gereed");
  setCell(after, "Taakstelling", "Eerste helft 2022", "Gehuisvest", 41);
  return sinceLastMeeting({ kind: "recorded", state: parsed.state, row: 3 }, stateOf(after, null));
}

async function openPreview(since: SinceLastMeeting, extra: Partial<typeof SUMMARY> = {}) {
  const gateway = fakeGateway(await sampleReport(), { previewSummary: jest.fn(async () => ({ ...SUMMARY, since, ...extra })) });
  const view = renderApp(gateway);
  await openTab("Samenvatting");
  fireEvent.click(screen.getByRole("button", { name: "Voorbeeld" }));
  await screen.findByText("Blad: BO 2025-09-01");
  return { gateway, ...view };
}

describe("Wat is er veranderd (Samenvatting)", () => {
  it("lists the changes grouped like the summary's section, each one a click away from its cell", async () => {
    const { gateway } = await openPreview(await sampleSince());
    const section = screen.getByRole("region", { name: "Wat is er veranderd" });
    // The list is its own chunk, loaded with the first preview.
    expect(await within(section).findByText("Sinds het vorige overleg (26 juni 2025)")).toBeTruthy();
    expect(within(section).getByRole("heading", { name: "Let op" })).toBeTruthy();
    expect(within(section).getByRole("heading", { name: /^Activiteiten/ })).toBeTruthy();
    // A group without changes says so in its counts, without a list to open.
    expect(within(section).getByRole("heading", { name: "Indicatoren" }).parentElement!.textContent).toContain("geen wijzigingen");
    expect(within(section).getByText(/^Achterstand: toen 48, nu 47/)).toBeTruthy();

    const finished = within(section).getByRole("list", { name: "Activiteiten" });
    const item = within(finished).getByText("Status: Niet gestart → Gereed").closest("li")!;
    expect(within(item).getByText("Afgerond")).toBeTruthy();
    expect(item.getAttribute("title")).toBe("Ga naar cel I2 op blad Activiteiten");
    fireEvent.click(item);
    expect(gateway.select).toHaveBeenCalledWith("Activiteiten", "I2");

    const edited = within(within(section).getByRole("list", { name: "Let op" })).getByText("Gehuisvest: 40 → 41").closest("li")!;
    expect(within(edited).getByText("Afgesloten halfjaar gewijzigd")).toBeTruthy();
    expect(within(edited).getByText(/de raad en de provincie hebben het oude/)).toBeTruthy();
    fireEvent.keyDown(edited, { key: "Enter" });
    expect(gateway.select).toHaveBeenLastCalledWith("Taakstelling", "C2");
  });

  it("follows the summary's choice: no group for a left-out section, and a sentence when the section itself is left out", async () => {
    await openPreview(await sampleSince(), { sinceGroups: ["alerts", "activities", "findings"] });
    const section = screen.getByRole("region", { name: "Wat is er veranderd" });
    expect(await within(section).findByRole("heading", { name: /^Activiteiten/ })).toBeTruthy();
    expect(within(section).queryByRole("heading", { name: "Indicatoren" })).toBeNull();
    expect(within(section).queryByText(/^Achterstand: toen 48, nu 47/)).toBeNull();
    cleanup();

    await openPreview(await sampleSince(), { sinceIncluded: false });
    const leftOut = screen.getByRole("region", { name: "Wat is er veranderd" });
    expect(within(leftOut).getByText("Sinds het vorige overleg staat niet in deze samenvatting. Vink het aan bij Onderdelen in de samenvatting om de wijzigingen hier te zien.")).toBeTruthy();
    expect(within(leftOut).queryByRole("heading", { name: /^Activiteiten/ })).toBeNull();
  });

  it("says in one sentence when there is no earlier state", async () => {
    await openPreview({ kind: "none" });
    expect(await screen.findByText(/^Er is nog geen eerdere vastgelegde stand om mee te vergelijken/)).toBeTruthy();
  });

  it("names a damaged state", async () => {
    await openPreview({ kind: "unusable", problem: "damaged", meetingDate: "2025-06-26" });
    expect(await screen.findByText("De vastgelegde stand van het overleg van 26 juni 2025 is beschadigd (het verborgen blad is gewijzigd) en kan niet worden vergeleken.")).toBeTruthy();
  });

  it("warns that a protected workbook structure stops the summary, and keeps the button off", async () => {
    await openPreview({ kind: "none" }, { structureProtected: true });
    expect(screen.getByText(/^De werkmapstructuur is beveiligd/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Samenvatting maken" }).hasAttribute("disabled")).toBe(true);
  });

  it("says the state is recorded once the summary is written", async () => {
    await openPreview({ kind: "none" }, { exists: false });
    fireEvent.click(screen.getByRole("button", { name: "Samenvatting maken" }));
    expect(await screen.findByText("Samenvatting geschreven op blad BO 2025-09-01.")).toBeTruthy();
    expect(screen.getByText(/^De stand van de werkmap is vastgelegd op een verborgen blad/)).toBeTruthy();
  });

  it("speaks English in an English pane", async () => {
    const gateway = fakeGateway(await sampleReport("en"), { previewSummary: jest.fn(async () => ({ ...SUMMARY, since: await sampleSince() })) });
    renderApp(gateway, "en");
    await openTab("Summary");
    fireEvent.click(screen.getByRole("button", { name: "Preview" }));
    const section = await screen.findByRole("region", { name: "What has changed" });
    expect(await within(section).findByText("Since the previous meeting (26 June 2025)")).toBeTruthy();
    expect(within(section).getByText("Finished")).toBeTruthy();
  });

  it("has no accessibility violations (jest-axe)", async () => {
    const { container } = await openPreview(await sampleSince(), { exists: false });
    await screen.findByRole("list", { name: "Activiteiten" });
    expect(await axe(container, { rules: { "color-contrast": { enabled: false } } })).toHaveNoViolations();
  });
});
