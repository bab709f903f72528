import type * as pulumi from "@pulumi/pulumi";
import { recordRegistrations, registered, settle } from "../components/mocks";

type Library = typeof import("../../components");
type Spec = typeof import("../../examples/reference/spec");

let registrations: pulumi.runtime.MockResourceArgs[];
let ocs: Library;
let spec: Spec;

beforeAll(async () => {
  registrations = recordRegistrations();
  // Imported after setMocks so every resource the code creates goes to the mocks.
  ocs = await import("../../components");
  spec = await import("../../examples/reference/spec");
});

beforeEach(() => {
  registrations.length = 0;
});

describe("buildTopology", () => {
  it("creates the Topology and one component per member under it, registered as documentResources says", async () => {
    const document = spec.referenceSpec();
    const built = ocs.buildTopology(document);
    const members = ocs.memberLists.flatMap((list): pulumi.ComponentResource[] => built[list]);
    const components: pulumi.ComponentResource[] = [built.topology, ...members];
    await registered(components);

    const expected = ocs.documentResources(document, { stack: "test", project: "ocs-guard" });
    expect(components).toHaveLength(expected.length);
    expect(await Promise.all(components.map((c) => settle(c.urn)))).toEqual(expected.map((r) => r.urn));
    // Registrations complete in any order; compare them by resource.
    const byResource = (a: { type: string; name: string }, b: { type: string; name: string }) =>
      `${a.type}::${a.name}`.localeCompare(`${b.type}::${b.name}`);
    expect(registrations.map((r) => ({ type: r.type, name: r.name, inputs: r.inputs })).sort(byResource)).toEqual(
      expected.map((r) => ({ type: r.type, name: r.name, inputs: r.props })).sort(byResource),
    );
    expect(expected.slice(1).every((r) => r.parent === expected[0])).toBe(true);
    expect(expected[0]?.parent).toBeUndefined();
  });

  it("takes a document without some lists: an absent list is empty", async () => {
    const { apiVersion, topology, clientEncryptionPolicies } = spec.referenceSpec();
    const built = ocs.buildTopology({ apiVersion, topology, clientEncryptionPolicies });
    await registered([built.topology, ...built.clientEncryptionPolicies]);
    expect(built.mediationServers).toEqual([]);
    expect(registrations.map((r) => r.type).sort()).toEqual(["ocs:client:ClientEncryptionPolicy", "ocs:index:Topology"]);
  });
});

describe("documentResources and memberPath", () => {
  it("gives a member the URN of a child of the Topology, and the Topology its own", () => {
    const resources = ocs.documentResources(spec.referenceSpec(), { stack: "dev", project: "voice" });
    expect(resources[0]?.urn).toBe("urn:pulumi:dev::voice::ocs:index:Topology::contoso");
    expect(resources.find((r) => r.name === "med-dublin")?.urn).toBe(
      "urn:pulumi:dev::voice::ocs:index:Topology$ocs:voice:MediationServer::med-dublin",
    );
  });

  it("finds the path of a reported resource in the document", () => {
    const document = spec.referenceSpec();
    expect(ocs.memberPath(document, "ocs:voice:MediationServer", "med-dublin")).toEqual(["mediationServers", 1]);
    expect(ocs.memberPath(document, "ocs:index:Topology", "contoso")).toEqual(["topology"]);
    expect(ocs.memberPath(document, "ocs:voice:MediationServer", "se-dublin")).toBeUndefined();
  });
});
