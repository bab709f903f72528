// Prints the mutation score per area and overall from a Stryker report (the committed incremental
// file by default, or reports/mutation/mutation.json), and with --survivors each mutant that lived.
// Usage: node scripts/mutate-score.mjs [report.json] [--prefix policies/] [--survivors]
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
const survivors = args.includes("--survivors");
const prefixAt = args.indexOf("--prefix");
const prefix = prefixAt >= 0 ? args[prefixAt + 1] : "policies/";
const file = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--prefix") ?? "stryker-incremental.json";
const report = JSON.parse(readFileSync(file, "utf8"));

const statuses = ["Killed", "Survived", "Timeout", "NoCoverage", "RuntimeError", "CompileError", "Ignored"];
const areas = new Map();
const lived = [];
for (const [name, entry] of Object.entries(report.files)) {
  const relative = name.replace(/^.*?(?=(policies|components)\/)/, "");
  if (!relative.startsWith(prefix)) continue;
  const rest = relative.slice(prefix.length);
  const area = rest.includes("/") ? rest.slice(0, rest.indexOf("/")) : "(top level)";
  const counts = areas.get(area) ?? Object.fromEntries(statuses.map((s) => [s, 0]));
  for (const mutant of entry.mutants) {
    counts[mutant.status] = (counts[mutant.status] ?? 0) + 1;
    if (mutant.status === "Survived" || mutant.status === "NoCoverage") {
      lived.push(`${relative}:${mutant.location.start.line} ${mutant.status} ${mutant.mutatorName}: ${JSON.stringify(mutant.replacement ?? "")}`);
    }
  }
  areas.set(area, counts);
}

// Stryker's score: detected (killed, timeout) over valid mutants (all but ignored and errors).
const score = (c) => {
  const valid = c.Killed + c.Timeout + c.Survived + c.NoCoverage;
  return { valid, percent: valid === 0 ? 100 : ((c.Killed + c.Timeout) / valid) * 100 };
};
const row = (label, c) => {
  const { valid, percent } = score(c);
  return `| ${label} | ${valid} | ${c.Killed} | ${c.Survived} | ${c.Timeout} | ${c.NoCoverage} | ${percent.toFixed(2)} % |`;
};
const total = Object.fromEntries(statuses.map((s) => [s, 0]));
console.log(`| area of \`${prefix}\` | mutants | killed | survived | timeout | no coverage | score |`);
console.log("|---|---:|---:|---:|---:|---:|---:|");
for (const [area, counts] of [...areas].sort(([a], [b]) => a.localeCompare(b))) {
  for (const s of statuses) total[s] += counts[s];
  console.log(row(area, counts));
}
console.log(row("**all**", total));
console.log(`(${total.Ignored} static mutants ignored, ${total.RuntimeError + total.CompileError} runtime or compile errors)`);
if (survivors) for (const line of lived.sort()) console.log(line);
