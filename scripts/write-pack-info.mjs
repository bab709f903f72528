// Writes dist/policies/pack-info.json: how the full pack's analyzer describes its policies to the
// engine (GetAnalyzerInfo), taken from the compiled policies themselves, so the served pack can
// answer before it loads them (policies/pack.ts). Run by `npm run build`, after the compiler.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const { allPolicies } = require(join(root, "dist/policies/index.js"));
writeFileSync(join(root, "dist/policies/pack-info.json"), `${JSON.stringify({ policies: allPolicies.map((p) => p.analyzerInfo) })}\n`);
