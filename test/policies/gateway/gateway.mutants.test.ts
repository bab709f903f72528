/**
 * Gateway and IPsec cases that tell two conditions apart: several IPsec policies of which one
 * requires IPsec, several exemptions or members listed in one message, a Mediation Server without
 * an external edge, a reference that names two members, and a clash that an unknown must not
 * turn into a note.
 */
import {
  ipsecRecommendMediaRoleExemptions,
  ipsecRequireMediaExemption,
  mediaGatewayRequireMediationNextHop,
  mediaGatewayRequireSingleMediationServer,
  mediationServerRequireNetworkSeparation,
  mediationServerRequirePoolNextHop,
  mediationServerRequireUniqueInternalRoute,
} from "../../../policies/gateway";
import { resolveReference } from "../../../policies/gateway/resolve";
import { compliantResources, resourceNamed } from "../../fixtures/reference-topology";
import { runPolicy, type Diagnostic, type EngineResource } from "../../harness/engine";
import { model, removeField, setRaw, UNKNOWN, violationsOf } from "../suite/topology-suite";

const on = (name: string) => (d: Diagnostic) => d.urn.endsWith(`::${name}`);
const notes = (found: Diagnostic[]) => found.filter((d) => d.message.includes("not verifiable until update"));

/** A copy of a member under another resource name, for a second IPsec policy or a third Mediation Server. */
function copyOf(resources: EngineResource[], name: string, as: string): EngineResource {
  const copy = structuredClone(resourceNamed(resources, name));
  copy.name = as;
  resources.push(copy);
  return copy;
}

const mediationExemption = (r: EngineResource[]) => {
  const found = model(r, "ipsecPolicy", "ipsec").exemptions.find((e) => e.name === "mediation-media");
  if (found === undefined) throw new Error("the fixture has no mediation-media exemption");
  return found;
};

describe("ipsec-require-media-exemption, told apart", () => {
  it("requires the exemption when one of several IPsec policies requires IPsec", async () => {
    const r = compliantResources();
    Object.assign(copyOf(r, "ipsec", "ipsec-lab").props, { required: false, exemptions: [] });
    mediationExemption(r).ports = { start: 60000, end: 62000 };
    const found = violationsOf(await runPolicy(ipsecRequireMediaExemption, r));
    expect(found.filter(on("med-redmond"))).toHaveLength(1);
  });

  it("lists every exemption applied to the server, one after the other", async () => {
    const r = compliantResources();
    mediationExemption(r).ports = { start: 60000, end: 60999 };
    model(r, "ipsecPolicy", "ipsec").exemptions.push({
      name: "mediation-media-upper",
      protocol: "udp",
      ports: { start: 62000, end: 64000 },
      appliesTo: ["med01.contoso.com"],
    });
    const [finding] = violationsOf(await runPolicy(ipsecRequireMediaExemption, r)).filter(on("med-redmond"));
    expect(finding?.message).toContain("exempted from IPsec by udp 60000-60999, udp 62000-64000;");
  });

  it("bounds an exemption applied to one Mediation Server only", async () => {
    const r = compliantResources();
    Object.assign(mediationExemption(r), { ports: { start: 55000, end: 64000 }, appliesTo: ["med01.contoso.com"] });
    const found = violationsOf(await runPolicy(ipsecRequireMediaExemption, r));
    expect(found.filter(on("ipsec")).map((d) => d.message)).toEqual([expect.stringContaining("spans 9001 ports")]);
  });
});

describe("ipsec-recommend-media-role-exemptions, told apart", () => {
  it("recommends the exemption when one of several IPsec policies requires IPsec", async () => {
    const r = compliantResources();
    Object.assign(copyOf(r, "ipsec", "ipsec-lab").props, { required: false, exemptions: [] });
    const policy = model(r, "ipsecPolicy", "ipsec");
    policy.exemptions = policy.exemptions.filter((e) => e.name !== "av-edge-media");
    const found = violationsOf(await runPolicy(ipsecRecommendMediaRoleExemptions, r));
    expect(found.filter(on("edge-redmond"))).toHaveLength(1);
  });

  it("asks nothing of a Standard Edition server that does not run A/V Conferencing", async () => {
    const r = compliantResources();
    const se = model(r, "standardEditionServer", "se-dublin");
    se.services = se.services.filter((s) => s !== "av-conferencing");
    const policy = model(r, "ipsecPolicy", "ipsec");
    policy.exemptions = policy.exemptions.filter((e) => e.name !== "av-conferencing-media");
    const found = violationsOf(await runPolicy(ipsecRecommendMediaRoleExemptions, r));
    expect(found.filter(on("se-dublin"))).toEqual([]);
    expect(found.filter(on("pool-redmond"))).toHaveLength(1);
  });
});

describe("gateway rules on a Mediation Server without an external edge", () => {
  const withoutExternal = () => {
    const r = compliantResources();
    removeField(model(r, "mediationServer", "med-redmond"), "external");
    return r;
  };

  it("media-gateway-require-mediation-next-hop leaves it to OCS-GW-4", async () => {
    const found = await runPolicy(mediaGatewayRequireMediationNextHop, withoutExternal());
    expect(found).toEqual([]);
  });

  it("mediation-server-require-network-separation leaves it to OCS-GW-4", async () => {
    const found = await runPolicy(mediationServerRequireNetworkSeparation, withoutExternal());
    expect(found).toEqual([]);
  });

  it("media-gateway-require-mediation-next-hop leaves a gateway naming no Mediation Server to OCS-GW-8", async () => {
    const r = compliantResources();
    model(r, "mediaGateway", "gw-redmond").mediationServer = "med-missing.contoso.com";
    expect(await runPolicy(mediaGatewayRequireMediationNextHop, r)).toEqual([]);
  });
});

describe("mediation-server-require-network-separation on the external edge", () => {
  it("reports an external edge address outside its own subnet", async () => {
    const r = compliantResources();
    const external = model(r, "mediationServer", "med-redmond").external;
    if (external === undefined) throw new Error("the fixture's med-redmond has an external edge");
    external.ip = "10.1.30.5";
    const found = violationsOf(await runPolicy(mediationServerRequireNetworkSeparation, r));
    expect(found.filter(on("med-redmond")).map((d) => d.message)).toEqual([
      expect.stringContaining("external edge address 10.1.30.5 is outside its subnet 10.1.20.0/24; it must lie in 10.1.20.0/24"),
    ]);
  });
});

describe("references that name two members", () => {
  const twins = () => {
    const r = compliantResources();
    model(r, "mediationServer", "med-dublin").fqdn = "med01.contoso.com";
    return r;
  };

  it("media-gateway-require-single-mediation-server names both Mediation Servers", async () => {
    const found = violationsOf(await runPolicy(mediaGatewayRequireSingleMediationServer, twins()));
    expect(found.filter(on("gw-redmond")).map((d) => d.message)).toEqual([
      expect.stringContaining('which matches 2 Mediation Servers (Mediation Server "med-redmond", Mediation Server "med-dublin")'),
    ]);
  });

  it("media-gateway-require-mediation-next-hop does not judge a gateway against one of two", async () => {
    const r = twins();
    model(r, "mediaGateway", "gw-redmond").nextHop = { ip: "10.1.20.99", port: 5060 };
    const found = violationsOf(await runPolicy(mediaGatewayRequireMediationNextHop, r));
    expect(found.filter(on("gw-redmond"))).toEqual([]);
  });

  it("mediation-server-require-pool-next-hop accepts a next hop that names a pool among other members", async () => {
    const r = compliantResources();
    model(r, "archivingServer", "arch-redmond").fqdn = model(r, "enterprisePool", "pool-redmond").fqdn;
    const found = violationsOf(await runPolicy(mediationServerRequirePoolNextHop, r));
    expect(found.filter(on("med-redmond"))).toEqual([]);
  });

  it("mediation-server-require-pool-next-hop lists every member the next hop names", async () => {
    const r = compliantResources();
    const archiving = model(r, "archivingServer", "arch-redmond");
    model(r, "monitoringServer", "mon-redmond").fqdn = archiving.fqdn;
    model(r, "mediationServer", "med-redmond").nextHop = archiving.fqdn;
    const [finding] = violationsOf(await runPolicy(mediationServerRequirePoolNextHop, r)).filter(on("med-redmond"));
    expect(finding?.message).toMatch(/is Archiving Server "arch-redmond", Monitoring Server "mon-redmond"; it must be/i);
  });
});

describe("an internal edge shared by three Mediation Servers", () => {
  it("names both others in one message", async () => {
    const r = compliantResources();
    const internal = model(r, "mediationServer", "med-redmond").internal;
    const third = copyOf(r, "med-redmond", "med-third");
    third.props.fqdn = "med03.contoso.com";
    model(r, "mediationServer", "med-dublin").internal = { ...internal };
    const found = violationsOf(await runPolicy(mediationServerRequireUniqueInternalRoute, r));
    expect(found.filter(on("med-redmond")).map((d) => d.message)).toEqual([
      expect.stringContaining('is also an endpoint of Mediation Server "med-dublin", Mediation Server "med-third";'),
    ]);
  });
});

describe("external edges shared by three Mediation Servers", () => {
  it("names both others in one message", async () => {
    const r = compliantResources();
    const third = copyOf(r, "med-redmond", "med-third");
    third.props.fqdn = "med03.contoso.com";
    setRaw(third.props.internal as object, "ip", "10.1.10.6");
    model(r, "mediationServer", "med-dublin").external = model(r, "mediationServer", "med-redmond").external;
    const found = violationsOf(await runPolicy(mediaGatewayRequireMediationNextHop, r));
    expect(found.filter(on("med-redmond")).map((d) => d.message)).toEqual([
      expect.stringContaining('is also the external edge of Mediation Server "med-dublin", Mediation Server "med-third";'),
    ]);
  });
});

describe("mediation-server-require-unique-internal-route with a clash and an unknown", () => {
  it("reports the clash on both servers and leaves the not-verifiable note to the member whose address is unknown", async () => {
    const r = compliantResources();
    const redmond = model(r, "mediationServer", "med-redmond");
    model(r, "mediationServer", "med-dublin").internal = { ...redmond.internal };
    setRaw(model(r, "standardEditionServer", "se-dublin"), "ip", UNKNOWN);
    const found = await runPolicy(mediationServerRequireUniqueInternalRoute, r);
    expect(violationsOf(found).map((d) => d.urn.split("::").pop()).sort()).toEqual(["med-dublin", "med-redmond"]);
    expect(notes(found).map((d) => d.message)).toEqual([expect.stringContaining('not verifiable until update: Standard Edition server "se-dublin" ip is unknown during preview')]);
  });

  it("notes a server whose own address is unknown once, and the server that must be compared with it", async () => {
    const r = compliantResources();
    setRaw(model(r, "mediationServer", "med-redmond").internal, "ip", UNKNOWN);
    const found = await runPolicy(mediationServerRequireUniqueInternalRoute, r);
    expect(violationsOf(found)).toEqual([]);
    expect(notes(found).map((d) => d.message)).toEqual([expect.stringContaining(
        'not verifiable until update: Mediation Server "med-redmond" internal.ip; Mediation Server "med-dublin" internal.ip of Mediation Server "med-redmond" are unknown during preview',
      ),]);
  });

  it("judges a Standard Edition server without an address and a pool without a load balancer", async () => {
    const r = compliantResources();
    removeField(model(r, "standardEditionServer", "se-dublin"), "ip");
    removeField(model(r, "enterprisePool", "pool-redmond"), "loadBalancer");
    expect(await runPolicy(mediationServerRequireUniqueInternalRoute, r)).toEqual([]);
  });
});

describe("resolveReference", () => {
  it("passes on an error that is not an unknown value, even when another candidate matches", () => {
    const keyOf = (candidate: string): string => {
      if (candidate === "broken") throw new Error("not an unknown");
      return candidate;
    };
    expect(() => resolveReference(["broken", "a.contoso.com"], keyOf, "a.contoso.com")).toThrow("not an unknown");
  });
});
