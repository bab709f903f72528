import { spawn } from "node:child_process";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { REPO } from "./packs";

/** What the check figure runs: `ocs-guard check` on the reference document, or Node.js doing nothing (its own start-up). */
export type CheckRun = "check" | "node";

const commands: Record<CheckRun, string[]> = {
  check: [join(REPO, "dist/cli/main.js"), "check", join(REPO, "examples/reference/topology.yaml")],
  node: ["-e", "0"],
};

/**
 * Wall seconds of one cold process, from spawning it until it exits: a new Node.js process each
 * time, as a pre-commit hook or an editor task starts it. A check that does not pass the reference
 * document fails the benchmark rather than being timed.
 */
export function coldRun(run: CheckRun): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, commands[run], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += String(chunk)));
    child.once("error", reject);
    child.once("exit", (code) => {
      const seconds = (performance.now() - start) / 1000;
      if (code !== 0) reject(new Error(`\`${commands[run].join(" ")}\` exited with ${String(code)}:\n${stderr}`));
      else resolve(seconds);
    });
  });
}
