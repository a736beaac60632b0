/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { axe } from "jest-axe";
import type { CheckReport } from "../../src/core/engine/checkWorkbook";
import { SEVERITIES } from "../../src/core/i18n/labels";
import { HIDDEN_BY_TABSTER, fakeGateway, openTab, renderApp, sampleReport } from "./fixtures";

// Each view (and the confirmation dialog) with its results on screen, checked by axe once. Colour contrast needs layout, which jsdom lacks:
// it comes from Fluent's tokens and is looked at in the browser screenshots.
const options = { rules: { "color-contrast": { enabled: false } } };

/** The smallest report that still shows every kind of group: two findings per severity, two parties' lists. */
function small(report: CheckReport): CheckReport {
  const findings = SEVERITIES.flatMap((s) => report.findings.filter((f) => f.severity === s).slice(0, 2));
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return { ...report, findings, counts, todo: report.todo.slice(0, 2) };
}

async function setUp(lang: "nl" | "en" = "nl") {
  const report = small(await sampleReport(lang));
  const gateway = fakeGateway(report, { capabilities: { mergedAreas: false, undoGroup: false, dataValidation: false, rangeAreas: false } });
  const { container } = renderApp(gateway, lang);
  return { report, container };
}


describe("accessibility (jest-axe)", () => {
  it("Controleren with findings, a current finding and an open to-do list", async () => {
    const { report, container } = await setUp();
    fireEvent.click(screen.getByRole("button", { name: "Controleren" }));
    await screen.findByText(/^Controle klaar/);
    fireEvent.click(screen.getByRole("button", { name: "Volgende" }));
    fireEvent.click(screen.getByRole("button", { name: new RegExp(`^${report.todo[0].party}`) }));
    expect(await axe(container, options)).toHaveNoViolations();
  });

  it("Inrichten with a preview, and its confirmation dialog", async () => {
    const { container } = await setUp();
    await openTab("Inrichten");
    fireEvent.click(screen.getByRole("button", { name: "Voorbeeld bekijken" }));
    await screen.findByText("3 geplande wijzigingen");
    expect(await axe(container, options)).toHaveNoViolations();
    fireEvent.click(screen.getByRole("button", { name: "Toepassen" }));
    const dialog = await screen.findByRole("alertdialog", { hidden: HIDDEN_BY_TABSTER });
    // aria-hidden-focus is left to the browser test: see HIDDEN_BY_TABSTER.
    expect(await axe(dialog, { rules: { ...options.rules, "aria-hidden-focus": { enabled: false } } })).toHaveNoViolations();
    fireEvent.click(within(dialog).getByRole("button", { name: "Toepassen", hidden: HIDDEN_BY_TABSTER }));
    await screen.findByText("3 wijzigingen toegepast.");
  });

  it("Samenvatting with a preview of an existing sheet", async () => {
    const { container } = await setUp();
    await openTab("Samenvatting");
    fireEvent.click(screen.getByRole("button", { name: "Voorbeeld" }));
    await screen.findByText("Blad: BO 2025-09-01");
    expect(await axe(container, options)).toHaveNoViolations();
  });

  it("Instellingen with validation messages and the capabilities notice", async () => {
    const { container } = await setUp();
    await openTab("Instellingen");
    const days = await screen.findByRole("spinbutton", { name: /Signaleringstermijn/ });
    await waitFor(() => expect((days as HTMLInputElement).value).toBe("90"));
    fireEvent.change(days, { target: { value: "0" } });
    fireEvent.blur(days);
    await screen.findByText(/Vul een heel aantal dagen in/);
    expect(await axe(container, options)).toHaveNoViolations();
  });

  it("an error message and the English pane", async () => {
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const report = await sampleReport("en");
    const gateway = fakeGateway(report, { check: jest.fn(async () => Promise.reject({ code: "InvalidArgument", message: "Bad argument." })) });
    const { container } = renderApp(gateway, "en");
    fireEvent.click(screen.getByRole("button", { name: "Check" }));
    await screen.findByRole("group", { name: /Excel reported an error/ });
    expect(await axe(container, options)).toHaveNoViolations();
    logged.mockRestore();
  });
});
