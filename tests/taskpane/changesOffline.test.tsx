/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, within } from "@testing-library/react";
import { fakeGateway, openTab, renderApp, sampleReport, SUMMARY } from "./fixtures";

// The list's wording is a chunk of its own: a pane that cannot load it (connection lost) says so in the section.
jest.mock("../../src/taskpane/components/changes/changesContent", () => {
  throw new Error("Loading chunk veranderd failed");
});

it("says in the section when the list of changes cannot be loaded, and keeps the rest of the view", async () => {
  const gateway = fakeGateway(await sampleReport(), { previewSummary: jest.fn(async () => ({ ...SUMMARY, since: { kind: "none" as const } })) });
  renderApp(gateway);
  await openTab("Samenvatting");
  fireEvent.click(screen.getByRole("button", { name: "Voorbeeld" }));
  const section = await screen.findByRole("region", { name: "Wat is er veranderd" });
  expect(await within(section).findByText("Dit onderdeel kon niet worden getoond. Sluit het taakvenster en open het opnieuw.")).toBeTruthy();
  expect(screen.getByText("Blad: BO 2025-09-01")).toBeTruthy();
  expect(screen.getByRole("button", { name: "Samenvatting maken" }).hasAttribute("disabled")).toBe(false);
});
