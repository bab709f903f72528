/**
 * What a `pulumi preview` and the processes it starts use, read from /proc while it runs: the CPU
 * time of every process of the tree (engine, language hosts, program, policy pack), and the pack
 * process's peak resident memory (VmHWM). The pack is the process that runs @pulumi/pulumi's
 * run-policy-pack. CPU time counts other load on a shared machine out; each process's last
 * sampling interval (100 ms) before it exits is missed. Linux only; elsewhere nothing is recorded.
 */
import { readdirSync, readFileSync } from "node:fs";

function read(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined; // the process ended meanwhile
  }
}

/** The fields of /proc/<pid>/stat after the command name (which may hold spaces). */
function statFields(pid: number): string[] | undefined {
  const stat = read(`/proc/${pid}/stat`);
  return stat?.slice(stat.lastIndexOf(")") + 2).split(" ");
}

/** The process and its descendants. */
function treeOf(root: number): number[] {
  let pids: number[];
  try {
    pids = readdirSync("/proc").filter((d) => /^\d+$/.test(d)).map(Number);
  } catch {
    return [];
  }
  const parent = new Map(pids.map((pid) => [pid, Number(statFields(pid)?.[1])]));
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid, hops = 0; p !== undefined && p > 1 && hops < 20; p = parent.get(p), hops++) {
      if (p === root) return true;
    }
    return false;
  };
  return pids.filter(inTree);
}

export interface TreeUsage {
  /** CPU seconds (user + system) of every process of the tree. */
  cpuSeconds: number;
  /** The policy pack's process, if the preview started one. */
  pack?: { peakRssMiB: number; cpuSeconds: number };
}

/** Watches the tree under `root` until stopped. */
export function watchTree(root: number, everyMs = 100): { stop(): TreeUsage } {
  const cpu = new Map<number, number>();
  const packs = new Set<number>();
  let packPeakKiB = 0;
  const sample = () => {
    for (const pid of treeOf(root)) {
      const fields = statFields(pid);
      // utime and stime (clock ticks of 1/100 s) are the 12th and 13th fields after the command name.
      if (fields !== undefined) cpu.set(pid, (Number(fields[11]) + Number(fields[12])) / 100);
      if (!packs.has(pid) && read(`/proc/${pid}/cmdline`)?.includes("run-policy-pack") === true) packs.add(pid);
    }
    for (const pid of packs) {
      const hwm = /VmHWM:\s+(\d+) kB/.exec(read(`/proc/${pid}/status`) ?? "");
      if (hwm) packPeakKiB = Math.max(packPeakKiB, Number(hwm[1]));
    }
  };
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      const sum = (pids: Iterable<number>) => [...pids].reduce((n, pid) => n + (cpu.get(pid) ?? 0), 0);
      return {
        cpuSeconds: sum(cpu.keys()),
        ...(packs.size > 0 ? { pack: { peakRssMiB: packPeakKiB / 1024, cpuSeconds: sum(packs) } } : {}),
      };
    },
  };
}
