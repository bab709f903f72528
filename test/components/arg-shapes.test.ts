/**
 * Every arg shape README promises is handled: args that are not an object are refused with one
 * sentence, and a reference list may be one pending value (an Output of components or FQDNs).
 */
import * as pulumi from "@pulumi/pulumi";
import { first, problemsOf, recordRegistrations, settle } from "./mocks";

type Components = typeof import("../../components");
type Spec = typeof import("../../examples/reference/spec");

let registrations: pulumi.runtime.MockResourceArgs[];
let c: Components;
let spec: Spec;

beforeAll(async () => {
  registrations = recordRegistrations();
  c = await import("../../components");
  spec = await import("../../examples/reference/spec");
});



describe("args that are not an object", () => {
  it.each([
    ["null", null],
    ["undefined", undefined],
    ["a string", "med-1.contoso.com"],
    ["a list", []],
  ])("%s is refused with one sentence, not a TypeError", (_label, args) => {
    expect(problemsOf(() => new c.MediationServer("med-x", args as never))).toEqual([
      `Mediation Server "med-x": its args are ${args === undefined ? "undefined" : JSON.stringify(args)}; they must be an object with the component's fields (see docs/components.md).`,
    ]);
  });

  it("is refused for every component kind", () => {
    const classes = [
      c.Topology, c.StandardEditionServer, c.EnterprisePool, c.EdgeServer, c.MediationServer, c.MediaGateway,
      c.LocationProfile, c.UmDialPlan, c.ClientEncryptionPolicy, c.IpsecPolicy, c.ArchivingServer,
      c.MonitoringServer, c.CommunicatorWebAccess, c.GroupChatServer, c.DeploymentTask,
    ];
    for (const Component of classes) {
      const [sentence] = problemsOf(() => new Component("x", null as never));
      expect(sentence).toMatch(/^.+ "x": its args are null; they must be an object with the component's fields/);
    }
  });
});

describe("a reference list given as one pending value", () => {
  it("an Archiving Server's pools as an Output of FQDNs", async () => {
    const args = first(spec.referenceSpec().archivingServers).args;
    const pools = pulumi.output(args.pools.map((p) => (typeof p === "string" ? p : "pool01.contoso.com")));
    const archiving = new c.ArchivingServer("arch-output-list", { ...args, pools });
    const model = await settle(archiving.model);
    expect(model.pools).toEqual(await settle(pools));
  });

  it("a UM dial plan's served pools as an Output holding a component", async () => {
    const topology = spec.referenceSpec();
    const pool = new c.EnterprisePool("pool-in-list", first(topology.enterprisePools).args);
    const plan = first(topology.umDialPlans).args;
    const dialPlan = new c.UmDialPlan("um-output-list", { ...plan, servesPools: pulumi.output([pool]) });
    const model = await settle(dialPlan.model);
    expect(model.servesPools).toEqual([await settle(pool.fqdn)]);
    expect(registrations.some((r) => r.name === "um-output-list")).toBe(true);
  });
});
