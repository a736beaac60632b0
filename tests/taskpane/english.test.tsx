/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, within } from "@testing-library/react";
import { countLabel, SEVERITIES } from "../../src/core/i18n/labels";
import { fakeGateway, openTab, renderApp, sampleReport } from "./fixtures";

describe("the pane in English", () => {
  it("labels every view in English when Office is in English and checks in English", async () => {
    const report = await sampleReport("en");
    const gateway = fakeGateway(report);
    renderApp(gateway, "en");
    for (const name of ["Check", "Set up", "Summary", "Settings"]) expect(screen.getByRole("tab", { name })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Check" }));
    expect(await screen.findByText(`Check done: ${SEVERITIES.map((s) => countLabel(report.counts[s], s, "en")).join(", ")}.`)).toBeTruthy();
    expect(gateway.check).toHaveBeenCalledWith({ today: "2025-09-01", lang: "en" });
    expect(screen.getByRole("button", { name: "Next" })).toBeTruthy();
    expect(screen.getByRole("switch", { name: "Highlight cells" })).toBeTruthy();
    expect(screen.getByRole("region", { name: "Request per party" })).toBeTruthy();
    const findings = screen.getByRole("region", { name: "Findings" });
    expect(within(findings).getAllByRole("heading", { level: 3 })[1].textContent).toMatch(/^Errors\d+$/);

    fireEvent.click(screen.getByRole("tab", { name: "Settings" }));
    expect(await screen.findByRole("spinbutton", { name: /Stale period \(days\)/ })).toBeTruthy();
    expect(screen.getByText(/Undo \(Ctrl\+Z\) does not work/)).toBeTruthy();
  });

  it("shows Office errors in English too", async () => {
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const gateway = fakeGateway(await sampleReport("en"), {
      planStructure: jest.fn(async () => Promise.reject({ code: "ItemNotFound", message: "The requested resource doesn't exist." })),
    });
    renderApp(gateway, "en");
    await openTab("Set up");
    fireEvent.click(screen.getByRole("button", { name: "Show preview" }));
    const bar = await screen.findByRole("group", { name: /Excel reported an error/ });
    expect(bar.textContent).toContain("The requested resource doesn't exist. (code: ItemNotFound)");
    logged.mockRestore();
  });
});
