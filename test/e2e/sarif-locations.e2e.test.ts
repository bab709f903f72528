import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Log, Result } from "sarif";
import { FINGERPRINT } from "../../cli/sarif";
import { describeWithPulumi, REPO, TempStack } from "./pulumi";

jest.setTimeout(300_000);

/** Ninety days from now, so the waiver is in force whenever the test runs. */
const EXPIRES = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);

/**
 * A TypeScript program as a consumer writes it: it imports "ocs-guard" and runs through ts-node.
 * The deployment task breaks one advisory policy twice (a domain-local delegation group, whose name
 * comes from the stack configuration, and Domain Admins beside delegation); the client encryption
 * policy breaks another under a waiver.
 */
const PROGRAM = `import * as pulumi from "@pulumi/pulumi";
import { ClientEncryptionPolicy, DeploymentTask, Topology } from "ocs-guard";

const config = new pulumi.Config();
const topology = new Topology("contoso", { organization: "Contoso", sipDomains: ["contoso.com"], sites: ["dublin"] });

new DeploymentTask(
  "task-configure-se",
  {
    component: "standard-edition",
    procedure: "Configure Standard Edition server",
    principal: { name: "ocs-admin", groups: ["RTCUniversalServerAdmins", "Domain Admins"] },
    delegationGroup: { name: config.require("delegationGroup"), scope: "domain-local" },
  },
  { parent: topology },
);

export const policy = new ClientEncryptionPolicy(
  "client-global",
  {
    level: "rejected",
    appliesTo: "global",
    waivers: [
      {
        policy: "client-encryption-disallow-rejected",
        justification: "Lab clients without SRTP until the upgrade",
        owner: "Contoso voice team",
        expires: "${EXPIRES}",
      },
    ],
  },
  { parent: topology },
);
`;

/** 1-based line and column where `text` starts in the program. */
function siteOf(text: string): { startLine: number; startColumn: number } {
  const lines = PROGRAM.split("\n");
  const index = lines.findIndex((l) => l.includes(text));
  if (index < 0) throw new Error(`the program has no "${text}"`);
  return { startLine: index + 1, startColumn: (lines[index] ?? "").indexOf(text) + 1 };
}

/**
 * Turns the temporary project into one inside a git repository (its parent folder), with the
 * program in index.ts and "ocs-guard" installed the way a consumer's node_modules holds it.
 */
async function consumerProject(stack: TempStack): Promise<void> {
  writeFileSync(join(stack.projectDir, "index.ts"), PROGRAM);
  writeFileSync(join(stack.projectDir, "Pulumi.yaml"), "name: ocs-guard-e2e\nruntime: nodejs\nmain: index.ts\n");
  writeFileSync(join(stack.projectDir, "package.json"), JSON.stringify({ name: "consumer", private: true, main: "index.ts" }));
  const modules = join(stack.projectDir, "node_modules");
  rmSync(modules);
  mkdirSync(modules);
  for (const entry of readdirSync(join(REPO, "node_modules"))) symlinkSync(join(REPO, "node_modules", entry), join(modules, entry));
  symlinkSync(REPO, join(modules, "ocs-guard"));
  const init = await stack.exec("git", ["init", "--quiet", stack.root]);
  if (init.code !== 0) throw new Error(`git init failed:\n${init.output}`);
}

async function previewSarif(stack: TempStack, delegationGroup: string): Promise<Result[]> {
  const set = await stack.pulumi(["config", "set", "delegationGroup", delegationGroup]);
  if (set.code !== 0) throw new Error(`pulumi config set failed:\n${set.output}`);
  const out = join(stack.root, `reports-${delegationGroup}`);
  const result = await stack.exec("node", [join(REPO, "dist/cli/main.js"), "preview", "--out", out, "--", "--non-interactive"]);
  // Advisory violations and a waived mandatory one: the gate passes.
  if (result.code !== 0) throw new Error(`ocs-guard preview exited with ${result.code}:\n${result.output}`);
  const log = JSON.parse(readFileSync(join(out, "ocs-guard.sarif"), "utf8")) as Log;
  return log.runs[0]?.results ?? [];
}

const byRule = (results: Result[], ruleId: string) => results.filter((r) => r.ruleId === ruleId);
const fingerprints = (results: Result[]) => results.map((r) => `${r.ruleId} ${r.partialFingerprints?.[FINGERPRINT] ?? ""}`).sort();

describeWithPulumi("SARIF from a real preview of a TypeScript program", () => {
  let stack: TempStack;
  let first: Result[];
  let second: Result[];

  beforeAll(async () => {
    // create() sets up a JavaScript project and its stack; consumerProject() then makes it a TypeScript one.
    stack = await TempStack.create(join(REPO, "dist/index.js"));
    await consumerProject(stack);
    first = await previewSarif(stack, "Lab-Delegates");
    second = await previewSarif(stack, "Voice-Delegates");
  });

  afterAll(() => stack?.dispose());

  it("locates each violation at the program line, relative to the repository, where the violating component was created", () => {
    const task = byRule(first, "deployment-task-limit-privileged-groups");
    expect(task).toHaveLength(2);
    for (const r of task) {
      expect(r.locations?.[0]?.physicalLocation).toEqual({
        artifactLocation: { uri: "project/index.ts", uriBaseId: "%SRCROOT%" },
        region: siteOf("new DeploymentTask("),
      });
    }
    expect(task.map((r) => r.message.text).join("\n")).toContain("Lab-Delegates");
  });

  it("puts the waiver on the result it waives, at the waived component, as an accepted external suppression", () => {
    const waived = byRule(first, "client-encryption-disallow-rejected");
    expect(waived).toHaveLength(1);
    // The waived policy is advisory: the result keeps that policy's own level.
    expect(waived[0]).toMatchObject({
      level: "warning",
      locations: [{ physicalLocation: { artifactLocation: { uri: "project/index.ts" }, region: siteOf("new ClientEncryptionPolicy(") } }],
      suppressions: [
        {
          kind: "external",
          status: "accepted",
          justification: "Lab clients without SRTP until the upgrade",
          properties: { owner: "Contoso voice team", expires: EXPIRES },
        },
      ],
    });
    expect(byRule(first, "waiver-report-accepted-risks")).toEqual([]);
  });

  it("keeps two violations of one policy on one resource apart", () => {
    const task = byRule(first, "deployment-task-limit-privileged-groups");
    expect(new Set(fingerprints(task)).size).toBe(2);
  });

  it("gives the same fingerprints when the violating value changes", () => {
    expect(byRule(second, "deployment-task-limit-privileged-groups").map((r) => r.message.text).join("\n")).toContain("Voice-Delegates");
    expect(second.map((r) => r.message.text)).not.toEqual(first.map((r) => r.message.text));
    expect(fingerprints(second)).toEqual(fingerprints(first));
    expect(fingerprints(first)).toHaveLength(3);
  });
});
