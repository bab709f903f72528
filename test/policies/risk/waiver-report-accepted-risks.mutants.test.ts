/**
 * The accepted-risk report in the cases that tell its parts apart: a waived stack policy judged
 * inside its Topology, two members waiving the same policy, a waived policy that cannot judge yet
 * (one member's value, or the topology's), and waivers of a malformed component.
 */
import { ipsecRequireMediaExemption } from "../../../policies/gateway";
import { latestExpiry } from "../../../policies/framework/waivers";
import { riskPolicies } from "../../../policies/risk";
import { compliantResources, resourceNamed } from "../../fixtures/reference-topology";
import { analyzeStack, type EngineResource, UNKNOWN } from "../../harness/engine";
import { mediationModel, samplePortPolicy, sampleUniquePolicy } from "../framework/sample";

const reportOf = (policies: Parameters<typeof riskPolicies>[0]) => {
  const [, report] = riskPolicies(policies);
  if (!report) throw new Error("risk policies missing");
  return report;
};
const report = reportOf(() => [samplePortPolicy, sampleUniquePolicy]);

const expires = latestExpiry(new Date(), 90);
const waiverFor = (policy: string) => ({ policy, justification: "PBX trunk shares the address", owner: "voice team", expires });
const accepted = `accepted by voice team until ${expires}: PBX trunk shares the address (recorded in the program) (OCS-RISK-1).`;
const topology: EngineResource = { kind: "topology", name: "contoso", props: { organization: "Contoso", sipDomains: ["contoso.com"], sites: ["redmond"] } };
const med = (name: string, props: Record<string, unknown>): EngineResource => ({ kind: "mediationServer", name, props, topology: "contoso" });

async function reports(resources: readonly EngineResource[], policy = report): Promise<string[]> {
  return (await analyzeStack([policy], resources)).map((d) => d.message.split("\n").pop() ?? "");
}

describe("waiver-report-accepted-risks on a waived stack policy", () => {
  it("re-judges the members inside their Topology and reports each waived finding on its own member only", async () => {
    const shared = { waivers: [waiverFor("mediation-server-sample-unique")] };
    const resources = [
      topology,
      med("med-1", { ...mediationModel(), ...shared }),
      med("med-2", { ...mediationModel({ fqdn: "med2.contoso.com" }), ...shared }),
    ];
    expect((await reports(resources)).sort()).toEqual([
      `accepted risk: Mediation Server "med-1" waives mediation-server-sample-unique, which finds no violation now; ${accepted}`,
      `waived: Mediation Server "med-2" external IP 10.1.20.5 is also used by Mediation Server "med-1" (OCS-GW-7); ${accepted}`,
    ]);
  });
});

describe("waiver-report-accepted-risks when the engine sends the Topology after its members", () => {
  it("still re-judges the members inside that Topology", async () => {
    const shared = { waivers: [waiverFor("mediation-server-sample-unique")] };
    const resources = [
      med("med-1", { ...mediationModel(), ...shared }),
      med("med-2", { ...mediationModel({ fqdn: "med2.contoso.com" }), ...shared }),
      topology,
    ];
    expect((await reports(resources)).sort()).toEqual([
      `accepted risk: Mediation Server "med-1" waives mediation-server-sample-unique, which finds no violation now; ${accepted}`,
      `waived: Mediation Server "med-2" external IP 10.1.20.5 is also used by Mediation Server "med-1" (OCS-GW-7); ${accepted}`,
    ]);
  });
});

describe("waiver-report-accepted-risks while values are unknown", () => {
  it("says the waived policy finds no violation on one member while another member's value is unknown", async () => {
    const unknownPort = mediationModel({ fqdn: "med2.contoso.com", internal: { ...mediationModel().internal, port: UNKNOWN as unknown as number } });
    const resources = [topology, med("med-1", { ...mediationModel(), waivers: [waiverFor("mediation-server-sample-port")] }), med("med-2", unknownPort)];
    expect(await reports(resources)).toEqual([
      `accepted risk: Mediation Server "med-1" waives mediation-server-sample-port, which finds no violation now; ${accepted}`,
    ]);
  });

  it("says the waived stack policy cannot judge the member yet when a value it reads for the whole topology is unknown", async () => {
    const resources = compliantResources();
    const ipsec = resourceNamed(resources, "ipsec");
    ipsec.props.required = UNKNOWN;
    const server = resourceNamed(resources, "med-redmond");
    server.props.waivers = [waiverFor("ipsec-require-media-exemption")];
    expect(await reports(resources, reportOf(() => [ipsecRequireMediaExemption]))).toEqual([
      `accepted risk: Mediation Server "med-redmond" waives ipsec-require-media-exemption, which cannot judge it until update; ${accepted}`,
    ]);
  });
});

describe("waiver-report-accepted-risks on a malformed component", () => {
  it("lists the waivers of policies of the pack only", async () => {
    const malformed = { ...mediationModel(), internal: { ...mediationModel().internal, port: "5061" } };
    const resources = [topology, med("med-1", { ...malformed, waivers: [waiverFor("mediation-server-sample-port"), waiverFor("no-such-policy")] })];
    expect(await reports(resources)).toEqual([
      `accepted risk on a component that cannot be judged: Mediation Server "med-1" waives mediation-server-sample-port, but its model is malformed, so mediation-server-sample-port still reports it as a violation; ${accepted}`,
    ]);
  });
});
