import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderRuleDocs } from "./rule-docs/renderRuleDocs";

const target = join(__dirname, "..", "docs", "rules.md");
writeFileSync(target, renderRuleDocs());
console.log(`docs/rules.md bijgewerkt`);
