import { ipsecRecommendMediaRoleExemptions } from "../../../policies/gateway";
import { runPolicy, type EngineResource } from "../../harness/engine";
import { compliantResources } from "../../fixtures/reference-topology";
import { model, topologyPolicySuite, setRaw, UNKNOWN } from "../suite/topology-suite";

const withoutExemption = (r: EngineResource[], name: string) => {
  const policy = model(r, "ipsecPolicy", "ipsec");
  policy.exemptions = policy.exemptions.filter((e) => e.name !== name);
};

topologyPolicySuite({
  policy: ipsecRecommendMediaRoleExemptions,
  name: "ipsec-recommend-media-role-exemptions",
  requirements: ["OCS-GW-2"],
  level: "advisory",
  cases: [
    {
      title: "no exemption for the A/V Edge",
      change: (r) => withoutExemption(r, "av-edge-media"),
      violations: [{ on: "edge-redmond", says: ["carries A/V Edge media at edge-int.contoso.com, av.contoso.com", "no IPsec exemption applied"] }],
    },
    {
      title: "no exemption for A/V Conferencing",
      change: (r) => withoutExemption(r, "av-conferencing-media"),
      violations: [
        { on: "pool-redmond", says: ["runs A/V Conferencing at pool01.contoso.com, fe01.contoso.com, fe02.contoso.com", "exemption for its media port range is recommended"] },
        { on: "se-dublin", says: ["runs A/V Conferencing at se01.dublin.contoso.com", "no IPsec exemption"] },
      ],
    },
    {
      title: "no exemption for Exchange UM",
      change: (r) => withoutExemption(r, "exchange-um-media"),
      violations: [
        { on: "dp-redmond", says: ["uses Exchange UM server um01.contoso.com", "no IPsec exemption"] },
        { on: "dp-dublin", says: ["uses Exchange UM server um01.dublin.contoso.com", "no IPsec exemption"] },
      ],
    },
  ],
  silent: [
    {
      title: "a pool without A/V Conferencing needs no exemption",
      change: (r) => {
        const pool = model(r, "enterprisePool", "pool-redmond");
        pool.services = pool.services.filter((s) => s !== "av-conferencing");
        const exemption = model(r, "ipsecPolicy", "ipsec").exemptions.find((e) => e.name === "av-conferencing-media");
        if (exemption) exemption.appliesTo = ["se01.dublin.contoso.com"];
      },
    },
    { title: "a network that does not rely on IPsec", change: (r) => Object.assign(model(r, "ipsecPolicy", "ipsec"), { required: false, exemptions: [] }) },
  ],
  unknown: {
    title: "the Edge FQDN unknown, Exchange UM without exemption",
    change: (r) => {
      setRaw(model(r, "edgeServer", "edge-redmond"), "fqdn", UNKNOWN);
      withoutExemption(r, "exchange-um-media");
    },
    unknownOn: "edge-redmond",
    violationOn: "dp-redmond",
  },
  malformed: {
    title: "A/V Edge is a string",
    change: (r) => setRaw(model(r, "edgeServer", "edge-redmond"), "avEdge", "av.contoso.com"),
    on: "edge-redmond",
  },
});

describe("ipsec-recommend-media-role-exemptions with the IPsec requirement unknown", () => {
  it("notes each role without an exemption as not verifiable instead of passing it", async () => {
    const resources = compliantResources();
    withoutExemption(resources, "av-edge-media");
    setRaw(model(resources, "ipsecPolicy", "ipsec"), "required", UNKNOWN);
    const diagnostics = await runPolicy(ipsecRecommendMediaRoleExemptions, resources);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.message).toContain('not verifiable until update: Edge Server "edge-redmond" required of IPsec policy "ipsec"');
  });
});
