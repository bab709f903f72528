import { allPolicies } from "../../../policies";
import { EXCEPTIONS_POLICY } from "../../../policies/framework/exceptions";
import { PackRun } from "../../../policies/framework/pack-run";
import { secretValuesOf } from "../../../policies/framework/secrets";
import { loadedPack } from "../../../policies/framework/served-pack";
import { compliantResources, resourceNamed } from "../../fixtures/reference-topology";
import { asStackResource } from "../../harness/engine";

// The pack as ocs-guard's analyzer server holds it between the engine's calls: what each Configure
// leaves in force for the Analyze calls that follow.

const identity = { name: "ocs-guard", version: "0.0.0" };
const entry = (enforcementLevel: string, properties: Record<string, unknown> = {}) => ({ enforcementLevel, properties });
const soon = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

function supportedPool() {
  const pool = resourceNamed(compliantResources(), "pool-redmond");
  pool.props.mediaEncryption = "supported";
  return asStackResource(pool);
}

describe("a pack loaded to serve", () => {
  it("keeps one run per configuration in force; a refused configuration changes nothing", () => {
    const pack = loadedPack(identity, allPolicies);
    const first = pack.run();
    expect(first).toBeInstanceOf(PackRun);
    expect(pack.run()).toBe(first);

    expect(pack.configure({ "media-require-srtp": entry("advisory", { allowsupported: true }) })).toMatch(
      /^Policy media-require-srtp has no configuration key "allowsupported"; did you mean "allowSupported"\?/,
    );
    expect(pack.run()).toBe(first);

    expect(pack.configure({ "media-require-srtp": entry("advisory") })).toBeUndefined();
    const second = pack.run();
    expect(second).not.toBe(first);
    expect(pack.run()).toBe(second);
  });

  it("judges with the enforcement levels and the exceptions of the configuration in force", () => {
    const pack = loadedPack(identity, allPolicies);
    const srtp = () => pack.run().analyze(supportedPool()).filter((d) => d.policyName === "media-require-srtp");
    expect(srtp().map((d) => d.enforcementLevel)).toEqual(["mandatory"]);

    pack.configure({ "media-require-srtp": entry("advisory") });
    expect(srtp().map((d) => d.enforcementLevel)).toEqual(["advisory"]);

    const exception = { policy: "media-require-srtp", resource: "pool-redmond", justification: "Legacy phones in the lobby", owner: "Contoso risk board", expires: soon };
    pack.configure({ [EXCEPTIONS_POLICY]: entry("mandatory", { exceptions: [exception] }) });
    expect(srtp()).toEqual([]);
  });

  it("names the resource policies configured to remediate, and no stack policy", () => {
    const pack = loadedPack(identity, allPolicies);
    expect(pack.remediating()).toEqual([]);
    const stackPolicy = allPolicies.find((p) => p.info.kind === "stack");
    if (stackPolicy === undefined) throw new Error("the pack has no stack policy");
    pack.configure({
      "media-require-srtp": entry("remediate"),
      "edge-require-public-av-address": entry("mandatory"),
      [stackPolicy.info.name]: entry("remediate"),
    });
    expect(pack.remediating()).toEqual(["media-require-srtp"]);
  });

  it("records the secret paths of props read from the wire, for the messages to hide", () => {
    const props = { ip: "10.0.0.1", port: 5061 };
    loadedPack(identity, allPolicies).declareSecrets(props, [["ip"]]);
    expect(secretValuesOf(props)).toEqual(["10.0.0.1"]);
  });
});
