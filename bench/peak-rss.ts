/**
 * The peak resident memory (VmHWM) of the policy pack process a `pulumi preview` starts, read from
 * /proc while the preview runs: the pack is the descendant of the preview whose command runs
 * @pulumi/pulumi's run-policy-pack. Linux only; elsewhere nothing is recorded.
 */
import { readdirSync, readFileSync } from "node:fs";

function read(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined; // the process ended meanwhile
  }
}

function parentOf(pid: number): number | undefined {
  const stat = read(`/proc/${pid}/stat`);
  // The command name (2nd field) may hold spaces; the parent pid is the 2nd field after it.
  const fields = stat?.slice(stat.lastIndexOf(")") + 2).split(" ");
  return fields === undefined ? undefined : Number(fields[1]);
}

function packDescendants(root: number): number[] {
  let pids: number[];
  try {
    pids = readdirSync("/proc").filter((d) => /^\d+$/.test(d)).map(Number);
  } catch {
    return [];
  }
  const isUnderRoot = (pid: number): boolean => {
    for (let p: number | undefined = pid, hops = 0; p !== undefined && p > 1 && hops < 20; p = parentOf(p), hops++) {
      if (p === root) return true;
    }
    return false;
  };
  return pids.filter((pid) => read(`/proc/${pid}/cmdline`)?.includes("run-policy-pack") === true && isUnderRoot(pid));
}

/** Watches the pack under `root` until stopped; `stop()` gives its peak RSS in MiB (undefined if never seen). */
export function watchPackRss(root: number, everyMs = 100): { stop(): number | undefined } {
  let peakKiB: number | undefined;
  const packs = new Set<number>();
  const timer = setInterval(() => {
    // Looked up on every tick: the launcher may start the pack through a shell or a wrapper.
    for (const pid of packDescendants(root)) packs.add(pid);
    for (const pid of packs) {
      const hwm = /VmHWM:\s+(\d+) kB/.exec(read(`/proc/${pid}/status`) ?? "");
      if (hwm) peakKiB = Math.max(peakKiB ?? 0, Number(hwm[1]));
    }
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return peakKiB === undefined ? undefined : peakKiB / 1024;
    },
  };
}
