/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { HIDDEN_BY_TABSTER, fakeGateway, renderApp, sampleReport, SETTINGS } from "./fixtures";

async function openSummary(settings = SETTINGS) {
  const gateway = fakeGateway(await sampleReport(), { readSettings: jest.fn(async () => settings) });
  renderApp(gateway);
  fireEvent.click(screen.getByRole("tab", { name: "Samenvatting" }));
  await waitFor(() => expect(gateway.readSettings).toHaveBeenCalled());
  return gateway;
}

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
    expect(gateway.previewSummary).toHaveBeenCalledWith({ meetingDate: "2025-09-15", lang: "nl", today: "2025-09-01", replace: false, requestSheet: true });
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
    const gateway = await openSummary({ ...SETTINGS, lang: "en" });
    const date = screen.getByLabelText(/Datum bestuurlijk overleg/);
    fireEvent.change(date, { target: { value: "" } });
    expect(screen.getByText("Vul een geldige datum in.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Voorbeeld" }).hasAttribute("disabled")).toBe(true);
    fireEvent.change(date, { target: { value: "2025-10-01" } });
    fireEvent.click(screen.getByRole("button", { name: "Voorbeeld" }));
    await screen.findByText("Blad: BO 2025-09-01");
    expect(gateway.previewSummary).toHaveBeenCalledWith(expect.objectContaining({ meetingDate: "2025-10-01", lang: "en" }));
  });
});
