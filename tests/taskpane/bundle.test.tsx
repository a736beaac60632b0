/** @jest-environment jsdom */
import "./setup";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, RendererProvider, createDOMRenderer, type Theme } from "@fluentui/react-components";
import { axe } from "jest-axe";
import { isoToExcelSerial } from "../../src/core/parse/isoDate";
import { createOfficeGateway } from "../../src/excel/officeGateway";
import { detectCapabilities } from "../../src/excel/requirements";
import { App } from "../../src/taskpane/App";
import { activity, returnSnapshot } from "../core/merge/helpers";
import { hostWithActivities } from "../excel/seedSample";
import { createOfficeGlobals, type FakeExcelHost } from "../fake-excel";
import { buildXlsx, specOfSnapshot } from "../xlsx/buildXlsx";
import { HIDDEN_BY_TABSTER, keepHidingRules, TODAY } from "./fixtures";

/** The pane over the in-memory host through the real Office.js gateway: what the user sees is what Excel would do. */
function renderPane(host: FakeExcelHost, excelApi = "1.20") {
  const { Excel, Office } = createOfficeGlobals(host, { excelApi });
  const gateway = createOfficeGateway(Excel.run, detectCapabilities((name, version) => Office.context.requirements.isSetSupported(name, version)));
  const view = render(
    <RendererProvider renderer={createDOMRenderer(document, { unstable_filterCSSRule: keepHidingRules })}>
      <FluentProvider theme={{} as Theme}>
        <App gateway={gateway} lang="nl" today={TODAY} />
      </FluentProvider>
    </RendererProvider>,
  );
  return { gateway, view };
}

const UPDATED = isoToExcelSerial("2025-06-10");

/** The municipality (trekker of every row) answers A1, wants another Planning for A2 (an agreement: a conflict) and adds N1. */
function municipalityFile(party: string | null, name = "retour-gemeente.xlsx"): File {
  const snapshot = returnSnapshot(party, {
    activities: [
      activity({ ID: "A1", Thema: "Wonen", Afspraak: "Afspraak 1", Trekker: "Gemeente", Betrokkenen: null, Planning: "2026", Status: "Gereed", "Laatst bijgewerkt": UPDATED }),
      activity({ ID: "A2", Thema: "Wonen", Afspraak: "Afspraak 2", Trekker: "Gemeente", Betrokkenen: null, Planning: "2027", Status: "Niet gestart", "Laatst bijgewerkt": UPDATED }),
      activity({ ID: "N1", Thema: "Wonen", Afspraak: "Nieuwe afspraak", Trekker: "Gemeente", Betrokkenen: null, Planning: "2027", Status: "Niet gestart", "Laatst bijgewerkt": UPDATED }),
    ],
  });
  return new File([buildXlsx(specOfSnapshot(snapshot)) as Uint8Array<ArrayBuffer>], name, { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
}

async function openBundle() {
  fireEvent.click(screen.getByRole("tab", { name: "Bundelen" }));
  return screen.findByRole("button", { name: "Retouren kiezen" });
}

function pick(files: File[]) {
  fireEvent.change(screen.getByLabelText("Retouren kiezen", { selector: "input" }), { target: { files } });
}

/** Opens Bundelen, picks the municipality's return, waits for the preview and confirms. */
async function pickAndConfirm(host: FakeExcelHost, excelApi?: string) {
  renderPane(host, excelApi);
  await openBundle();
  pick([municipalityFile("Gemeente Dronten")]);
  await screen.findByText("Wat er gebeurt");
  fireEvent.click(screen.getByRole("button", { name: "Bundelen" }));
  const dialog = await screen.findByRole("alertdialog", { name: "Retouren bundelen?", hidden: HIDDEN_BY_TABSTER });
  fireEvent.click(within(dialog).getByRole("button", { name: "Bundelen", hidden: HIDDEN_BY_TABSTER }));
}

async function bundleAll(host: FakeExcelHost) {
  await pickAndConfirm(host);
  await screen.findByText("Gebundeld. Elke keuze staat op het werkblad Bundeling 2025-09-01.");
}

describe("Bundelen", () => {
  it("reads the picked return in the pane, previews per party, writes after a yes, and walks the conflicts cell by cell", async () => {
    const host = hostWithActivities(5);
    renderPane(host);
    await openBundle();
    pick([municipalityFile("Gemeente Dronten")]);
    expect(await screen.findByText("Wat er gebeurt")).toBeTruthy();
    expect(screen.getByText(/Overgenomen \d/).textContent).toBe("Overgenomen 3 · conflicten 1 · toegevoegd 1 · niet teruggekomen 3");
    expect(screen.getByText("Elke keuze komt op het nieuwe werkblad Bundeling 2025-09-01.")).toBeTruthy();
    expect(host.sheetNames()).not.toContain("Bundeling 2025-09-01");

    fireEvent.click(screen.getByRole("button", { name: "Bundelen" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Retouren bundelen?", hidden: HIDDEN_BY_TABSTER });
    expect(within(dialog).getByText(/neemt 3 waarden over, voegt 1 rij toe en maakt het werkblad Bundeling 2025-09-01/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Bundelen", hidden: HIDDEN_BY_TABSTER }));
    expect(await screen.findByText("Gebundeld. Elke keuze staat op het werkblad Bundeling 2025-09-01.")).toBeTruthy();
    expect(screen.getByText(/Ongedaan maken \(Ctrl\+Z\)/)).toBeTruthy();
    expect(host.cell("Activiteiten", "I2").value).toBe("Gereed");
    expect(host.cell("Activiteiten", "A7")).toMatchObject({ value: "N1", table: "tblActiviteiten" });
    expect(host.sheetNames()).toContain("Bundeling 2025-09-01");

    expect(screen.getByRole("heading", { name: "Conflicten (1)" })).toBeTruthy();
    expect(screen.getByText("A2 · Planning")).toBeTruthy();
    expect(screen.getByText("In de werkmap: 2026")).toBeTruthy();
    expect(screen.getByText("Gemeente Dronten: 2027")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Volgende" }));
    expect(await screen.findByText("Conflict 1 van 1: Activiteiten G3")).toBeTruthy();
    await waitFor(() => expect(host.selection).toBe("Activiteiten!G3"));
    expect(screen.getByRole("button", { name: "Volgende" }).hasAttribute("disabled")).toBe(true);
  });

  it("asks whose a return is when it does not say, then bundles it for that party", async () => {
    const host = hostWithActivities(3);
    renderPane(host);
    await openBundle();
    pick([municipalityFile(null, "voortgang.xlsx")]);
    expect(await screen.findByText("Nog niet klaar om te bundelen")).toBeTruthy();
    expect(screen.getByText(/voortgang\.xlsx: van welke partij is deze retour\?/)).toBeTruthy();
    fireEvent.click(screen.getByRole("combobox", { name: /Van welke partij is voortgang\.xlsx\?/ }));
    fireEvent.click(await screen.findByRole("option", { name: "Gemeente Dronten" }));
    fireEvent.click(screen.getByRole("button", { name: "Voorbeeld bekijken" }));
    expect(await screen.findByText("Wat er gebeurt")).toBeTruthy();
    expect(screen.queryByText("Nog niet klaar om te bundelen")).toBeNull();
  });

  it("names a file that is no workbook, and bundles the rest", async () => {
    const host = hostWithActivities(3);
    renderPane(host);
    await openBundle();
    pick([new File(["geen werkmap"], "notities.xlsx"), municipalityFile("Gemeente Dronten")]);
    expect(await screen.findByText(/'notities\.xlsx' is geen leesbare Excel-werkmap/)).toBeTruthy();
    expect(await screen.findByText("Wat er gebeurt")).toBeTruthy();
  });

  it("offers Terugdraaien on Excel without one undo step, and takes the run back", async () => {
    const host = hostWithActivities(3);
    await pickAndConfirm(host, "1.13");
    expect(await screen.findByText(/knop Terugdraaien, zolang u het taakvenster open laat/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Terugdraaien" }));
    expect(await screen.findByText("Het bundelen is teruggedraaid.")).toBeTruthy();
    expect(host.sheetNames()).not.toContain("Bundeling 2025-09-01");
    expect(host.cell("Activiteiten", "I2").value).toBe("Niet gestart");
  });

  it("uses the same number of round trips for 10 and 1 000 rows", async () => {
    const counts: number[] = [];
    for (const rows of [10, 1_000]) {
      const host = hostWithActivities(rows);
      await bundleAll(host);
      counts.push(host.syncCount);
      document.body.innerHTML = "";
    }
    expect(counts[0]).toBe(counts[1]);
  }, 30_000);

  it("has no accessibility violations with a preview and a conflict", async () => {
    const host = hostWithActivities(3);
    const { view } = renderPane(host);
    await openBundle();
    pick([municipalityFile("Gemeente Dronten")]);
    await screen.findByText("Wat er gebeurt");
    expect(await axe(view.container)).toHaveNoViolations();
  });
});
