/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { fakeGateway, renderApp, sampleReport, SETTINGS } from "./fixtures";

async function openSettings(capabilities = { mergedAreas: true, undoGroup: false, dataValidation: true, rangeAreas: true }) {
  const gateway = fakeGateway(await sampleReport(), { capabilities });
  renderApp(gateway);
  fireEvent.click(screen.getByRole("tab", { name: "Instellingen" }));
  await waitFor(() => expect((screen.getByLabelText(/^Peildatum/) as HTMLInputElement).value).toBe("15-06-2025"));
  return gateway;
}

describe("Instellingen", () => {
  it("loads the workbook's settings and saves them back", async () => {
    const gateway = await openSettings();
    expect(gateway.readSettings).toHaveBeenCalledTimes(1);
    const days = screen.getByRole("spinbutton", { name: /Signaleringstermijn/ }) as HTMLInputElement;
    const margin = screen.getByRole("spinbutton", { name: /Marge op koers/ }) as HTMLInputElement;
    expect(days.value).toBe("90");
    expect(margin.value).toBe("10");
    expect(screen.getByRole("combobox", { name: /Taal van de samenvatting/ }).textContent).toContain("Nederlands");

    fireEvent.change(days, { target: { value: "120" } });
    fireEvent.blur(days);
    fireEvent.click(screen.getByRole("spinbutton", { name: /Marge/ }));
    fireEvent.keyDown(margin, { key: "ArrowUp" });
    fireEvent.change(screen.getByLabelText(/^Peildatum/), { target: { value: "" } });
    fireEvent.click(screen.getByRole("combobox", { name: /Taal van de samenvatting/ }));
    fireEvent.click(await screen.findByRole("option", { name: "English" }));
    fireEvent.click(screen.getByRole("button", { name: "Opslaan" }));

    expect(await screen.findByText(/Opgeslagen in het blad Instellingen/)).toBeTruthy();
    expect(gateway.writeSettings).toHaveBeenCalledWith({ referenceDate: null, staleDays: 120, marginPercent: 11, lang: "en" }, "nl");
  });

  it("shows a validation message per field and does not save until they are corrected", async () => {
    const gateway = await openSettings();
    const days = screen.getByRole("spinbutton", { name: /Signaleringstermijn/ });
    fireEvent.change(days, { target: { value: "twee weken" } });
    fireEvent.blur(days);
    const margin = screen.getByRole("spinbutton", { name: /Marge op koers/ });
    fireEvent.change(margin, { target: { value: "150" } });
    fireEvent.blur(margin);
    expect(await screen.findByText("Vul een heel aantal dagen in van 1 tot en met 3650.")).toBeTruthy();
    expect(screen.getByText("Vul een percentage in van 0 tot en met 100.")).toBeTruthy();
    expect(days.getAttribute("aria-invalid")).toBe("true");
    fireEvent.click(screen.getByRole("button", { name: "Opslaan" }));
    expect(await screen.findByText("Verbeter eerst de velden met een foutmelding.")).toBeTruthy();
    expect(gateway.writeSettings).not.toHaveBeenCalled();

    fireEvent.change(days, { target: { value: "60" } });
    fireEvent.blur(days);
    fireEvent.change(margin, { target: { value: "7,5" } });
    fireEvent.blur(margin);
    fireEvent.click(screen.getByRole("button", { name: "Opslaan" }));
    await waitFor(() => expect(gateway.writeSettings).toHaveBeenCalledWith({ ...SETTINGS, staleDays: 60, marginPercent: 7.5 }, "nl"));
  });

  it("says what this Excel cannot do and how the pane copes", async () => {
    await openSettings({ mergedAreas: false, undoGroup: false, dataValidation: false, rangeAreas: false });
    const notice = screen.getByRole("group", { name: "Deze Excel-versie" });
    expect(notice.textContent).toContain("Draai een inrichting terug met de knop Terugdraaien");
    expect(notice.textContent).toContain("Keuzelijsten kan deze Excel-versie niet maken");
    expect(notice.textContent).toContain("Samengevoegde cellen kan deze Excel-versie niet lezen");
  });

  it("shows no notice when Excel can do everything", async () => {
    await openSettings({ mergedAreas: true, undoGroup: true, dataValidation: true, rangeAreas: true });
    expect(screen.queryByRole("group", { name: "Deze Excel-versie" })).toBeNull();
  });
});

describe("a view that fails", () => {
  it("shows why in its own tab while the other tabs keep working", async () => {
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const gateway = fakeGateway(await sampleReport());
    Object.defineProperty(gateway, "capabilities", {
      get() {
        throw new Error("capabilities unreadable");
      },
    });
    renderApp(gateway);
    fireEvent.click(screen.getByRole("tab", { name: "Instellingen" }));
    const bar = await screen.findByRole("group", { name: "Dit onderdeel kon niet worden getoond" });
    expect(bar.textContent).toContain("capabilities unreadable Sluit het taakvenster en open het opnieuw.");
    fireEvent.click(screen.getByRole("tab", { name: "Controleren" }));
    fireEvent.click(screen.getByRole("button", { name: "Controleren" }));
    expect(await screen.findByText(/^Controle klaar/)).toBeTruthy();
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });
});
