/**
 * Runs real `pulumi` commands on one compiled program of this repository, in a temporary project
 * with its own file backend and PULUMI_HOME, so that nothing is written into the repository and no
 * cloud login is needed.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join, relative } from "node:path";

export const REPO = join(__dirname, "../..");

const bin = process.env.OCS_GUARD_PULUMI_BIN;

/** `describe` when the real CLI is available; otherwise the suite is skipped with the reason. */
export const describeWithPulumi: jest.Describe = bin ? describe : describe.skip;
if (!bin) {
  console.warn(`end-to-end tests skipped: ${process.env.OCS_GUARD_PULUMI_MISSING ?? "no Pulumi CLI (run jest through npm test)"}`);
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout and stderr together, as a person reads them. */
  output: string;
}

/** The compiled program for a folder of `examples/`, e.g. `violations/OCS-GW-4`. */
export function compiledExample(folder: string): string {
  return join(REPO, "dist/examples", folder, "index.js");
}

export class TempStack {
  private constructor(
    readonly root: string,
    readonly projectDir: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  /** Creates a project whose main is `program`, a backend folder and a stack named `e2e`. */
  static async create(program: string, config: Record<string, string> = {}): Promise<TempStack> {
    const root = mkdtempSync(join(tmpdir(), "ocs-guard-e2e-"));
    const projectDir = join(root, "project");
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PATH: `${bin}${delimiter}${process.env.PATH ?? ""}`,
      PULUMI_BACKEND_URL: `file://${join(root, "state")}`,
      PULUMI_HOME: join(root, "home"),
      PULUMI_CONFIG_PASSPHRASE: "ocs-guard-e2e",
      PULUMI_SKIP_UPDATE_CHECK: "true",
      PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
      NO_COLOR: "1",
    };
    const stack = new TempStack(root, projectDir, env);
    mkdirSync(projectDir, { recursive: true });
    mkdirSync(join(root, "state"));
    // The language host looks for @pulumi/pulumi from the project folder.
    symlinkSync(join(REPO, "node_modules"), join(projectDir, "node_modules"));
    writeFileSync(
      join(projectDir, "Pulumi.yaml"),
      `name: ocs-guard-e2e\nruntime:\n  name: nodejs\n  options:\n    typescript: false\nmain: ${relative(projectDir, program)}\n`,
    );
    const init = await stack.pulumi(["stack", "init", "e2e"]);
    if (init.code !== 0) throw new Error(`pulumi stack init failed:\n${init.output}`);
    for (const [key, value] of Object.entries(config)) {
      const set = await stack.pulumi(["config", "set", key, value]);
      if (set.code !== 0) throw new Error(`pulumi config set failed:\n${set.output}`);
    }
    return stack;
  }

  pulumi(args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<RunResult> {
    return this.exec("pulumi", [...args, "--non-interactive"], extraEnv);
  }

  /** `pulumi preview` with the policy pack of this repository. */
  preview(args: string[] = [], extraEnv: NodeJS.ProcessEnv = {}): Promise<RunResult> {
    return this.pulumi(["preview", "--policy-pack", REPO, ...args], extraEnv);
  }

  /** `preview`, also writing the engine events to `eventLog` (a flag pulumi shows with PULUMI_DEBUG_COMMANDS). */
  previewWithEventLog(eventLog: string, args: string[] = []): Promise<RunResult> {
    return this.preview(["--event-log", eventLog, ...args], { PULUMI_DEBUG_COMMANDS: "true" });
  }

  /** `pulumi up` with the policy pack of this repository. */
  up(args: string[] = []): Promise<RunResult> {
    return this.pulumi(["up", "--yes", "--skip-preview", "--policy-pack", REPO, ...args]);
  }

  exec(command: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<RunResult> {
    return new Promise((resolve, reject) => {
      const child = spawn(command, args, { cwd: this.projectDir, env: { ...this.env, ...extraEnv }, stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      let output = "";
      child.stdout.on("data", (d: Buffer) => ((stdout += d), (output += d)));
      child.stderr.on("data", (d: Buffer) => ((stderr += d), (output += d)));
      child.on("error", reject);
      child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr, output }));
    });
  }

  /** Removes the stack's state, its project and its PULUMI_HOME. */
  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** The lines of a preview's "Policies:" block that report a violation: `[level] ... policy (type: name)`. */
export function reportedViolations(output: string): { level: string; policy: string; type: string; resource: string }[] {
  const pattern = /- \[(mandatory|advisory)\](?: \[severity: \w+\])?\s+(\S+)\s+\((\S+): ([^)]+)\)/g;
  return [...output.matchAll(pattern)].map((m) => ({ level: m[1] ?? "", policy: m[2] ?? "", type: m[3] ?? "", resource: m[4] ?? "" }));
}
