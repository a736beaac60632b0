// The developer tools behave: `npm start` without desktop Excel or without sudo says in Dutch what to do and keeps
// serving; a wrong BM_BASE_URL stops the build with a Dutch message, not a stack trace.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { devServerHttpsOptions } from "../../scripts/dev-certs";
import { baseUrlOrExit } from "../../scripts/manifest-url";
import { start, type StartDeps } from "../../scripts/start-lib";

const root = path.resolve(__dirname, "../..");

describe("BM_BASE_URL", () => {
  test("http is refused with a Dutch message and exit code 1, not thrown", () => {
    const errors: string[] = [];
    const exits: number[] = [];
    baseUrlOrExit({ BM_BASE_URL: "http://apps.example.nl" }, { error: (m) => errors.push(m), exit: (code) => void exits.push(code) });
    expect(exits).toEqual([1]);
    expect(errors.join("\n")).toMatch(/BM_BASE_URL moet met https:\/\/ beginnen/);
  });

  test("`npm run build` with an http base stops before building, without a stack trace", () => {
    const result = spawnSync(process.execPath, [path.join(root, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production"], {
      cwd: root,
      env: { ...process.env, BM_BASE_URL: "http://apps.example.nl" },
      encoding: "utf8",
      timeout: 60_000,
    });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).toBe(1);
    expect(output).toContain("BM_BASE_URL moet met https:// beginnen");
    expect(output).not.toMatch(/^\s+at /m);
  }, 60_000);
});

function fakeStart(overrides: Partial<StartDeps> & { codes?: Record<string, number>; serving?: boolean }) {
  const log: string[] = [];
  const ran: string[] = [];
  const deps: StartDeps = {
    platform: "linux",
    port: 3000,
    bin: (name) => name,
    log: (message) => log.push(message),
    run: async (command) => {
      ran.push(command);
      return overrides.codes?.[command] ?? 0;
    },
    portInUse: async () => overrides.serving ?? false,
    ...overrides,
  };
  return { deps, log, ran };
}

describe("npm start", () => {
  test("without desktop Excel (Linux): the steps for Excel on the web in Dutch, and the server", async () => {
    const { deps, log, ran } = fakeStart({ platform: "linux" });
    await start(deps);
    expect(ran).toEqual(["webpack"]);
    expect(log.join("\n")).toContain("Invoegen → Invoegtoepassingen → Mijn invoegtoepassingen → Mijn invoegtoepassing uploaden");
  });

  test("on Windows when sideloading into desktop Excel fails: the web steps, and the server keeps running", async () => {
    const { deps, log, ran } = fakeStart({ platform: "win32", codes: { "office-addin-debugging": 1 } });
    expect(await start(deps)).toBe(0);
    expect(ran).toEqual(["office-addin-debugging", "webpack"]);
    expect(log.join("\n")).toMatch(/Excel voor de desktop kon de invoegtoepassing niet laden \(code 1\)/);
    expect(log.join("\n")).toContain("Mijn invoegtoepassing uploaden");
  });

  test("when the failed sideload left its server running, that one keeps serving", async () => {
    const { deps, log, ran } = fakeStart({ platform: "darwin", codes: { "office-addin-debugging": 1 }, serving: true });
    expect(await start(deps)).toBe(0);
    expect(ran).toEqual(["office-addin-debugging"]);
    expect(log.join("\n")).toContain("De ontwikkelserver draait al op poort 3000");
  });

  test("with desktop Excel: sideloads and leaves the rest to office-addin-debugging", async () => {
    const { deps, ran } = fakeStart({ platform: "win32" });
    expect(await start(deps)).toBe(0);
    expect(ran).toEqual(["office-addin-debugging"]);
  });
});

describe("the development certificate without sudo", () => {
  test("serves with the generated certificate and says in Dutch how to trust it", async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), "bm-certs-"));
    const messages: string[] = [];
    const devCerts = {
      getHttpsServerOptions: async () => {
        throw new Error("Unable to install the CA certificate. sudo: not found");
      },
      generateCertificates: async (ca: string, cert: string, key: string) => {
        for (const file of [ca, cert, key]) fs.writeFileSync(file, `fake ${path.basename(file)}`);
      },
    };
    const options = await devServerHttpsOptions({ devCerts, log: (m) => messages.push(m), directory });
    expect(options.cert.toString()).toBe("fake localhost.crt");
    expect(messages.join("\n")).toMatch(/kon niet als vertrouwd worden geïnstalleerd:\n {2}Unable to install the CA certificate\. sudo: not found/);
    expect(messages.join("\n")).toContain("npx office-addin-dev-certs install");
    fs.rmSync(directory, { recursive: true, force: true });
  });
});
