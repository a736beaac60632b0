// The task pane in a real browser: headless Debian Chromium at the task pane's 320 px, the production
// start-up and Office.js gateway over the in-memory host with the sample workbook. Fails on any console
// error and on any request that leaves localhost; runs axe-core (colour contrast included) on each view;
// writes its screenshots to build/screenshots/, so a run leaves the clone clean. `npm run screenshots` runs the
// same test writing to docs/screenshots/, the README's pictures: updating those is a deliberate step.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { readWorkbookFile } from "../../src/cli/readWorkbook";
import { returnWorkbookBytes } from "../../src/cli/returnWorkbook";
import { checkModel } from "../../src/core/engine/checkWorkbook";
import { buildModel } from "../../src/core/model/workbookModel";
import { planReturns } from "../../src/core/returns";
import { buildDemo, serveDemo, type DemoServer } from "./demoServer";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SAMPLE = path.resolve(__dirname, "../../assets/Voorbeeld-activiteitenoverzicht.xlsx");
declare const BM_SCREENSHOTS: string | undefined; // set by `npm run screenshots` (jest --globals)
const SCREENSHOTS = path.resolve(__dirname, "../..", typeof BM_SCREENSHOTS === "string" ? BM_SCREENSHOTS : "build/screenshots");
// The axe-core that jest-axe uses for the jsdom tests (the top-level axe-core is an older one pulled in by another tool).
const AXE = require.resolve("axe-core/axe.min.js", { paths: [path.dirname(require.resolve("jest-axe"))] });

const problems: string[] = [];
let server: DemoServer | undefined;
let browser: Browser | undefined;
let page: Page;

function isLocal(url: string): boolean {
  return url.startsWith("http://127.0.0.1") || url.startsWith("http://localhost");
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core's violations on the page, or only inside an open modal dialog (`modal`): the page behind a modal is
 * aria-hidden on purpose, so page-level rules do not apply then. Tabster's focus sentinels
 * (`<i data-tabster-dummy tabindex="0" aria-hidden>`, which hand focus on and are never read out) are left out.
 */
async function axeViolations(modal?: string): Promise<string[]> {
  // Colour contrast is judged on a settled page. Once in about a dozen runs, axe found Instellingen' primary button
  // (white on #0F6CBD, 5:1) below the limit just after the view had loaded; it did not reproduce in ten more runs.
  // So a violation is checked again after a moment: one seen while the view settles goes, a real one stays.
  const first = await axeOnce(modal);
  if (first.length === 0) return first;
  await new Promise((resolve) => setTimeout(resolve, 300));
  return axeOnce(modal);
}

async function axeOnce(modal?: string): Promise<string[]> {
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))));
  const violations = await page.evaluate(async (scope) => {
    const axe = (window as unknown as { axe: { run(context: object, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const exclude = [["[data-tabster-dummy]"]];
    const context = scope ? { include: [[scope]], exclude: [...exclude, ["#container"]] } : { exclude };
    const pageRules = ["landmark-one-main", "page-has-heading-one", "region"];
    const rules = scope ? Object.fromEntries(pageRules.map((id) => [id, { enabled: false }])) : {};
    const result = await axe.run(context, { resultTypes: ["violations"], rules });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  }, modal);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Polls `read` until `done` accepts its value (or gives the last value after `timeoutMs`). */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

/** The cell the in-memory Excel has selected, `Blad!A1`. */
function selection(): Promise<string | null> {
  return page.evaluate(() => window.beleidsmonitorDemo?.selection() ?? null);
}

async function openTab(name: string) {
  await page.getByRole("tab", { name }).click();
  await page.getByRole("tabpanel", { name }).waitFor();
}

async function screenshot(name: string) {
  await page.mouse.move(0, 0); // no hover effect in the picture
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** OFW's return from the uitvraag of the sample, answered by script: one status taken, one agreement changed (a conflict). */
async function answeredReturn(): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const { snapshot } = await readWorkbookFile(SAMPLE);
  const model = buildModel(snapshot);
  const report = checkModel(model, { today: "2025-06-15" });
  const [plan] = planReturns(model, report, { issuedOn: "2025-06-15", parties: ["OFW"] }).plans;
  const table = plan.sheets.find((s) => s.name === "Activiteiten")!.tables[0];
  const column = (key: string) => table.columns.findIndex((c) => c.key === key);
  const lead = table.rows.filter((row) => row[column("lead")]?.value === "OFW");
  lead[0][column("status")] = { type: "text", value: "Gereed" };
  lead[1][column("schedule")] = { type: "text", value: "2030" };
  return { name: plan.fileName, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(await returnWorkbookBytes(plan, "test")) };
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const [root, { snapshot }] = await Promise.all([buildDemo(), readWorkbookFile(SAMPLE)]);
  server = await serveDemo(root, { "/sample-snapshot.json": JSON.stringify(snapshot) });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--lang=nl-NL"],
  });
  const context = await browser.newContext({ viewport: { width: 320, height: 800 }, locale: "nl-NL", reducedMotion: "reduce" });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    problems.push(`request outside localhost: ${url}`);
    return route.abort();
  });
  page = await context.newPage();
  page.on("request", (request) => {
    if (!isLocal(request.url())) problems.push(`request outside localhost: ${request.url()}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  await page.goto(server.url);
  await page.getByRole("heading", { name: "Beleidsmonitor", level: 1 }).waitFor();
  await page.addScriptTag({ path: AXE });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the task pane in Chromium at 320 px", () => {
  it("starts through Office.onReady in Dutch, without office.js from the CDN", async () => {
    expect(await page.getByRole("tab", { name: "Controleren" }).getAttribute("aria-selected")).toBe("true");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("nl");
    expect(await page.evaluate(() => document.querySelectorAll('script[src*="office.js"]').length)).toBe(0);
  });

  it("Inrichten: preview, confirm, apply and report", async () => {
    await openTab("Inrichten");
    await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
    const upToDate = page.getByText("De werkmap volgt het standaardformaat al. Er is niets te doen.");
    const planned = page.getByRole("status").filter({ hasText: /geplande wijzigingen/ });
    await upToDate.or(planned).first().waitFor();
    if (await planned.isVisible()) {
      const dialogOpen = page.getByRole("button", { name: "Toepassen" });
      await dialogOpen.click();
      const dialog = page.getByRole("alertdialog", { name: "Wijzigingen toepassen?" });
      await dialog.waitFor();
      // With a modal open the page behind it is aria-hidden, as it should be: check the dialog itself.
      expect(await axeViolations('[role="alertdialog"]')).toEqual([]);
      await dialog.getByRole("button", { name: "Toepassen" }).click();
      await page.getByText(/wijzigingen toegepast\./).waitFor();
      await dialog.waitFor({ state: "detached" });
      // Tabster gives the page back to assistive technology shortly after the modal closes.
      await page.waitForFunction(() => !document.getElementById("container")?.hasAttribute("aria-hidden"));
    }
    expect(await axeViolations()).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot("inrichten");
  });

  it("Controleren: check, click a finding and walk to the next one; Excel's selection follows", async () => {
    await openTab("Controleren");
    await page.getByRole("button", { name: "Controleren", exact: true }).click();
    await page.getByText(/^Controle klaar: /).waitFor();
    const rows = page.getByRole("region", { name: "Bevindingen" }).getByRole("listitem");
    const first = rows.filter({ hasText: " · Partijnaam klopt niet" }).first();
    const cell = (await first.textContent())?.match(/([A-Z]+\d+) · Partijnaam klopt niet/)?.[1];
    expect(cell).toBeTruthy();
    await first.click();
    expect(await until(selection, (s) => s === `Activiteiten!${cell}`)).toBe(`Activiteiten!${cell}`);
    expect(await first.getAttribute("aria-current")).toBe("true");

    await page.getByRole("button", { name: "Volgende" }).click();
    expect(await until(selection, (s) => s !== `Activiteiten!${cell}`)).toMatch(/^[^!]+![A-Z]+\d+$/);
    await page.getByText(/^Bevinding \d+ van \d+: /).waitFor();
    expect(await axeViolations()).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot("controleren");
  });

  it("Instellingen: the workbook's settings are loaded", async () => {
    await openTab("Instellingen");
    const days = page.getByRole("spinbutton", { name: /Signaleringstermijn/ });
    expect(await until(() => days.inputValue(), (value) => value !== "")).toMatch(/^\d+$/);
    expect(await page.getByRole("button", { name: "Opslaan" }).isEnabled()).toBe(true);
    expect(await axeViolations()).toEqual([]);
    await screenshot("instellingen");
  });

  it("Samenvatting: the sections, programmes and themes to choose, ticked from Instellingen", async () => {
    await openTab("Samenvatting");
    await page.getByRole("group", { name: "Onderdelen in de samenvatting" }).waitFor();
    await until(() => page.getByRole("group", { name: "Programma's bij Indicatoren" }).count(), (n) => n === 1);
    expect(await page.getByRole("checkbox", { name: "Indicatoren" }).isChecked()).toBe(true);
    await page.getByRole("checkbox", { name: "Indicatoren" }).click();
    expect(await page.getByRole("checkbox", { name: "Bestaanszekerheid bieden" }).isDisabled()).toBe(true);
    await page.getByRole("checkbox", { name: "Indicatoren" }).click();
    expect(await axeViolations()).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.move(0, 0);
    await page.screenshot({ path: path.join(SCREENSHOTS, "samenvatting.png"), fullPage: true });

    // Without Sinds het vorige overleg, Wat is er veranderd says so instead of listing what the summary leaves out.
    await page.getByRole("checkbox", { name: "Sinds het vorige overleg" }).click();
    await page.getByRole("button", { name: "Voorbeeld" }).click();
    await page.getByText(/^Sinds het vorige overleg staat niet in deze samenvatting\. Vink het aan bij Onderdelen/).waitFor();
    expect(await axeViolations()).toEqual([]);
  });

  // --- Bundelen (its own block: a return made by the uitvraag, answered by script, bundled back) ---
  it("Bundelen: pick a return, preview, bundle, and walk to a conflict; Excel's selection follows", async () => {
    const file = await answeredReturn();
    await openTab("Bundelen");
    await page.getByLabel("Retouren kiezen").setInputFiles(file);
    await page.getByRole("heading", { name: "Wat er gebeurt" }).waitFor();
    await page.getByRole("button", { name: "Bundelen", exact: true }).click();
    const dialog = page.getByRole("alertdialog", { name: "Retouren bundelen?" });
    await dialog.waitFor();
    expect(await axeViolations('[role="alertdialog"]')).toEqual([]);
    await dialog.getByRole("button", { name: "Bundelen" }).click();
    await page.getByText(/^Gebundeld\. Elke keuze staat op het werkblad Bundeling /).waitFor();
    await dialog.waitFor({ state: "detached" });
    await page.waitForFunction(() => !document.getElementById("container")?.hasAttribute("aria-hidden"));
    expect(await page.evaluate(() => window.beleidsmonitorDemo?.sheetNames().some((n) => n.startsWith("Bundeling ")))).toBe(true);
    await page.getByRole("button", { name: "Volgende" }).click();
    expect(await until(selection, (s) => s !== null && s.startsWith("Activiteiten!"))).toMatch(/^Activiteiten![A-Z]+\d+$/);
    await page.getByText(/^Conflict 1 van \d+: Activiteiten /).waitFor();
    expect(await axeViolations()).toEqual([]);
    // The whole view, down to the conflict being walked: taller than the other pictures.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.move(0, 0);
    await page.screenshot({ path: path.join(SCREENSHOTS, "bundelen.png"), fullPage: true });
  });

  it("logged no console error and made no request outside localhost", () => {
    expect(problems).toEqual([]);
  });
});
