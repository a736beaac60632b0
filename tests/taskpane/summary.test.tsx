/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { CHOICE, HIDDEN_BY_TABSTER, fakeGateway, renderApp, sampleReport } from "./fixtures";

const ALL = CHOICE.choice;

async function openSummary(options = CHOICE) {
  const gateway = fakeGateway(await sampleReport(), { readSummaryChoice: jest.fn(async () => options) });
  renderApp(gateway);
  fireEvent.click(screen.getByRole("tab", { name: "Samenvatting" }));
  await waitFor(() => expect(gateway.readSummaryChoice).toHaveBeenCalled());
  return gateway;
}

const box = (name: string) => screen.getByRole("checkbox", { name }) as HTMLInputElement;

describe("Samenvatting", () => {
  it("previews the sheet and replaces an existing one only after confirmation", async () => {
    const gateway = await openSummary();
    const date = screen.getByLabelText(/Datum bestuurlijk overleg/) as HTMLInputElement;
    // Dates in a field as dd-mm-jjjj whatever Windows' locale; a Dutch date typed any usual way is read.
    expect(date.value).toBe("01-09-2025");
    fireEvent.change(date, { target: { value: "15-9-2025" } });
    fireEvent.click(screen.getByRole("checkbox", { name: "Ook uitvraag per partij" }));
    fireEvent.click(screen.getByRole("button", { name: "Voorbeeld" }));

    expect(await screen.findByText("Blad: BO 2025-09-01")).toBeTruthy();
    expect(gateway.previewSummary).toHaveBeenCalledWith({ meetingDate: "2025-09-15", lang: "nl", today: "2025-09-01", replace: false, requestSheet: true, choice: ALL });
    expect(screen.getByText("Indicatoren met stoplicht")).toBeTruthy();
    expect(screen.getByText("Nog open: 14 fouten, 21 waarschuwingen")).toBeTruthy();

    const numbered = screen.getByRole("radio", { name: "Nieuw blad met volgnummer" }) as HTMLInputElement;
    expect(numbered.checked).toBe(true);
    fireEvent.click(screen.getByRole("radio", { name: "Bestaand blad vervangen" }));
    fireEvent.click(screen.getByRole("button", { name: "Samenvatting maken" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Blad vervangen?", hidden: HIDDEN_BY_TABSTER });
    expect(gateway.writeSummary).not.toHaveBeenCalled();
    fireEvent.click(await within(dialog).findByRole("button", { name: "Vervangen", hidden: HIDDEN_BY_TABSTER }));
    expect(await screen.findByText("Samenvatting geschreven op blad BO 2025-09-01.")).toBeTruthy();
    expect(gateway.writeSummary).toHaveBeenCalledWith(expect.objectContaining({ meetingDate: "2025-09-15", replace: true, requestSheet: true }));
  });

  it("writes a new numbered sheet without asking when the sheet exists and nothing was chosen", async () => {
    const gateway = await openSummary();
    gateway.writeSummary.mockResolvedValueOnce({ sheetName: "BO 2025-09-01 (2)" });
    fireEvent.click(screen.getByRole("button", { name: "Voorbeeld" }));
    await screen.findByText("Blad: BO 2025-09-01");
    fireEvent.click(screen.getByRole("button", { name: "Samenvatting maken" }));
    expect(await screen.findByText("Samenvatting geschreven op blad BO 2025-09-01 (2).")).toBeTruthy();
    expect(screen.queryByRole("alertdialog", { hidden: HIDDEN_BY_TABSTER })).toBeNull();
    expect(gateway.writeSummary).toHaveBeenCalledWith(expect.objectContaining({ replace: false }));
  });

  it("says when the sheet is written but Excel refused its print layout", async () => {
    const gateway = await openSummary();
    gateway.writeSummary.mockResolvedValueOnce({ sheetName: "BO 2025-09-01 (2)", layoutError: { code: "ApiNotFound", message: "Deze functie wordt niet ondersteund." } });
    fireEvent.click(screen.getByRole("button", { name: "Voorbeeld" }));
    await screen.findByText("Blad: BO 2025-09-01");
    fireEvent.click(screen.getByRole("button", { name: "Samenvatting maken" }));
    expect(await screen.findByText("Samenvatting geschreven op blad BO 2025-09-01 (2).")).toBeTruthy();
    expect(screen.getByText(/kon Excel niet toepassen: Deze functie wordt niet ondersteund. \(code: ApiNotFound\)/)).toBeTruthy();
  });

  it("writes in the workbook's language and refuses an empty meeting date", async () => {
    const gateway = await openSummary({ ...CHOICE, lang: "en" });
    const date = screen.getByLabelText(/Datum bestuurlijk overleg/);
    fireEvent.change(date, { target: { value: "" } });
    expect(screen.getByText("Vul een geldige datum in.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Voorbeeld" }).hasAttribute("disabled")).toBe(true);
    fireEvent.change(date, { target: { value: "2025-10-01" } });
    fireEvent.click(screen.getByRole("button", { name: "Voorbeeld" }));
    await screen.findByText("Blad: BO 2025-09-01");
    expect(gateway.previewSummary).toHaveBeenCalledWith(expect.objectContaining({ meetingDate: "2025-10-01", lang: "en" }));
  });

  it("ticks the sections, programmes and themes from Instellingen, and writes what is ticked", async () => {
    const gateway = await openSummary({ ...CHOICE, choice: { sections: ["activities", "indicators", "quota"], programmes: ["Gezond Samenleven versterken"], themes: null } });
    await waitFor(() => expect(box("Indicatoren").checked).toBe(true));
    expect(box("Sinds het vorige overleg").checked).toBe(false);
    expect(box("Uitvraag: nog aan te leveren").checked).toBe(false);
    expect(within(screen.getByRole("group", { name: "Programma's bij Indicatoren" })).getAllByRole("checkbox").map((b) => (b as HTMLInputElement).checked)).toEqual([false, true, false]);
    expect(box("Samenwerking").checked).toBe(true);

    // A housing meeting: no indicators, and one theme less.
    fireEvent.click(box("Indicatoren"));
    expect(box("Bestaanszekerheid bieden").disabled).toBe(true);
    fireEvent.click(box("Samenwerking"));
    fireEvent.click(screen.getByRole("button", { name: "Voorbeeld" }));
    await screen.findByText("Blad: BO 2025-09-01");
    expect(gateway.previewSummary).toHaveBeenCalledWith(
      expect.objectContaining({ choice: { sections: ["activities", "quota"], programmes: ["Gezond Samenleven versterken"], themes: ["Huisvesting vergunninghouders"] } }),
    );

    // Ticking every theme again is 'all themes' (a theme added later is then in too).
    fireEvent.click(box("Samenwerking"));
    expect(screen.queryByText("Blad: BO 2025-09-01")).toBeNull(); // a changed choice makes the preview out of date
    fireEvent.click(screen.getByRole("button", { name: "Samenvatting maken" }));
    await screen.findByText("Samenvatting geschreven op blad BO 2025-09-01.");
    expect(gateway.writeSummary).toHaveBeenCalledWith(expect.objectContaining({ choice: { sections: ["activities", "quota"], programmes: ["Gezond Samenleven versterken"], themes: null } }));
  });

  it("offers no programme or theme to choose when the workbook has only one", async () => {
    await openSummary({ ...CHOICE, programmes: ["Wonen"], themes: [] });
    await screen.findByRole("group", { name: "Onderdelen in de samenvatting" });
    expect(screen.queryByRole("group", { name: "Programma's bij Indicatoren" })).toBeNull();
    expect(screen.queryByRole("group", { name: "Thema's bij Activiteiten" })).toBeNull();
  });

  it("saves the ticked choice in Instellingen on request, in one call, and says so", async () => {
    const gateway = await openSummary();
    await waitFor(() => expect(box("Indicatoren").checked).toBe(true));
    fireEvent.click(box("Indicatoren"));
    fireEvent.click(screen.getByRole("button", { name: "Keuze bewaren in Instellingen" }));
    expect(await screen.findByText(/^De keuze staat in Instellingen/)).toBeTruthy();
    expect(gateway.writeSummaryChoice).toHaveBeenCalledTimes(1);
    expect(gateway.writeSummaryChoice).toHaveBeenCalledWith({ sections: ["since", "activities", "quota", "missing"], programmes: null, themes: null }, "nl");
    fireEvent.click(box("Indicatoren")); // a new choice is not saved yet
    expect(screen.queryByText(/^De keuze staat in Instellingen/)).toBeNull();
  });
});
