import { decodeModel, isUnknownSentinel, unwrapProxy } from "../../../policies/framework/decode";
import { getSpecialProxyTarget, unknownCheckingProxy, unknownSentinels, unknownStringValue } from "../../../policies/framework/sdk-internals";
import { buildViews, type StackResource, subjectOf } from "../../../policies/framework/topology-view";
import { mediationModel } from "./sample";

// How the stack's resources become members of topologies: decoding each model, grouping by the
// Topology that parents it, and the lists the rules read.

const topologyProps = () => ({ organization: "Contoso", sipDomains: ["contoso.com"], sites: ["redmond"] });
const topology = (name: string): StackResource => ({ type: "ocs:index:Topology", name, urn: `urn:${name}`, props: topologyProps() });
const med = (name: string, parent?: StackResource, props: unknown = mediationModel()): StackResource => ({
  type: "ocs:voice:MediationServer",
  name,
  urn: `urn:${name}`,
  props,
  ...(parent ? { parent } : {}),
});

describe("subjects", () => {
  it("name a component by its kind's label and its name, quoted", () => {
    expect(subjectOf("mediationServer", "med-1")).toBe('Mediation Server "med-1"');
    expect(subjectOf("mediaGateway", "gw")).toBe('media gateway "gw"');
  });
});

describe("buildViews", () => {
  it("groups members under the Topology that parents them, through any depth of parents, in the order they came", () => {
    const contoso = topology("contoso");
    const fabrikam = topology("fabrikam");
    const group: StackResource = { type: "ocs:index:Site", name: "site", urn: "urn:site", props: {}, parent: contoso };
    const { views, malformed } = buildViews([contoso, med("a", group), fabrikam, med("b", fabrikam), med("c", contoso)]);
    expect(malformed).toEqual([]);
    expect(views.map((v) => [v.name, v.rooted, v.members.map((m) => m.name)])).toEqual([
      ["contoso", true, ["contoso", "a", "c"]],
      ["fabrikam", true, ["fabrikam", "b"]],
    ]);
  });

  it("puts the components outside any Topology in one group of the stack, not rooted", () => {
    const other: StackResource = { type: "ocs:index:Other", name: "x", urn: "urn:x", props: {} };
    const { views } = buildViews([med("a"), med("b", other)]);
    expect(views.map((v) => [v.name, v.rooted, v.members.map((m) => m.name)])).toEqual([["(stack)", false, ["a", "b"]]]);
  });

  it("gives each member its kind, name, URN, subject, decoded model and props as delivered", () => {
    const props = { ...mediationModel(), fqdn: " MED1.Contoso.com. " };
    const { views } = buildViews([med("a", undefined, props)]);
    const [member] = views[0]?.members ?? [];
    expect(member).toMatchObject({ kind: "mediationServer", name: "a", urn: "urn:a", subject: 'Mediation Server "a"', props });
    expect((member?.model as { fqdn?: string } | undefined)?.fqdn).toBe("med1.contoso.com");
  });

  it("lists each kind's members, the same list every time", () => {
    const contoso = topology("contoso");
    const { views } = buildViews([contoso, med("a", contoso), med("b", contoso)]);
    const view = views[0];
    if (view === undefined) throw new Error("no view");
    expect(view.of("mediationServer").map((m) => m.name)).toEqual(["a", "b"]);
    expect(view.of("mediationServer")).toBe(view.of("mediationServer"));
    expect(view.of("topology").map((m) => m.name)).toEqual(["contoso"]);
    expect(view.of("mediaGateway")).toEqual([]);
  });

  it("sets aside a component whose model cannot be read, with its problems, and skips what is no OCS component", () => {
    const contoso = topology("contoso");
    const broken = { ...mediationModel(), internal: 42 };
    const { views, malformed } = buildViews([contoso, med("bad", contoso, broken), { type: "aws:s3:Bucket", name: "b", urn: "urn:b", props: {} }]);
    expect(views.map((v) => v.members.map((m) => m.name))).toEqual([["contoso"]]);
    expect(malformed).toEqual([
      {
        kind: "mediationServer",
        name: "bad",
        urn: "urn:bad",
        subject: 'Mediation Server "bad"',
        props: broken,
        problems: [expect.stringContaining("field internal is 42; it must be an object")],
      },
    ]);
  });
});

describe("decodeModel", () => {
  it("recognises every unknown sentinel of the SDK, and nothing else", () => {
    for (const sentinel of unknownSentinels) expect(isUnknownSentinel(sentinel)).toBe(true);
    expect(isUnknownSentinel("04da6b54-80e4-46f7-96ec-b56ff0331ba8x")).toBe(false);
    expect(isUnknownSentinel(undefined)).toBe(false);
    expect(isUnknownSentinel({})).toBe(false);
  });

  it("looks behind the SDK's proxy, and passes anything else through", () => {
    const props = { a: 1 };
    const proxied = unknownCheckingProxy(props);
    expect(unwrapProxy(proxied)).toBe(props);
    expect(unwrapProxy(props)).toBe(props);
    expect(unwrapProxy(null)).toBeNull();
    expect(unwrapProxy("text")).toBe("text");
    expect(unwrapProxy({ [getSpecialProxyTarget]: undefined, b: 2 })).toEqual({ [getSpecialProxyTarget]: undefined, b: 2 });
  });

  it("says what is wrong with props that are no object", () => {
    for (const props of [null, 3, "text", undefined]) {
      const decoded = decodeModel("mediationServer", 'Mediation Server "m"', props);
      expect(decoded.ok).toBe(false);
      if (!decoded.ok) expect(decoded.problems.length).toBeGreaterThan(0);
    }
  });

  it("decodes the same props once per kind and subject, and again for another subject", () => {
    const props = mediationModel();
    const first = decodeModel("mediationServer", 'Mediation Server "a"', props);
    expect(decodeModel("mediationServer", 'Mediation Server "a"', props)).toBe(first);
    const other = decodeModel("mediationServer", 'Mediation Server "b"', props);
    expect(other).not.toBe(first);
    expect(other).toEqual(first);
  });

  it("gives the paths of unknown values, dotted, and a model that throws on reading one", () => {
    const props = { ...mediationModel(), internal: { ...mediationModel().internal, ip: unknownStringValue }, services: [unknownStringValue] };
    const decoded = decodeModel("mediationServer", 'Mediation Server "m"', props);
    if (!decoded.ok) throw new Error(decoded.problems.join("; "));
    expect(decoded.unknownPaths).toEqual(["services.0", "internal.ip"]);
    expect(decoded.model.fqdn).toBe("med1.contoso.com");
    expect(() => decoded.model.internal.ip).toThrow();
  });

  it("gives a known model as plain data, with no unknown paths", () => {
    const decoded = decodeModel("mediationServer", 'Mediation Server "m"', { ...mediationModel(), nextHop: " POOL1.contoso.com " });
    expect(decoded).toEqual({ ok: true, model: { ...mediationModel(), nextHop: "pool1.contoso.com" }, unknownPaths: [] });
  });

  it("names the known problems of props that also hold unknowns, without the unknowns", () => {
    const props = { ...mediationModel(), internal: { ...mediationModel().internal, ip: unknownStringValue, port: "x" } };
    const decoded = decodeModel("mediationServer", 'Mediation Server "m"', props);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) {
      expect(decoded.problems.join(" ")).toContain("internal.port");
      expect(decoded.problems.join(" ")).not.toContain(unknownStringValue);
    }
  });
});
