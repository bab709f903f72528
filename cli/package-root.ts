import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * The root of this package (where package.json and the policy pack live), found by walking up from
 * this file: the same code runs from `cli/` under ts-jest and from `dist/cli/` once built.
 */
export function packageRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, "utf8")) as { name?: unknown };
      if (pkg.name === "ocs-guard") return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the ocs-guard package.json above ${from}`);
    dir = parent;
  }
}

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version?: unknown };
  return typeof pkg.version === "string" ? pkg.version : "0.0.0";
}
