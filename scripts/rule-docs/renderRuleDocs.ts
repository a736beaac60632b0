import { cellText, type CellValue } from "../../src/core/cell";
import { RULES } from "../../src/core/rules";
import type { FragmentGrid, FragmentRow, WorkbookFragment } from "../../src/core/rules/fragment";
import { TABLES } from "../../src/core/schema/tables";
import type { Category, Rule } from "../../src/core/rules/types";

const CATEGORY_TITLES: Record<Category, string> = {
  structure: "Structuur (structure)",
  completeness: "Volledigheid (completeness)",
  values: "Waarden (values)",
  references: "Verwijzingen (references)",
  time: "Tijd (time)",
  indicator: "Indicatorlogica (indicator)",
  quota: "Taakstelling (quota)",
};

const SEVERITY_WORDS = { error: "fout", warning: "waarschuwing", info: "melding" };

function escapeCell(value: CellValue): string {
  const text = value === null ? "" : cellText(value);
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function markdownTable(rows: CellValue[][]): string[] {
  if (rows.length === 0) return [];
  const width = Math.max(...rows.map((r) => r.length));
  const line = (r: CellValue[]) => `| ${Array.from({ length: width }, (_, i) => escapeCell(r[i] ?? null)).join(" | ")} |`;
  return [line(rows[0]), `|${" --- |".repeat(width)}`, ...rows.slice(1).map(line)];
}

function gridOf(value: FragmentRow[] | FragmentGrid): CellValue[][] {
  if (!Array.isArray(value)) return value.cells;
  const headers: string[] = [];
  for (const row of value) for (const key of Object.keys(row)) if (!headers.includes(key)) headers.push(key);
  return [headers, ...value.map((row) => headers.map((h) => row[h] ?? null))];
}

/** What the file states beyond its cells (the .xlsx reader's facts), in words. */
function packageFacts(table: string, grid: FragmentGrid): string {
  const facts: string[] = [];
  if (grid.tableRef) facts.push(`tabel ${table} over ${grid.tableRef}`);
  if (grid.totalsRowCount) facts.push("met totaalrij");
  if (grid.headerRowCount === 0) facts.push("kopregel uitgeschakeld");
  if (grid.formulasWithoutValue?.length) facts.push(`formule zonder berekende waarde in ${grid.formulasWithoutValue.join(", ")}`);
  return facts.length ? ` (${facts.join("; ")})` : "";
}

function renderFragment(fragment: WorkbookFragment): string[] {
  const lines: string[] = [];
  for (const spec of TABLES) {
    if (!(spec.key in fragment)) continue;
    const value = fragment[spec.key];
    if (value === null || value === undefined) {
      lines.push(`Blad \`${spec.sheet}\`: ontbreekt.`, "");
      continue;
    }
    const grid = gridOf(value);
    const merged = !Array.isArray(value) && value.merged?.length ? ` (samengevoegd: ${value.merged.join(", ")})` : "";
    const sheet = !Array.isArray(value) && value.sheet ? value.sheet : spec.sheet;
    lines.push(`Blad \`${sheet}\`${merged}${Array.isArray(value) ? "" : packageFacts(spec.table, value)}:`, "", ...markdownTable(grid), "");
  }
  if (lines.length === 0) lines.push("De standaardwerkmap, zonder wijzigingen.", "");
  return lines;
}

function renderRule(rule: Rule): string[] {
  const { meta } = rule;
  const messages = Object.entries(meta.messages).map(([id, m]) => `- \`${id}\`: ${m.nl}  \n  *${m.en}*`);
  return [
    `### ${meta.id}`,
    "",
    `**${meta.name.nl}** · *${meta.name.en}*  `,
    `**${SEVERITY_WORDS[meta.severity]}** (${meta.severity}) · ${meta.description.nl}  `,
    `*${meta.description.en}*`,
    "",
    meta.docs.details.nl,
    "",
    `*${meta.docs.details.en}*`,
    "",
    "**Fout** — hierop meldt de regel iets:",
    "",
    ...renderFragment(meta.docs.bad),
    "**Goed** — hierop blijft de regel stil:",
    "",
    ...renderFragment(meta.docs.good),
    "Meldingen:",
    "",
    ...messages,
    "",
  ];
}

/** docs/rules.md, generated from the rules' metadata; never edited by hand. */
export function renderRuleDocs(): string {
  const rules = Object.values(RULES);
  const lines = [
    "# Controleregels",
    "",
    "<!-- Gegenereerd door `npm run docs:rules` uit de metadata van src/core/rules; niet met de hand bewerken. -->",
    "",
    `Beleidsmonitor controleert de werkmap met ${rules.length} regels. Elke regel heeft een naam, die het taakvenster, het blad Controle, de samenvatting en het tekstverslag tonen, en een vaste id voor de JSON-uitvoer (\`rule\`). Een rij \`Regel uit: <naam of id>\` in Instellingen schakelt de regel uit; \`Regel ernst: <naam of id>\` met de waarde \`fout\`, \`waarschuwing\` of \`info\` geeft hem een andere ernst, ook voor meldingen die de regel zelf lichter maakt. Een hele categorie gaat uit met \`Regel uit: <categorie>\`.`,
    "",
    "| naam | id | categorie | ernst | wat |",
    "| --- | --- | --- | --- | --- |",
    ...rules.map((r) => `| ${r.meta.name.nl} | [${r.meta.id}](#${r.meta.id}) | ${r.meta.category} | ${SEVERITY_WORDS[r.meta.severity]} | ${r.meta.description.nl} |`),
    "",
  ];
  for (const category of Object.keys(CATEGORY_TITLES) as Category[]) {
    const inCategory = rules.filter((r) => r.meta.category === category);
    if (inCategory.length === 0) continue;
    lines.push(`## ${CATEGORY_TITLES[category]}`, "");
    for (const rule of inCategory) lines.push(...renderRule(rule));
  }
  return lines.join("\n");
}
