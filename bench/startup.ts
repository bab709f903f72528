import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { packDirs, type PackName } from "./packs";

/** The script the Node.js language host runs for a policy pack (RunPlugin): it loads the pack's `main`. */
const runPolicyPack = require.resolve("@pulumi/pulumi/cmd/run-policy-pack");

/**
 * Seconds from spawning a pack's process, as the language host does (node run-policy-pack
 * <engine> <pack folder>), until it prints the port it listens on. The engine address is given but
 * not contacted before listening.
 */
export function packStartup(pack: PackName): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [runPolicyPack, "127.0.0.1:1", packDirs[pack]], { stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.once("data", () => {
      const seconds = (performance.now() - start) / 1000;
      child.removeAllListeners("exit");
      child.kill();
      resolve(seconds);
    });
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`the ${pack} pack exited (${code}) before it listened`)));
  });
}
