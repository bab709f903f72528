import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { allPolicies } from "../../policies";

const root = join(__dirname, "../..");
const packInfo = join(root, "dist/policies/pack-info.json");
const packEntry = join(root, "dist/policies/pack.js");

/**
 * Runs the built pack entry as `run-policy-pack` does, waits until it has loaded its policies (after
 * printing its port), and lists every module the process has loaded by then.
 */
function modulesLoadedByServedPack(): { port: string; modules: string[] } {
  const script = `
    const policiesIndex = require("node:path").join(${JSON.stringify(root)}, "dist/policies/all.js");
    const lines = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = (chunk, ...rest) => { lines.push(String(chunk).trim()); return true; };
    require(${JSON.stringify(packEntry)});
    const deadline = Date.now() + 30000;
    const poll = setInterval(() => {
      const modules = Object.keys(require.cache);
      if (modules.includes(policiesIndex) || Date.now() > deadline) {
        clearInterval(poll);
        write(JSON.stringify({ port: lines[0] ?? "", modules }));
        process.exit(0);
      }
    }, 10);`;
  return JSON.parse(execFileSync(process.execPath, ["-e", script], { cwd: root, encoding: "utf8", timeout: 60_000 })) as {
    port: string;
    modules: string[];
  };
}

describe("the served pack", () => {
  beforeAll(() => {
    // The build writes these files; `npm test` builds first.
    if (!existsSync(packInfo) || !existsSync(packEntry)) throw new Error("dist/policies is missing: run `npm run build` first");
  });

  it("describes its policies to the engine, before loading them, exactly as the policies describe themselves", () => {
    const written = JSON.parse(readFileSync(packInfo, "utf8")) as { policies: unknown[] };
    expect(written.policies).toEqual(JSON.parse(JSON.stringify(allPolicies.map((p) => p.analyzerInfo))));
  });

  it("prints its port, loads its policies, and never loads @pulumi/policy's server or @pulumi/pulumi's root", () => {
    const { port, modules } = modulesLoadedByServedPack();
    expect(port).toMatch(/^\d+$/);
    expect(modules).toContain(join(root, "dist/policies/all.js"));
    const sep = "/";
    const sdk = modules.filter((m) => m.includes(`${sep}@pulumi${sep}policy${sep}`) && !m.endsWith(`${sep}proxy.js`));
    expect(sdk).toEqual([]);
    expect(modules.filter((m) => m.endsWith(`${sep}@pulumi${sep}pulumi${sep}index.js`))).toEqual([]);
  });
});
