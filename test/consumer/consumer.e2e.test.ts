/**
 * ocs-guard as its users get it: `npm pack` of this repository installed (offline, from the local
 * npm cache) into a repository outside this one, a program written with the components, and
 * `pulumi preview --policy-pack node_modules/ocs-guard` on the real Pulumi CLI; then the same
 * program under the organisation's own pack composed with `select` (examples/org-pack).
 */
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { describeWithPulumi, REPO, reportedViolations } from "../e2e/pulumi";
import { ConsumerRepo, ORG_PACK_FOLDER } from "./consumer-repo";

jest.setTimeout(180_000);

const FULL_PACK = "node_modules/ocs-guard";

/** The policies of this build (the tarball packs dist/), read without compiling the sources again. */
function builtPolicyNames(): string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const built = require(join(REPO, "dist/policies")) as { allPolicies: { info: { name: string } }[] };
  return built.allPolicies.map((p) => p.info.name);
}
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** What the installed package gives a script in the consumer repository, read by Node.js itself. */
const PROBE = `
const { dirname } = require("node:path");
const components = require("ocs-guard");
const policies = require("ocs-guard/policies");
const fromPackage = { paths: [dirname(require.resolve("ocs-guard"))] };
console.log(JSON.stringify({
  component: typeof components.MediationServer,
  policies: policies.allPolicies.map((p) => p.info.name),
  select: typeof policies.select,
  packStarted: Object.keys(require.cache).some((file) => file.endsWith("/dist/policies/pack.js")),
  onePulumi: require.resolve("@pulumi/pulumi") === require.resolve("@pulumi/pulumi", fromPackage),
  onePolicySdk: require.resolve("@pulumi/policy") === require.resolve("@pulumi/policy", fromPackage),
}));
`;

describeWithPulumi("a consumer repository that installed the ocs-guard tarball", () => {
  let repo: ConsumerRepo;

  beforeAll(async () => {
    repo = await ConsumerRepo.create(process.env.OCS_GUARD_PULUMI_BIN ?? "");
    const { pack, install, compile } = repo.timings;
    console.log(
      `consumer set-up: npm pack ${repo.tarball.files.length} files, ${(repo.tarball.size / 1024).toFixed(0)} kB in ${seconds(pack)}; ` +
        `npm ci --offline ${seconds(install)}; tsc of the program and the organisation's pack ${seconds(compile)}`,
    );
  }, 600_000);

  afterAll(() => repo?.dispose());

  it("imports the components and every policy by name, without starting the pack, sharing one Pulumi SDK", async () => {
    const result = await repo.mustRun("node", ["-e", PROBE]);
    expect(JSON.parse(result.output)).toEqual({
      component: "function",
      policies: builtPolicyNames(),
      select: "function",
      packStarted: false,
      onePulumi: true,
      onePolicySdk: true,
    });
  });

  it("runs the ocs-guard command from the package's bin", async () => {
    const result = await repo.mustRun("npx", ["--no-install", "ocs-guard", "--version"]);
    expect(result.output).toMatch(/^0\.1\.0$/m);
  });

  it("checks topology documents with the installed bin, as the local pre-commit hook of docs/check.md runs it", async () => {
    copyFileSync(join(REPO, "examples/violations/OCS-GW-3/topology.yaml"), join(repo.dir, "topology.yaml"));
    const result = await repo.run("npx", ["--no-install", "ocs-guard", "check", "topology.yaml"]);
    expect(result.output).toMatch(/^topology\.yaml:\d+:\d+: error: media-gateway-require-tls: media gateway "gw-dublin"/m);
    expect(result.output).toContain("ocs-guard: FAIL: 2 mandatory, 0 advisory");
    expect(result.code).toBe(1);
  });

  it("passes the compliant topology under the ocs-guard pack and the organisation's pack", async () => {
    const result = await repo.preview("compliant", [FULL_PACK, ORG_PACK_FOLDER]);
    expect(reportedViolations(result.output)).toEqual([]);
    expect(result.output).toContain(`ocs-guard@v0.1.0 (local: ${FULL_PACK})`);
    expect(result.output).toContain(`contoso-voice@v1.0.0 (local: ${ORG_PACK_FOLDER})`);
    expect(result.code).toBe(0);
  });

  it("fails the violating topology under the ocs-guard pack, naming each broken policy and its resource", async () => {
    const result = await repo.preview("violating", [FULL_PACK]);
    expect(reportedViolations(result.output)).toEqual([
      { level: "mandatory", policy: "mediation-server-require-two-nics", type: "ocs:voice:MediationServer", resource: "med-redmond" },
      { level: "mandatory", policy: "server-require-valid-certificate", type: "ocs:server:EnterprisePool", resource: "pool-redmond" },
    ]);
    expect(result.output).toContain('Mediation Server "med-redmond" external edge uses adapter Internal');
    expect(result.code).not.toBe(0);
  });

  it("fails the violating topology under the organisation's pack only on the policies it selected", async () => {
    const result = await repo.preview("violating", [ORG_PACK_FOLDER]);
    // The certificate policy is of the certificates area, which the organisation's pack leaves out.
    expect(reportedViolations(result.output)).toEqual([
      { level: "mandatory", policy: "mediation-server-require-two-nics", type: "ocs:voice:MediationServer", resource: "med-redmond" },
    ]);
    expect(result.output).toContain(`contoso-voice@v1.0.0 (local: ${ORG_PACK_FOLDER})`);
    expect(result.code).not.toBe(0);
  });
});
