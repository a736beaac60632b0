// The command-line commands the bench runs as whole processes (`node bin/beleidsmonitor.js …`) at every
// size. One line per command: `args` gets the generated workbook (`file`), a place for output (`out`) and
// `fixture(rows, edition)` for a second workbook (a later edition of the same size, e.g. to compare).
// Bundling takes the later edition as one partner's return; the comparison compares the two editions.
export const COMMANDS = [
  { name: "check", args: ({ file }) => ["check", file] },
  { name: "check --json", args: ({ file }) => ["check", file, "--json"] },
  { name: "summary --uitvraag", args: ({ file, out }) => ["summary", file, "-o", out, "--datum", "2025-06-30", "--uitvraag", "--overschrijven"] },
  { name: "bundel", args: ({ file, out, rows, fixture }) => ["bundel", file, "--partij", "OFW", fixture(rows, 1), "-o", out, "--overschrijven"] },
  { name: "verschil", args: ({ file, rows, fixture }) => ["verschil", file, fixture(rows, 1)] },
];

/** Activity rows per size, and how often each command runs at that size (the median counts). */
export const SIZES = [
  { rows: 1_000, runs: 5 },
  { rows: 10_000, runs: 3 },
  { rows: 100_000, runs: 1 },
];
