/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { HIDDEN_BY_TABSTER, fakeGateway, PREVIEW, openTab, renderApp, RESULT, sampleReport } from "./fixtures";

async function openStructure() {
  const report = await sampleReport();
  const gateway = fakeGateway(report);
  renderApp(gateway);
  await openTab("Inrichten");
  return gateway;
}

describe("Inrichten", () => {
  it("previews the planned changes grouped by sheet, asks before applying, reports and reverts", async () => {
    const gateway = await openStructure();
    expect(screen.getByRole("button", { name: "Terugdraaien" }).hasAttribute("disabled")).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Voorbeeld bekijken" }));
    expect(await screen.findByText("3 geplande wijzigingen")).toBeTruthy();
    expect(gateway.planStructure).toHaveBeenCalledWith("nl");
    const activities = screen.getByRole("region", { name: "Wijzigingen in Activiteiten" });
    expect(within(activities).getByRole("heading", { level: 2 }).textContent).toBe("Activiteiten (2)");
    expect(within(activities).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["Keuzelijst Status op kolom Status", "Kopregel vastzetten"]);
    expect(screen.getByRole("region", { name: "Wijzigingen in Lijsten" })).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Toepassen" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Wijzigingen toepassen?", hidden: HIDDEN_BY_TABSTER });
    expect(dialog.textContent).toContain("maakt 3 wijzigingen");
    expect(gateway.applyStructure).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole("button", { name: "Toepassen", hidden: HIDDEN_BY_TABSTER }));
    expect(await screen.findByText("3 wijzigingen toegepast.")).toBeTruthy();
    expect(gateway.applyStructure).toHaveBeenCalledWith("nl");
    expect(screen.getByText(/Terugdraaien kan met de knop Terugdraaien/)).toBeTruthy();
    expect(screen.getByRole("region", { name: "Gewijzigd in Activiteiten" })).toBeTruthy();

    const revert = screen.getByRole("button", { name: "Terugdraaien" });
    expect(revert.hasAttribute("disabled")).toBe(false);
    fireEvent.click(revert);
    expect(await screen.findByText("De laatste inrichting is teruggedraaid.")).toBeTruthy();
    expect(gateway.revertStructure).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getByRole("button", { name: "Terugdraaien" }).hasAttribute("disabled")).toBe(true));
  });

  it("changes nothing when the confirmation is cancelled", async () => {
    const gateway = await openStructure();
    fireEvent.click(screen.getByRole("button", { name: "Voorbeeld bekijken" }));
    fireEvent.click(await screen.findByRole("button", { name: "Toepassen" }));
    const dialog = await screen.findByRole("alertdialog", { hidden: HIDDEN_BY_TABSTER });
    fireEvent.click(within(dialog).getByRole("button", { name: "Annuleren", hidden: HIDDEN_BY_TABSTER }));
    await waitFor(() => expect(screen.queryByRole("alertdialog", { hidden: HIDDEN_BY_TABSTER })).toBeNull());
    expect(gateway.applyStructure).not.toHaveBeenCalled();
    expect(screen.getByText("3 geplande wijzigingen")).toBeTruthy();
  });

  it("says so when the workbook is already in the standard format", async () => {
    const gateway = await openStructure();
    gateway.planStructure.mockResolvedValueOnce({ changes: [], upToDate: true });
    fireEvent.click(screen.getByRole("button", { name: "Voorbeeld bekijken" }));
    expect(await screen.findByText("De werkmap volgt het standaardformaat al. Er is niets te doen.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Toepassen" })).toBeNull();
  });

  it("marks changes that could not be made and counts only those made", async () => {
    const gateway = await openStructure();
    const skipped = { ...PREVIEW.changes[1], skipped: true, description: { nl: "Keuzelijst Status niet gezet: I5:I6 zijn samengevoegd. Heffen de samenvoeging op en voer Inrichten opnieuw uit.", en: "Not set" } };
    gateway.applyStructure.mockResolvedValueOnce({ ...RESULT, applied: [PREVIEW.changes[0], skipped, PREVIEW.changes[2]] });
    fireEvent.click(screen.getByRole("button", { name: "Voorbeeld bekijken" }));
    fireEvent.click(await screen.findByRole("button", { name: "Toepassen" }));
    fireEvent.click(within(await screen.findByRole("alertdialog", { hidden: HIDDEN_BY_TABSTER })).getByRole("button", { name: "Toepassen", hidden: HIDDEN_BY_TABSTER }));
    expect(await screen.findByText("2 wijzigingen toegepast.")).toBeTruthy();
    expect(screen.getByText(/1 overgeslagen: bij elk ervan staat wat u zelf kunt doen\./)).toBeTruthy();
    const done = screen.getByRole("region", { name: "Gewijzigd in Activiteiten" });
    expect(within(done).getAllByRole("listitem")[0].textContent).toMatch(/^overgeslagen Keuzelijst Status niet gezet/);
  });

  it("points to Excel's undo when the run was one undo step", async () => {
    const gateway = await openStructure();
    gateway.applyStructure.mockResolvedValueOnce({ ...RESULT, undo: "excel-undo" });
    fireEvent.click(screen.getByRole("button", { name: "Voorbeeld bekijken" }));
    fireEvent.click(await screen.findByRole("button", { name: "Toepassen" }));
    fireEvent.click(within(await screen.findByRole("alertdialog", { hidden: HIDDEN_BY_TABSTER })).getByRole("button", { name: "Toepassen", hidden: HIDDEN_BY_TABSTER }));
    expect(await screen.findByText(/Ongedaan maken \(Ctrl\+Z\) in Excel/)).toBeTruthy();
    expect(PREVIEW.changes).toHaveLength(3);
  });
});
