#!/usr/bin/env node
"use strict";
// The CLI is compiled to build/cli by `npm run build:cli` (run automatically by `npm ci` via "prepare").
const { existsSync } = require("node:fs");
const { join } = require("node:path");
const entry = join(__dirname, "..", "build", "cli", "cli", "main.js");
if (!existsSync(entry)) {
  process.stderr.write("beleidsmonitor: de opdrachtregel is nog niet gebouwd. Voer eerst 'npm ci' of 'npm run build:cli' uit.\n");
  process.exit(2);
}
require(entry)
  .run(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
