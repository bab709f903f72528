/**
 * A temporary Pulumi project around one compiled program, with its own file backend and
 * PULUMI_HOME, so that a benchmark writes nothing into the repository and needs no cloud login.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

export const REPO = join(__dirname, "../..");

export interface Run {
  code: number;
  output: string;
}

export class BenchStack {
  private constructor(
    private readonly root: string,
    private readonly projectDir: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  /** A project whose main is `program`, a backend folder, a stack named `bench` and its config. */
  static async create(program: string, config: Record<string, string>): Promise<BenchStack> {
    const root = mkdtempSync(join(tmpdir(), "ocs-guard-bench-"));
    const projectDir = join(root, "project");
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PULUMI_BACKEND_URL: `file://${join(root, "state")}`,
      PULUMI_HOME: join(root, "home"),
      PULUMI_CONFIG_PASSPHRASE: "ocs-guard-bench",
      PULUMI_SKIP_UPDATE_CHECK: "true",
      PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
      NO_COLOR: "1",
    };
    const stack = new BenchStack(root, projectDir, env);
    mkdirSync(projectDir, { recursive: true });
    mkdirSync(join(root, "state"));
    // The language host looks for @pulumi/pulumi from the project folder.
    symlinkSync(join(REPO, "node_modules"), join(projectDir, "node_modules"));
    writeFileSync(
      join(projectDir, "Pulumi.yaml"),
      `name: ocs-guard-bench\nruntime:\n  name: nodejs\n  options:\n    typescript: false\nmain: ${relative(projectDir, program)}\n`,
    );
    await stack.pulumiOrThrow(["stack", "init", "bench"]);
    for (const [key, value] of Object.entries(config)) await stack.pulumiOrThrow(["config", "set", key, value]);
    return stack;
  }

  private async pulumiOrThrow(args: string[]): Promise<void> {
    const run = await this.pulumi(args);
    if (run.code !== 0) throw new Error(`pulumi ${args.join(" ")} failed:\n${run.output}`);
  }

  /** Runs `pulumi <args>`; `started` receives its process id (to watch the processes it starts). */
  pulumi(args: string[], started?: (pid: number) => void): Promise<Run> {
    return new Promise((resolve, reject) => {
      const child = spawn("pulumi", [...args, "--non-interactive"], { cwd: this.projectDir, env: this.env, stdio: ["ignore", "pipe", "pipe"] });
      if (child.pid !== undefined) started?.(child.pid);
      let output = "";
      child.stdout.on("data", (d: Buffer) => (output += d));
      child.stderr.on("data", (d: Buffer) => (output += d));
      child.on("error", reject);
      child.on("close", (code) => resolve({ code: code ?? -1, output }));
    });
  }

  /** Removes the stack's state, its project and its PULUMI_HOME. */
  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
