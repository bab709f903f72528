import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { packMains, type PackName } from "./packs";

/**
 * Seconds from spawning a pack's compiled script until it prints the port it listens on, as the
 * language host starts it (the engine address is given but not used before listening).
 */
export function packStartup(pack: PackName): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [packMains[pack], "127.0.0.1:1"], { stdio: ["ignore", "pipe", "pipe"] });
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
