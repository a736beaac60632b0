#!/usr/bin/env node
"use strict";
// The command line is one bundled file, built by `npm run build:cli` or at install time (`prepare`).
const { join } = require("node:path");
let cli;
try {
  cli = require(join(__dirname, "..", "build", "cli", "beleidsmonitor.js"));
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes("beleidsmonitor.js")) {
    process.stderr.write("beleidsmonitor: de opdrachtregel is nog niet gebouwd. Voer eerst 'npm ci' of 'npm run build:cli' uit.\n");
    process.exit(2);
  }
  throw error;
}
cli.run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
