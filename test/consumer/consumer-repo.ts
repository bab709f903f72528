/**
 * A consumer's repository outside this one, set up as a user sets it up: the ocs-guard tarball
 * from `npm pack`, installed with npm from the local cache (offline), a Pulumi program written
 * with the components, and the organisation's own pack (examples/org-pack) as an npm workspace,
 * both compiled with the TypeScript the repository installed. One install serves every case.
 */
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { REPO } from "../e2e/pulumi";
import { consumerLockfile, type ProjectManifest } from "./offline-lockfile";
import { npmPack, type PackedTarball } from "./packed-files";

export interface CommandResult {
  code: number;
  /** stdout and stderr together, as a person reads them. */
  output: string;
}

/** The organisation's pack, as a folder of the consumer repository. */
export const ORG_PACK_FOLDER = "policy-pack";

const devPins = (JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { devDependencies: Record<string, string> })
  .devDependencies;

function pin(name: string): string {
  const version = devPins[name];
  if (version === undefined) throw new Error(`${name} is not a dev dependency of ocs-guard`);
  return version;
}

/** How long each step of the set-up took, in milliseconds: reported, never asserted. */
export interface SetupTimings {
  pack: number;
  install: number;
  compile: number;
}

async function timed<T>(step: () => Promise<T> | T): Promise<[T, number]> {
  const started = process.hrtime.bigint();
  const result = await step();
  return [result, Number((process.hrtime.bigint() - started) / 1_000_000n)];
}

export class ConsumerRepo {
  readonly timings: SetupTimings = { pack: 0, install: 0, compile: 0 };
  tarball: PackedTarball = { filename: "", size: 0, files: [] };

  private constructor(
    readonly root: string,
    readonly dir: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  /**
   * Packs ocs-guard, writes the consumer repository, installs it offline, compiles the program
   * and the organisation's pack, and creates the stack `dev` on a local file backend.
   */
  static async create(pulumiBin: string): Promise<ConsumerRepo> {
    const root = mkdtempSync(join(tmpdir(), "ocs-guard-consumer-"));
    const dir = join(root, "contoso-infra");
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PATH: `${pulumiBin}${delimiter}${process.env.PATH ?? ""}`,
      PULUMI_BACKEND_URL: `file://${join(root, "state")}`,
      PULUMI_HOME: join(root, "pulumi-home"),
      PULUMI_CONFIG_PASSPHRASE: "ocs-guard-consumer",
      PULUMI_SKIP_UPDATE_CHECK: "true",
      PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
      NO_COLOR: "1",
    };
    mkdirSync(join(root, "state"));
    const repo = new ConsumerRepo(root, dir, env);
    try {
      await repo.setUp();
    } catch (error) {
      repo.dispose();
      throw error;
    }
    return repo;
  }

  private async setUp(): Promise<void> {
    const { root, dir } = this;
    [this.tarball, this.timings.pack] = await timed(() => npmPack(root));
    const tarballFromRepo = `../${this.tarball.filename}`;

    // The program: a repository that ran `npm install ocs-guard` next to its Pulumi program.
    cpSync(join(__dirname, "fixtures/voice"), dir, { recursive: true });
    const program: ProjectManifest = {
      name: "contoso-infra",
      dependencies: { "@pulumi/pulumi": pin("@pulumi/pulumi"), "ocs-guard": `file:${tarballFromRepo}` },
      devDependencies: { "@types/node": pin("@types/node"), typescript: pin("typescript") },
      workspaces: [ORG_PACK_FOLDER],
    };
    writeFileSync(join(dir, "package.json"), `${JSON.stringify(program, null, 2)}\n`);
    writeFileSync(
      join(dir, "Pulumi.yaml"),
      "name: contoso-infra\nruntime:\n  name: nodejs\n  options:\n    typescript: false\nmain: bin/index.js\n",
    );

    // The organisation's pack, exactly as examples/org-pack ships it.
    cpSync(join(REPO, "examples/org-pack"), join(dir, ORG_PACK_FOLDER), { recursive: true });
    const orgPack = JSON.parse(readFileSync(join(dir, ORG_PACK_FOLDER, "package.json"), "utf8")) as ProjectManifest;

    const lock = consumerLockfile(program, { [ORG_PACK_FOLDER]: orgPack }, tarballFromRepo, readFileSync(join(root, this.tarball.filename)));
    writeFileSync(join(dir, "package-lock.json"), `${JSON.stringify(lock, null, 2)}\n`);

    [, this.timings.install] = await timed(() => this.mustRun("npm", ["ci", "--offline", "--no-audit", "--no-fund"]));
    [, this.timings.compile] = await timed(async () => {
      await this.mustRun("npx", ["--no-install", "tsc", "-p", "tsconfig.json"]);
      await this.mustRun("npx", ["--no-install", "tsc", "-p", join(ORG_PACK_FOLDER, "tsconfig.json")]);
    });
    await this.mustRun("pulumi", ["stack", "init", "dev", "--non-interactive"]);
  }

  /**
   * `pulumi preview` of the program's `variant` with the given policy packs (paths relative to the
   * repository). The variant is set on every preview: `--config` also saves it in the stack.
   */
  preview(variant: "compliant" | "violating", policyPacks: string[]): Promise<CommandResult> {
    const packs = policyPacks.flatMap((p) => ["--policy-pack", p]);
    return this.run("pulumi", ["preview", "--non-interactive", "--config", `variant=${variant}`, ...packs]);
  }

  run(command: string, args: string[]): Promise<CommandResult> {
    return new Promise((resolve, reject) => {
      const child = spawn(command, args, { cwd: this.dir, env: this.env, stdio: ["ignore", "pipe", "pipe"] });
      let output = "";
      child.stdout.on("data", (d: Buffer) => (output += d));
      child.stderr.on("data", (d: Buffer) => (output += d));
      child.on("error", reject);
      child.on("close", (code) => resolve({ code: code ?? -1, output }));
    });
  }

  async mustRun(command: string, args: string[]): Promise<CommandResult> {
    const result = await this.run(command, args);
    if (result.code !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${result.code}):\n${result.output}`);
    return result;
  }

  /** Removes the repository, its install, the tarball, the stack state and PULUMI_HOME. */
  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
