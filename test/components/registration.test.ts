import type * as pulumi from "@pulumi/pulumi";
import { first, recordRegistrations, registered, settle } from "./mocks";

type Components = typeof import("../../components");
type Spec = typeof import("../../examples/reference/spec");
type Build = typeof import("../../examples/reference/build");

let registrations: pulumi.runtime.MockResourceArgs[];
let c: Components;
let spec: Spec;
let build: Build;

beforeAll(async () => {
  registrations = recordRegistrations();
  // Imported after setMocks so every resource the code creates goes to the mocks.
  c = await import("../../components");
  spec = await import("../../examples/reference/spec");
  build = await import("../../examples/reference/build");
});

beforeEach(() => {
  registrations.length = 0;
});

function registrationOf(name: string): pulumi.runtime.MockResourceArgs {
  const found = registrations.find((r) => r.name === name);
  if (found === undefined) throw new Error(`"${name}" was not registered`);
  return found;
}


/** The model as the engine carries it: plain JSON. */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

describe("each component", () => {
  const lists = [
    ["StandardEditionServer", "standardEditionServers"],
    ["EnterprisePool", "enterprisePools"],
    ["EdgeServer", "edgeServers"],
    ["MediationServer", "mediationServers"],
    ["MediaGateway", "mediaGateways"],
    ["LocationProfile", "locationProfiles"],
    ["UmDialPlan", "umDialPlans"],
    ["ClientEncryptionPolicy", "clientEncryptionPolicies"],
    ["IpsecPolicy", "ipsecPolicies"],
    ["ArchivingServer", "archivingServers"],
    ["MonitoringServer", "monitoringServers"],
    ["CommunicatorWebAccess", "communicatorWebAccess"],
    ["GroupChatServer", "groupChatServers"],
    ["DeploymentTask", "deploymentTasks"],
  ] as const;

  it.each(lists)("%s registers its type token with its model as inputs", async (className, list) => {
    const s = spec.referenceSpec();
    const member = s[list][0];
    if (member === undefined) throw new Error(`the reference has no ${list}`);
    const Class = c[className] as unknown as new (name: string, args: unknown) => pulumi.ComponentResource;
    const component = new Class(member.name, member.args);
    await registered([component]);
    const kind = spec.memberKinds[list];
    const registration = registrationOf(member.name);
    expect(registration.type).toBe(c.catalog[kind].token);
    expect(c[className].__pulumiType).toBe(c.catalog[kind].token);
    expect(registration.custom).toBe(false);
    expect(registration.inputs).toEqual(plain(member.args));
  });

  it("the Topology registers its token and model", async () => {
    const args = spec.referenceSpec().topology.args;
    const topology = new c.Topology("contoso-alone", args);
    await registered([topology]);
    expect(registrationOf("contoso-alone")).toMatchObject({ type: "ocs:index:Topology", custom: false, inputs: args });
  });

  it("exposes the validated model once every value is known", async () => {
    const args = first(spec.referenceSpec().mediationServers).args;
    const med = new c.MediationServer("med-model", args);
    await expect(settle(med.model)).resolves.toEqual(args);
    await expect(settle(med.fqdn)).resolves.toBe("med01.contoso.com");
  });
});

describe("references", () => {
  it("a gateway attached to a MediationServer component sends that server's FQDN", async () => {
    const s = spec.referenceSpec();
    const med = new c.MediationServer("med-ref", first(s.mediationServers).args);
    const gw = new c.MediaGateway("gw-ref", { ...first(s.mediaGateways).args, mediationServer: med });
    await registered([med, gw]);
    expect(registrationOf("gw-ref").inputs["mediationServer"]).toBe("med01.contoso.com");
  });

  it("a Mediation Server forwards to the pool component's FQDN", async () => {
    const s = spec.referenceSpec();
    const pool = new c.EnterprisePool("pool-ref", first(s.enterprisePools).args);
    const med = new c.MediationServer("med-next-hop", { ...first(s.mediationServers).args, nextHop: pool });
    await registered([pool, med]);
    expect(registrationOf("med-next-hop").inputs["nextHop"]).toBe("pool01.contoso.com");
  });

  it("a dial plan names its location profile component by profile name and its pools by FQDN", async () => {
    const s = spec.referenceSpec();
    const profile = new c.LocationProfile("lp-ref", first(s.locationProfiles).args);
    const pool = new c.EnterprisePool("pool-dp", first(s.enterprisePools).args);
    const se = first(s.standardEditionServers).args.fqdn;
    const plan = new c.UmDialPlan("dp-ref", { ...first(s.umDialPlans).args, locationProfile: profile, servesPools: [pool, se] });
    await registered([profile, pool, plan]);
    expect(registrationOf("dp-ref").inputs).toMatchObject({
      locationProfile: "redmond.contoso.com",
      servesPools: ["pool01.contoso.com", "se01.dublin.contoso.com"],
    });
    await expect(settle(profile.profileName)).resolves.toBe("redmond.contoso.com");
  });

  it("a client encryption policy scoped to a pool component names the pool's FQDN; global stays global", async () => {
    const s = spec.referenceSpec();
    const pool = new c.EnterprisePool("pool-cep", first(s.enterprisePools).args);
    const scoped = new c.ClientEncryptionPolicy("cep-scoped", { level: "optional", appliesTo: [pool] });
    const global = new c.ClientEncryptionPolicy("cep-global", { level: "required", appliesTo: "global" });
    await registered([pool, scoped, global]);
    expect(registrationOf("cep-scoped").inputs["appliesTo"]).toEqual(["pool01.contoso.com"]);
    expect(registrationOf("cep-global").inputs["appliesTo"]).toBe("global");
  });

  it("an IPsec exemption applied to server components names their FQDNs", async () => {
    const s = spec.referenceSpec();
    const med = new c.MediationServer("med-ipsec", first(s.mediationServers).args);
    const ipsec = new c.IpsecPolicy("ipsec-ref", {
      required: true,
      exemptions: [{ name: "media", protocol: "udp", ports: { start: 60000, end: 64000 }, appliesTo: [med, "med01.dublin.contoso.com"] }],
    });
    await registered([med, ipsec]);
    expect(registrationOf("ipsec-ref").inputs["exemptions"]).toEqual([
      { name: "media", protocol: "udp", ports: { start: 60000, end: 64000 }, appliesTo: ["med01.contoso.com", "med01.dublin.contoso.com"] },
    ]);
  });

  it("archiving, monitoring, CWA and Group Chat servers name their pool component by FQDN", async () => {
    const s = spec.referenceSpec();
    const pool = new c.EnterprisePool("pool-assoc", first(s.enterprisePools).args);
    const made = [
      new c.ArchivingServer("arch-ref", { ...first(s.archivingServers).args, pools: [pool] }),
      new c.MonitoringServer("mon-ref", { ...first(s.monitoringServers).args, pools: [pool] }),
      new c.CommunicatorWebAccess("cwa-ref", { ...first(s.communicatorWebAccess).args, pool }),
      new c.GroupChatServer("gc-ref", { ...first(s.groupChatServers).args, pool }),
    ];
    await registered([pool, ...made]);
    expect(registrationOf("arch-ref").inputs["pools"]).toEqual(["pool01.contoso.com"]);
    expect(registrationOf("mon-ref").inputs["pools"]).toEqual(["pool01.contoso.com"]);
    expect(registrationOf("cwa-ref").inputs["pool"]).toBe("pool01.contoso.com");
    expect(registrationOf("gc-ref").inputs["pool"]).toBe("pool01.contoso.com");
  });
});

describe("the reference topology", () => {
  it("registers the topology and every member, each as a child of the topology", async () => {
    const s = spec.referenceSpec();
    const built = build.buildTopology(s);
    const members = Object.values(built).flat() as pulumi.ComponentResource[];
    await registered(members);
    const memberCount = (Object.keys(spec.memberKinds) as (keyof typeof spec.memberKinds)[]).reduce((n, list) => n + s[list].length, 0);
    expect(registrations).toHaveLength(memberCount + 1);
    expect(new Set(registrations.map((r) => r.type))).toEqual(new Set(c.kinds.map((k) => c.catalog[k].token)));
    const urns = await Promise.all(members.filter((m) => m !== built.topology).map((m) => settle(m.urn)));
    for (const urn of urns) expect(urn).toContain("::ocs:index:Topology$");
  });

  it("builds every kind of component", () => {
    const s = spec.referenceSpec();
    for (const list of Object.keys(spec.memberKinds) as (keyof typeof spec.memberKinds)[]) {
      expect(s[list].length).toBeGreaterThan(0);
    }
  });
});
