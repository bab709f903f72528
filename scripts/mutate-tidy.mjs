// Keeps the committed incremental mutation report free of where it was run: Stryker records the
// project's absolute path and its sandbox paths (in stack traces); the report needs neither.
import { readFileSync, writeFileSync } from "node:fs";

const file = "stryker-incremental.json";
const report = JSON.parse(readFileSync(file, "utf8"));
const root = report.projectRoot;
delete report.projectRoot;
let text = JSON.stringify(report);
text = text.replace(/[^\s"(]*\/\.stryker-tmp\/sandbox-[A-Za-z0-9_-]+\//g, "");
if (typeof root === "string" && root !== "") text = text.split(`${root}/`).join("").split(root).join(".");
writeFileSync(file, `${text}\n`);
