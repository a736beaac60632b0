// Offline structural checks of manifest.xml (the Microsoft validator needs the network; see `npm run validate`).
import fs from "fs";
import path from "path";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { DEV_BASE_URL } from "../../scripts/manifest-url";

const root = path.resolve(__dirname, "../..");
const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const parseProblems: string[] = [];

function parseManifest(): Element {
  const parser = new DOMParser({ onError: (level, message) => parseProblems.push(`${level}: ${message}`) });
  try {
    return parser.parseFromString(xml, "text/xml").documentElement as Element;
  } catch (error) {
    parseProblems.push(String(error)); // a fatal error: the "is well-formed" test reports it
    return new DOMParser().parseFromString("<Unreadable/>", "text/xml").documentElement as Element;
  }
}

const app = parseManifest();

const XSI = "http://www.w3.org/2001/XMLSchema-instance";
/** OfficeApp children in schema order (TaskPaneApp); "?" marks the optional ones. */
const OFFICE_APP_ORDER = [
  "Id", "AlternateId?", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
  "HighResolutionIconUrl", "SupportUrl?", "AppDomains?", "Hosts", "Requirements", "DefaultSettings", "Permissions",
  "Dictionary?", "VersionOverrides",
];

function children(element: Element): Element[] {
  return Array.from(element.childNodes).filter((node): node is Element => node.nodeType === 1);
}

function all(element: Element = app): Element[] {
  return children(element).flatMap((child) => [child, ...all(child)]);
}

function named(localName: string, scope: Element = app): Element[] {
  return all(scope).filter((element) => element.localName === localName);
}

function only(localName: string, scope: Element = app): Element {
  const found = named(localName, scope);
  expect(found).toHaveLength(1);
  return found[0];
}

function direct(localName: string): Element {
  const found = children(app).filter((element) => element.localName === localName);
  expect(found).toHaveLength(1);
  return found[0];
}

function xsiType(element: Element): string | null {
  return element.getAttributeNS(XSI, "type");
}

/**
 * The English display languages Office ships: "English (United States)" and "English (United Kingdom)", the two in
 * Microsoft 365's language list (learn.microsoft.com/microsoft-365/cloud-storage-partner-program/faq/languages).
 */
const ENGLISH_LOCALES = ["en-US", "en-GB"];

const resources = named("Resources")[0] ?? app; // "is well-formed" and the resid test fail when it is missing
const resourceIds = (group: string) => children(only(group, resources)).map((element) => element.getAttribute("id") ?? "");

/** Which resource group a resid must be found in, by the element that uses it. */
function expectedGroup(user: Element): string {
  if (user.localName === "Image") return "Images";
  if (["SourceLocation", "Runtime", "FunctionFile", "LearnMoreUrl"].includes(user.localName ?? "")) return "Urls";
  if (user.localName === "Description") return "LongStrings";
  return "ShortStrings";
}

function pngSize(file: string): { width: number; height: number } {
  const png = fs.readFileSync(file);
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.toString("ascii", 12, 16)).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The local asset behind a manifest URL. */
function assetFile(url: string): string {
  return path.join(root, url.slice(DEV_BASE_URL.length + 1));
}

describe("manifest.xml", () => {
  test("is well-formed", () => {
    expect(parseProblems).toEqual([]);
    expect(app.localName).toBe("OfficeApp");
    expect(app.namespaceURI).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    expect(xsiType(app)).toBe("TaskPaneApp");
  });

  test("OfficeApp children follow the schema order", () => {
    const actual = children(app).map((element) => element.localName);
    const expected = OFFICE_APP_ORDER.map((name) => name.replace("?", ""));
    expect(actual.filter((name) => !expected.includes(name ?? ""))).toEqual([]);
    expect(actual).toEqual(expected.filter((name) => actual.includes(name)));
    const required = OFFICE_APP_ORDER.filter((name) => !name.endsWith("?"));
    expect(required.filter((name) => !actual.includes(name))).toEqual([]);
  });

  test("identity: GUID, version, provider, default locale nl-NL", () => {
    expect(only("Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(only("Version").textContent).toBe("1.0.0.0");
    expect(only("ProviderName").textContent).toBe("Beleidsmonitor");
    expect(only("DefaultLocale").textContent).toBe("nl-NL");
  });

  test("requires SharedRuntime 1.1 and only ReadWriteDocument", () => {
    const sets = named("Set", only("Requirements"));
    expect(sets.map((set) => [set.getAttribute("Name"), set.getAttribute("MinVersion")])).toContainEqual(["SharedRuntime", "1.1"]);
    expect(only("Permissions").textContent?.trim()).toBe("ReadWriteDocument");
  });

  test("the workbook host lists Runtimes, AllFormFactors, DesktopFormFactor in that order", () => {
    const host = named("Host").find((element) => xsiType(element) === "Workbook") as Element;
    expect(children(host).map((element) => element.localName)).toEqual(["Runtimes", "AllFormFactors", "DesktopFormFactor"]);
    expect(only("Runtime").getAttribute("lifetime")).toBe("long");
  });

  test("one shared runtime: Runtime, functions Page, FunctionFile and the task pane use one resid", () => {
    const functions = named("ExtensionPoint").find((element) => xsiType(element) === "CustomFunctions") as Element;
    const runtime = only("Runtime").getAttribute("resid");
    const page = only("SourceLocation", only("Page", functions)).getAttribute("resid");
    const functionFile = only("FunctionFile").getAttribute("resid");
    const taskpanes = named("Action").filter((action) => xsiType(action) === "ShowTaskpane");
    expect(taskpanes.length).toBeGreaterThan(0);
    for (const action of taskpanes) expect(only("SourceLocation", action).getAttribute("resid")).toBe(runtime);
    expect([page, functionFile]).toEqual([runtime, runtime]);
    const url = (id: string | null) => children(only("Urls", resources)).find((u) => u.getAttribute("id") === id);
    expect(url(runtime)?.getAttribute("DefaultValue")).toBe(`${DEV_BASE_URL}/taskpane.html`);
    const script = only("SourceLocation", only("Script", functions)).getAttribute("resid");
    expect(url(script)?.getAttribute("DefaultValue")).toBe(`${DEV_BASE_URL}/functions.js`);
  });

  test("custom functions: namespace BM, Dutch metadata by default and English for every English locale", () => {
    const namespace = only("Namespace").getAttribute("resid");
    const strings = children(only("ShortStrings", resources));
    const namespaceString = strings.find((s) => s.getAttribute("id") === namespace) as Element;
    expect(namespaceString.getAttribute("DefaultValue")).toBe("BM");
    expect(named("Override", namespaceString).map((o) => o.getAttribute("Value"))).toEqual(ENGLISH_LOCALES.map(() => "BM"));
    const metadataResid = only("SourceLocation", only("Metadata")).getAttribute("resid");
    const metadataUrl = children(only("Urls", resources)).find((u) => u.getAttribute("id") === metadataResid) as Element;
    expect(metadataUrl.getAttribute("DefaultValue")).toBe(`${DEV_BASE_URL}/functions.nl.json`);
    expect(named("Override", metadataUrl).map((o) => [o.getAttribute("Locale"), o.getAttribute("Value")])).toEqual(
      ENGLISH_LOCALES.map((locale) => [locale, `${DEV_BASE_URL}/functions.json`]),
    );
  });

  test("every English override is there for each English locale Office ships, with the same value", () => {
    const overridden = all().filter((element) => children(element).some((child) => child.localName === "Override"));
    const problems = overridden.flatMap((element) => {
      const values = new Map(children(element).filter((c) => c.localName === "Override").map((o) => [o.getAttribute("Locale"), o.getAttribute("Value")]));
      const english = values.get("en-US");
      return ENGLISH_LOCALES.filter((locale) => values.get(locale) !== english).map((locale) => `${element.getAttribute("id") ?? element.localName}: ${locale}`);
    });
    expect(problems).toEqual([]);
  });

  test("every resid resolves in the right resource group, and every resource is used", () => {
    const users = all().filter((element) => element.hasAttribute("resid"));
    const unresolved = users
      .filter((user) => !resourceIds(expectedGroup(user)).includes(user.getAttribute("resid") ?? ""))
      .map((user) => `${user.localName} → ${user.getAttribute("resid")} (${expectedGroup(user)})`);
    expect(unresolved).toEqual([]);
    const used = new Set(users.map((user) => user.getAttribute("resid")));
    const everyId = ["Images", "Urls", "ShortStrings", "LongStrings"].flatMap(resourceIds);
    expect(everyId.filter((id) => !used.has(id))).toEqual([]);
    expect(new Set(everyId).size).toBe(everyId.length);
  });

  test("every string resource and the display texts have an en-US override", () => {
    const strings = ["ShortStrings", "LongStrings"].flatMap((group) => children(only(group, resources)));
    const texts = [...strings, direct("DisplayName"), direct("Description")];
    const missing = texts.filter((element) => {
      const overrides = children(element).filter((child) => child.localName === "Override");
      return !overrides.some((o) => o.getAttribute("Locale") === "en-US" && (o.getAttribute("Value") ?? "").trim() !== "");
    });
    expect(missing.map((element) => element.getAttribute("id") ?? element.localName)).toEqual([]);
  });

  test("every URL is https on the one base URL", () => {
    const urls = all().flatMap((element) =>
      ["DefaultValue", "Value"].map((name) => element.getAttribute(name) ?? "").filter((value) => /^[a-z]+:\/\//i.test(value)),
    );
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((url) => !url.startsWith(`${DEV_BASE_URL}/`))).toEqual([]);
    expect(DEV_BASE_URL.startsWith("https://")).toBe(true);
  });

  test("icons exist in assets/ with the declared pixel sizes", () => {
    expect(pngSize(assetFile(only("IconUrl").getAttribute("DefaultValue") ?? ""))).toEqual({ width: 32, height: 32 });
    expect(pngSize(assetFile(only("HighResolutionIconUrl").getAttribute("DefaultValue") ?? ""))).toEqual({ width: 64, height: 64 });
    const images = children(only("Images", resources));
    expect(images.map((image) => image.getAttribute("id"))).toHaveLength(3);
    const uses = named("Image").filter((element) => element.hasAttribute("size"));
    expect([...new Set(uses.map((use) => use.getAttribute("size")))].sort()).toEqual(["16", "32", "80"]);
    for (const use of uses) {
      const size = Number(use.getAttribute("size"));
      const image = images.find((candidate) => candidate.getAttribute("id") === use.getAttribute("resid"));
      expect(pngSize(assetFile(image?.getAttribute("DefaultValue") ?? ""))).toEqual({ width: size, height: size });
    }
  });

  test("the support page exists", () => {
    expect(only("SupportUrl").getAttribute("DefaultValue")).toBe(`${DEV_BASE_URL}/help.html`);
    expect(fs.existsSync(path.join(root, "assets/help.html"))).toBe(true);
  });

  test("ids and short strings stay within Office's limits", () => {
    const ids = [...named("Group"), ...named("Control")].map((element) => element.getAttribute("id") ?? "");
    expect(ids.filter((id) => id.length === 0 || id.length > 125)).toEqual([]);
    const shortTexts = children(only("ShortStrings", resources)).flatMap((s) => [
      s.getAttribute("DefaultValue") ?? "",
      ...children(s).map((o) => o.getAttribute("Value") ?? ""),
    ]);
    expect(shortTexts.filter((text) => text.length > 125)).toEqual([]);
    const residLimit = all().filter((element) => (element.getAttribute("resid") ?? "").length > 32);
    expect(residLimit.map((element) => element.getAttribute("resid"))).toEqual([]);
  });

  test("the ribbon button sits in a custom group on the Home tab", () => {
    const tab = only("OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const button = only("Control", tab);
    expect(xsiType(button)).toBe("Button");
    expect(xsiType(only("Action", button))).toBe("ShowTaskpane");
  });
});
