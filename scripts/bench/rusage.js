// Preloaded into a measured command (`node -r scripts/bench/rusage.js bin/beleidsmonitor.js …`): at exit it
// writes the process's own peak memory and CPU time to the file named in BENCH_RUSAGE. Node cannot read a
// child's rusage, and /usr/bin/time is not everywhere; this adds nothing measurable to the run.
"use strict";
const { writeFileSync } = require("node:fs");

const target = process.env.BENCH_RUSAGE;
if (target) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ maxRssMb: usage.maxRSS / 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
  });
}
