// The production transform of manifest.xml (used by webpack.config.js for `npm run build`).
import fs from "fs";
import path from "path";
import { DEV_BASE_URL, productionBaseUrl, rewriteManifestUrls } from "../../scripts/manifest-url";

const xml = fs.readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");
const urlsIn = (text: string) => [...text.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]*)"/g)].map((m) => m[1]);

describe("rewriteManifestUrls", () => {
  test("moves every URL to the production base", () => {
    const rewritten = rewriteManifestUrls(xml, "https://apps.example.nl/beleidsmonitor/");
    expect(rewritten).not.toContain(DEV_BASE_URL);
    const urls = urlsIn(rewritten);
    expect(urls).toHaveLength(urlsIn(xml).length);
    expect(urls.every((url) => url.startsWith("https://apps.example.nl/beleidsmonitor/"))).toBe(true);
    expect(urls).toContain("https://apps.example.nl/beleidsmonitor/taskpane.html");
  });

  test("rejects http and malformed bases", () => {
    expect(() => rewriteManifestUrls(xml, "http://apps.example.nl")).toThrow(/https/);
    expect(() => rewriteManifestUrls(xml, "apps.example.nl")).toThrow(/geen geldige URL/);
    expect(() => rewriteManifestUrls(xml, "https://apps.example.nl/?x=1")).toThrow(/\?/);
  });

  test("refuses a manifest with URLs outside the base", () => {
    const foreign = xml.replace(`${DEV_BASE_URL}/help.html`, "https://elders.example.com/help.html");
    expect(() => rewriteManifestUrls(foreign, "https://apps.example.nl")).toThrow(/elders\.example\.com/);
  });
});

describe("productionBaseUrl", () => {
  test("uses BM_BASE_URL when set, without a trailing slash", () => {
    expect(productionBaseUrl({ BM_BASE_URL: "https://apps.example.nl/bm/" }, () => undefined)).toBe("https://apps.example.nl/bm");
  });

  test("falls back to localhost with a warning", () => {
    const warnings: string[] = [];
    expect(productionBaseUrl({}, (message) => warnings.push(message))).toBe(DEV_BASE_URL);
    expect(warnings).toHaveLength(1);
  });

  test("refuses an http BM_BASE_URL", () => {
    expect(() => productionBaseUrl({ BM_BASE_URL: "http://apps.example.nl" })).toThrow(/https/);
  });
});
