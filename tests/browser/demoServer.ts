// Builds the demo with webpack's Node API and serves it from 127.0.0.1 on a free port, with extra files
// (the sample workbook's snapshot) served from memory.
import { readFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import webpack, { type Configuration } from "webpack";

type ConfigFactory = (env: Record<string, unknown>, options: { mode: string }) => Promise<Configuration>;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS webpack config, shared with the command line
const createDemoConfig = require("./webpack.demo.config.js") as ConfigFactory;

export async function buildDemo(): Promise<string> {
  const config = await createDemoConfig({}, { mode: "development" });
  await new Promise<void>((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (!stats || stats.hasErrors()) reject(new Error(stats?.toString({ all: false, errors: true }) ?? "webpack gave no stats"));
      else resolve();
    });
  });
  return config.output?.path as string;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

export interface DemoServer {
  url: string;
  close(): Promise<void>;
}

export function serveDemo(root: string, extra: Record<string, string>): Promise<DemoServer> {
  const server = http.createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const name = pathname === "/" ? "/index.html" : pathname;
    const type = TYPES[path.extname(name)] ?? "application/octet-stream";
    if (name in extra) {
      response.writeHead(200, { "Content-Type": type });
      response.end(extra[name]);
      return;
    }
    const file = path.join(root, path.normalize(name));
    if (!file.startsWith(root + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { "Content-Type": type });
      response.end(body);
    } catch {
      response.writeHead(404, { "Content-Type": "text/plain" }).end(`not found: ${name}`);
    }
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
