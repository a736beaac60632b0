// `npm start`: sideload into desktop Excel on Windows/macOS; elsewhere, or when that fails, serve over https and
// explain how to upload manifest.xml to Excel on the web (scripts/start-lib.js).
import { spawn } from "node:child_process";
import { createConnection } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { start } = require("./start-lib.js");
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => join(root, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);

function run(command, args) {
  // Windows can only start .cmd files through a shell; quote the path in case it holds spaces.
  const windows = process.platform === "win32";
  const child = spawn(windows ? `"${command}"` : command, args, { cwd: root, stdio: "inherit", shell: windows });
  const forward = (signal) => child.kill(signal);
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, forward);
  return new Promise((resolve) => {
    child.on("error", () => resolve(127));
    child.on("exit", (code, signal) => {
      for (const s of ["SIGINT", "SIGTERM"]) process.off(s, forward);
      resolve(signal ? 1 : (code ?? 1));
    });
  });
}

function portInUse(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ port: Number(port), host: "localhost" });
    socket.once("connect", () => socket.end(() => resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

const port = process.env.npm_package_config_dev_server_port || 3000;
start({ platform: process.platform, port, run, log: (message) => console.log(message), portInUse, bin }).then((code) => process.exit(code));
