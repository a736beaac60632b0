/** @jest-environment jsdom */
import "./setup";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { CheckReport } from "../../src/core/engine/checkWorkbook";
import { countLabel, SEVERITIES, SEVERITY_LABELS } from "../../src/core/i18n/labels";
import type { Finding } from "../../src/core/rules/types";
import { todoAsText } from "../../src/core/todo/partyTodo";
import { fakeGateway, renderApp, sampleReport } from "./fixtures";
import { ruleName } from "../../src/core/rules/ruleName";
import { findingRank, rankFindings } from "../../src/core/engine/rankFindings";

// Expectations come from the report itself: the sample workbook may gain rows, the pane must show whatever the check found.
function doneText(report: CheckReport): string {
  return `Controle klaar: ${SEVERITIES.map((s) => countLabel(report.counts[s], s, "nl")).join(", ")}.`;
}

async function runCheck(report: CheckReport) {
  fireEvent.click(screen.getByRole("button", { name: "Controleren" }));
  await screen.findByText(doneText(report));
}

function findingsSection() {
  return screen.getByRole("region", { name: "Bevindingen" });
}

function rowOf(finding: Finding): HTMLElement {
  const rows = within(findingsSection()).getAllByRole("listitem");
  const row = rows.find((r) => r.textContent?.includes(`${finding.cell} · ${ruleName(finding.rule, "nl")}`) && r.textContent.includes(finding.message));
  if (!row) throw new Error(`no row for ${finding.sheet} ${finding.cell}`);
  return row;
}

function bySeverity(findings: readonly Finding[]): Finding[] {
  return SEVERITIES.flatMap((s) => findings.filter((f) => f.severity === s));
}

async function chooseSheet(sheet: string) {
  fireEvent.click(screen.getByRole("combobox", { name: "Blad" }));
  fireEvent.click(await screen.findByRole("option", { name: new RegExp(`^${sheet} \\(\\d+\\)$`) }));
}

describe("Controleren", () => {
  it("runs the check and lists the findings grouped by severity and sheet, with counts", async () => {
    const report = await sampleReport();
    const gateway = fakeGateway(report);
    renderApp(gateway);
    await runCheck(report);
    expect(gateway.check).toHaveBeenCalledWith({ today: "2025-09-01", lang: "nl" });

    const headings = within(findingsSection()).getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    // The findings that change a BO figure first (rankFindings), then the others per severity.
    const figures = report.findings.filter((f) => findingRank(f) === "figures");
    const present = SEVERITIES.filter((s) => report.findings.some((f) => f.severity === s && findingRank(f) !== "figures"));
    const others = (s: string) => report.findings.filter((f) => f.severity === s && findingRank(f) !== "figures").length;
    expect(headings).toEqual([`Van invloed op de cijfers voor het overleg${figures.length}`, ...present.map((s) => `${SEVERITY_LABELS.nl[s].heading}${others(s)}`)]);

    const ranked = rankFindings(report.findings);
    expect(ranked[0].rule).toBe("quota-stated-mismatch");
    const sheetHeadings = within(findingsSection()).getAllByRole("heading", { level: 4 }).map((h) => h.textContent);
    expect(sheetHeadings[0]).toBe(`Taakstelling (${figures.filter((f) => f.sheet === "Taakstelling").length})`);
    const errors = report.findings.filter((f) => f.severity === "error" && findingRank(f) !== "figures");
    const firstSheet = errors[0].sheet;
    const group = within(findingsSection()).getByRole("region", { name: `Fouten in ${firstSheet}` });
    expect(within(group).getAllByRole("listitem")).toHaveLength(errors.filter((f) => f.sheet === firstSheet).length);
    expect(within(findingsSection()).getAllByRole("listitem")).toHaveLength(report.findings.length);

    const unknownParty = report.findings.find((f) => f.rule === "unknown-party")!;
    expect(rowOf(unknownParty).textContent).toContain("is niet gevonden in Partijen");
  });

  it("shows the reference date with its source, switched-off rules and the quota in the header", async () => {
    const sample = await sampleReport();
    const report: CheckReport = {
      ...sample,
      referenceDate: "2025-06-15",
      referenceDateSource: "workbook",
      disabledRules: ["stale-row"],
      severityOverrides: { "number-stored-as-text": "warning" },
    };
    renderApp(fakeGateway(report));
    await runCheck(report);
    expect(screen.getByText("Peildatum 15 juni 2025 (uit Instellingen)")).toBeTruthy();
    expect(screen.getByText("Uitgeschakeld: Lang niet bijgewerkt")).toBeTruthy();
    expect(screen.getByText("Aangepaste ernst: Getal als tekst → waarschuwing")).toBeTruthy();
    // The summary's headline: the stated figure first (the official one), the computed one beside it with the cell that explains the difference.
    expect(screen.getByText("Achterstand taakstelling na 2e helft 2024: 32 volgens de tabel (berekend 48); het verschil komt uit Taakstelling C6")).toBeTruthy();
    expect(screen.getByText("Verwacht tekort op 1 juli 2025: 15 volgens de tabel (berekend 31)")).toBeTruthy();
    expect(screen.getByText("Verwacht tekort op 1 januari 2026: 0 volgens de tabel (berekend 12)")).toBeTruthy();
  });

  it("filters by severity and by sheet", async () => {
    const report = await sampleReport();
    renderApp(fakeGateway(report));
    await runCheck(report);
    const warnings = screen.getByRole("button", { name: `${report.counts.warning} Waarschuwingen` });
    expect(warnings.getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(warnings);
    expect(warnings.getAttribute("aria-pressed")).toBe("false");
    const headings = within(findingsSection()).getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(headings.some((h) => h?.startsWith("Waarschuwingen"))).toBe(false);
    const shown = report.findings.length - report.counts.warning;
    expect(screen.getByText(`${shown} van ${report.findings.length} bevindingen getoond`)).toBeTruthy();
    fireEvent.click(warnings);

    await chooseSheet("Taakstelling");
    const expected = bySeverity(report.findings.filter((f) => f.sheet === "Taakstelling"));
    await waitFor(() => expect(screen.getByText(`${expected.length} van ${report.findings.length} bevindingen getoond`)).toBeTruthy());
    const rows = within(findingsSection()).getAllByRole("listitem");
    expect(rows.map((r) => r.textContent?.match(/([A-Z]+\d+) · (.+)$/)?.slice(1, 3).join(" "))).toEqual(expected.map((f) => `${f.cell} ${ruleName(f.rule, "nl")}`));
  });

  it("selects a finding's cell in Excel on a click and on Enter", async () => {
    const report = await sampleReport();
    const gateway = fakeGateway(report);
    renderApp(gateway);
    await runCheck(report);
    const [first, second] = report.findings;
    const row = rowOf(first);
    fireEvent.click(row);
    expect(gateway.select).toHaveBeenLastCalledWith(first.sheet, first.cell);
    expect(row.getAttribute("aria-current")).toBe("true");

    const other = rowOf(second);
    other.focus();
    fireEvent.keyDown(other, { key: "Enter" });
    expect(gateway.select).toHaveBeenLastCalledWith(second.sheet, second.cell);
    expect(row.getAttribute("aria-current")).toBeNull();
  });

  it("walks the filtered findings with Volgende and Vorige, and with Alt+↓ / Alt+↑", async () => {
    const report = await sampleReport();
    const gateway = fakeGateway(report);
    renderApp(gateway);
    await runCheck(report);
    await chooseSheet("Taakstelling");
    const walk = bySeverity(report.findings.filter((f) => f.sheet === "Taakstelling"));
    expect(walk.length).toBeGreaterThanOrEqual(3);

    const next = screen.getByRole("button", { name: "Volgende" });
    const previous = screen.getByRole("button", { name: "Vorige" });
    expect(next.getAttribute("aria-keyshortcuts")).toBe("Alt+ArrowDown");
    expect(previous.getAttribute("aria-keyshortcuts")).toBe("Alt+ArrowUp");
    expect(previous.hasAttribute("disabled")).toBe(true);

    fireEvent.click(next);
    expect(gateway.select).toHaveBeenLastCalledWith("Taakstelling", walk[0].cell);
    expect(screen.getByText(`Bevinding 1 van ${walk.length}: Taakstelling ${walk[0].cell}`)).toBeTruthy();
    fireEvent.click(next);
    expect(gateway.select).toHaveBeenLastCalledWith("Taakstelling", walk[1].cell);
    fireEvent.click(previous);
    expect(gateway.select).toHaveBeenLastCalledWith("Taakstelling", walk[0].cell);

    fireEvent.keyDown(next, { key: "ArrowDown", altKey: true });
    fireEvent.keyDown(next, { key: "ArrowDown", altKey: true });
    expect(gateway.select).toHaveBeenLastCalledWith("Taakstelling", walk[2].cell);
    fireEvent.keyDown(next, { key: "ArrowUp", altKey: true });
    expect(gateway.select).toHaveBeenLastCalledWith("Taakstelling", walk[1].cell);

    for (let i = 0; i < walk.length; i++) fireEvent.click(next);
    const last = walk[walk.length - 1];
    expect(gateway.select).toHaveBeenLastCalledWith("Taakstelling", last.cell);
    expect(screen.getByText(`Bevinding ${walk.length} van ${walk.length}: Taakstelling ${last.cell}`)).toBeTruthy();
    expect(next.hasAttribute("disabled")).toBe(true);
  });

  it("marks the cells and removes the marking with the switch", async () => {
    const report = await sampleReport();
    const gateway = fakeGateway(report);
    renderApp(gateway);
    await runCheck(report);
    const toggle = screen.getByRole("switch", { name: "Cellen markeren" }) as HTMLInputElement;
    fireEvent.click(toggle);
    await waitFor(() => expect(gateway.highlight).toHaveBeenCalledWith(report.findings, "nl"));
    await waitFor(() => expect(toggle.checked).toBe(true));
    fireEvent.click(toggle);
    await waitFor(() => expect(gateway.clearHighlight).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(toggle.checked).toBe(false));
  });

  it("writes the control sheet and says so", async () => {
    const report = await sampleReport();
    const gateway = fakeGateway(report);
    renderApp(gateway);
    await runCheck(report);
    fireEvent.click(screen.getByRole("button", { name: "Controleblad schrijven" }));
    expect(await screen.findByText(`Blad Controle bijgewerkt met ${report.findings.length} bevindingen.`)).toBeTruthy();
    expect(gateway.writeControlSheet).toHaveBeenCalledWith(report.findings, "nl", report.ruleNames);
  });

  it("says where the findings went when the user's own sheet Controle was kept", async () => {
    const report = await sampleReport();
    const gateway = fakeGateway(report, { writeControlSheet: jest.fn(async () => ({ sheetName: "Controle 2", keptUserSheet: true })) });
    renderApp(gateway);
    await runCheck(report);
    fireEvent.click(screen.getByRole("button", { name: "Controleblad schrijven" }));
    expect(
      await screen.findByText(`Blad Controle 2 bijgewerkt met ${report.findings.length} bevindingen. Uw eigen blad Controle is bewaard; de bevindingen staan op blad Controle 2.`),
    ).toBeTruthy();
  });
});

describe("Uitvraag per partij", () => {
  const original = Object.getOwnPropertyDescriptor(navigator, "clipboard");
  afterEach(() => {
    if (original) Object.defineProperty(navigator, "clipboard", original);
    else delete (navigator as unknown as Record<string, unknown>).clipboard;
  });

  function mockClipboard(writeText: jest.Mock) {
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
  }

  async function openParty(party: string) {
    const todo = screen.getByRole("region", { name: "Uitvraag per partij" });
    fireEvent.click(within(todo).getByRole("button", { name: new RegExp(`^${party}`) }));
    const copy = await within(todo).findByRole("button", { name: `Kopieer als tekst: uitvraag aan ${party}` });
    await act(async () => {
      fireEvent.click(copy);
    });
  }

  it("lists each party with its item count and copies its list as text for an e-mail", async () => {
    const report = await sampleReport();
    const writeText = jest.fn(async (_text: string) => undefined);
    mockClipboard(writeText);
    renderApp(fakeGateway(report));
    await runCheck(report);
    const todo = screen.getByRole("region", { name: "Uitvraag per partij" });
    expect(within(todo).getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual(report.todo.map((p) => `${p.party}${p.items.length}`));
    const party = report.todo.find((p) => p.party === "OFW") ?? report.todo[0];
    await openParty(party.party);
    expect(await screen.findByText(`Uitvraag aan ${party.party} gekopieerd.`)).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(todoAsText(party, "nl"));
    expect(writeText.mock.calls[0][0]).toMatch(new RegExp(`^Nog aan te leveren door ${party.party}:\\n- `));
  });

  it("shows the text selected in a read-only field when the clipboard is refused", async () => {
    const report = await sampleReport();
    mockClipboard(jest.fn(async () => Promise.reject(new Error("NotAllowedError"))));
    renderApp(fakeGateway(report));
    await runCheck(report);
    const party = report.todo[0];
    await openParty(party.party);
    const field = (await screen.findByRole("textbox", { name: `Uitvraag aan ${party.party} als tekst` })) as HTMLTextAreaElement;
    expect(field.readOnly).toBe(true);
    expect(field.value).toBe(todoAsText(party, "nl"));
    expect(document.activeElement).toBe(field);
    expect(screen.getByText(/Kopiëren lukte niet/)).toBeTruthy();
  });
});

describe("errors and progress", () => {
  it("shows an Office error with its code in a MessageBar and logs it", async () => {
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const gateway = fakeGateway(await sampleReport(), {
      check: jest.fn(async () => Promise.reject({ code: "InvalidArgument", message: "Het argument is ongeldig of ontbreekt." })),
    });
    renderApp(gateway);
    fireEvent.click(screen.getByRole("button", { name: "Controleren" }));
    const bar = await screen.findByRole("group", { name: /Excel gaf een fout/ });
    expect(bar.textContent).toContain("Het argument is ongeldig of ontbreekt. (code: InvalidArgument)");
    expect(logged).toHaveBeenCalledWith(expect.stringContaining("InvalidArgument"), "", expect.anything());
    fireEvent.click(within(bar).getByRole("button", { name: "Foutmelding sluiten" }));
    await waitFor(() => expect(screen.queryByRole("group", { name: /Excel gaf een fout/ })).toBeNull());
    logged.mockRestore();
  });

  it("shows a labelled progress bar when an action takes longer than a moment", async () => {
    const report = await sampleReport();
    let finish: (value: CheckReport) => void = () => undefined;
    const gateway = fakeGateway(report, { check: jest.fn(() => new Promise<CheckReport>((resolve) => (finish = resolve))) });
    renderApp(gateway);
    fireEvent.click(screen.getByRole("button", { name: "Controleren" }));
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(await screen.findByRole("progressbar", { name: "Bezig: Controleren" }, { timeout: 2000 })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Controleren" }).hasAttribute("disabled")).toBe(true);
    await act(async () => finish(report));
    await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull());
  });
});
