import { defaultWaiverRules, type WaiverRules } from "../../../policies/framework/exceptions";
import { justificationProblem, ownerProblem } from "../../../policies/framework/waiver-quality";
import { acceptancesOf, latestExpiry, matchesResource, waiversOf, waiverStatus } from "../../../policies/framework/waivers";
import { riskPolicies } from "../../../policies/risk";
import { analyze, analyzeAll, analyzeStack, secret, urnOf } from "../../harness/engine";
import { mediationModel, samplePortPolicy } from "../framework/sample";

const [requireValid, reportAccepted] = riskPolicies(() => [samplePortPolicy]);
if (!requireValid || !reportAccepted) throw new Error("risk policies missing");

const now = new Date("2026-06-15T12:00:00Z");
const soon = latestExpiry(new Date(), 90);
const policy = "mediation-server-sample-port";
const waiver = { policy, justification: "PBX trunk needs port 5070", owner: "voice team", expires: soon };
const exception = { policy, resource: "med-1", justification: "PBX trunk needs port 5070", owner: "Contoso risk board", expires: soon, ticket: "RISK-42" };
const broken = mediationModel({ internal: { ...mediationModel().internal, port: 5070 } });
const topology = { kind: "topology" as const, name: "contoso", props: { organization: "Contoso", sipDomains: ["contoso.com"], sites: ["redmond"] } };
const med = (props: Record<string, unknown>, name = "med-1") => ({ kind: "mediationServer" as const, name, props, topology: "contoso" });
const rulesConfig = (rules: Partial<WaiverRules>) => ({ "waiver-require-justification-owner-expiry": rules });

describe("matching a configured exception to a resource", () => {
  const resource = { urn: urnOf("mediationServer", "med-redmond"), name: "med-redmond" };

  it.each([
    ["its name", "med-redmond"],
    ["its URN", urnOf("mediationServer", "med-redmond")],
    ["a glob over its name", "med-*"],
    ["a glob over its URN", "urn:pulumi:*::ocs:voice:MediationServer::med-?edmond"],
  ])("matches %s", (_case, pattern) => {
    expect(matchesResource(pattern, resource)).toBe(true);
  });

  it.each([
    ["another name", "med-dublin"],
    ["a prefix of its name without a glob", "med-"],
    ["a glob that only matches part of it", "med"],
    ["regular-expression characters taken literally", "med.redmond"],
  ])("does not match %s", (_case, pattern) => {
    expect(matchesResource(pattern, resource)).toBe(false);
  });
});

describe("the horizon bounds every expiry", () => {
  it("accepts the last day of the horizon and refuses the day after", () => {
    expect(waiverStatus({ ...waiver, expires: "2027-06-15" }, now)).toEqual({ valid: true });
    expect(waiverStatus({ ...waiver, expires: "2027-06-16" }, now)).toEqual({
      valid: false,
      reasons: ["its expiry 2027-06-16 is more than 365 days away; the latest allowed is 2027-06-15"],
    });
  });

  it("refuses 9999-12-31 and follows a configured horizon", () => {
    expect(waiverStatus({ ...waiver, expires: "9999-12-31" }, now).valid).toBe(false);
    expect(waiverStatus({ ...waiver, expires: "2026-07-15" }, now, { maximumHorizonDays: 30 })).toEqual({ valid: true });
    expect(waiverStatus({ ...waiver, expires: "2026-07-16" }, now, { maximumHorizonDays: 30 }).valid).toBe(false);
  });
});

describe("a justification says why in words and an owner names someone", () => {
  it.each([".", "\u200B", " \u200B\u200D ", "...!!!", "ok", "TBD 5070"])("refuses the justification %j", (text) => {
    expect(justificationProblem(text)).toBeDefined();
  });

  it("spells out invisible characters in the message", () => {
    expect(justificationProblem("x\u200B")).toBe(
      'its justification "x\\u200B" says nothing; write in words why the risk is acceptable',
    );
  });

  it.each(["PBX trunk needs port 5070", "Lab server until the NIC arrives"])("accepts the justification %j", (text) => {
    expect(justificationProblem(text)).toBeUndefined();
  });

  it.each(["-", "?", "n/a", "TBD", "\u200B"])("refuses the owner %j", (owner) => {
    expect(ownerProblem(owner)).toBeDefined();
  });

  it.each(["voice team", "J. Smith", "ops@contoso.com"])("accepts the owner %j", (owner) => {
    expect(ownerProblem(owner)).toBeUndefined();
  });
});

describe("duplicates count once", () => {
  it("reads a waiver written twice as one", () => {
    expect(waiversOf({ waivers: [waiver, { ...waiver }] })).toEqual([waiver]);
  });

  it("lists one acceptance per policy and resource, the configured exception first", () => {
    const rules = { ...defaultWaiverRules, exceptions: [exception, { ...exception }] };
    const accepted = acceptancesOf({ urn: "urn:x", name: "med-1", props: { waivers: [waiver, waiver] } }, new Date(), rules);
    expect(accepted).toEqual([
      { policy, justification: exception.justification, owner: exception.owner, expires: soon, ticket: "RISK-42", recordedIn: "pack configuration" },
    ]);
  });

  it("reports a duplicated waiver once in a preview", async () => {
    const diagnostics = await analyzeStack([reportAccepted], [topology, med({ ...broken, waivers: [waiver, waiver] })]);
    expect(diagnostics).toHaveLength(1);
  });
});

describe("exceptions in the pack configuration, through the SDK's handlers", () => {
  const violations = async (props: Record<string, unknown>, rules: Partial<WaiverRules>) =>
    (await analyzeAll([samplePortPolicy, requireValid, reportAccepted], [topology, med(props)], rulesConfig(rules))).filter(
      (d) => d.enforcementLevel === "mandatory",
    );

  it("a configured exception alone waives the violation and is listed with its ticket", async () => {
    const diagnostics = await analyzeAll([samplePortPolicy, requireValid, reportAccepted], [topology, med(broken)], rulesConfig({ exceptions: [exception] }));
    expect(diagnostics.filter((d) => d.enforcementLevel === "mandatory")).toEqual([]);
    expect(diagnostics.map((d) => d.message)).toContainEqual(
      expect.stringContaining(
        `waived: Mediation Server "med-1" internal port is 5070; expected 5061 (OCS-GW-6); accepted by Contoso risk board until ${soon}: PBX trunk needs port 5070; ticket RISK-42 (recorded in the pack configuration)`,
      ),
    );
  });

  it("an in-code waiver alone passes by default", async () => {
    expect(await violations({ ...broken, waivers: [waiver] }, {})).toEqual([]);
  });

  it("an in-code waiver alone does not pass when the organisation requires configured exceptions", async () => {
    const found = await violations({ ...broken, waivers: [waiver] }, { requireConfiguredExceptions: true });
    expect(found.map((d) => d.policyName).sort()).toEqual([policy, "waiver-require-justification-owner-expiry"]);
    expect(found.find((d) => d.policyName !== policy)?.message).toContain(
      `Mediation Server "med-1" waiver for "${policy}" waives nothing because the organisation requires every exception in the pack configuration and no valid exception there covers this policy on this resource`,
    );
  });

  it("the same waiver with a configured exception passes when the organisation requires them", async () => {
    const found = await violations({ ...broken, waivers: [waiver] }, { requireConfiguredExceptions: true, exceptions: [{ ...exception, resource: "med-*" }] });
    expect(found).toEqual([]);
  });

  it("an exception for another resource covers nothing", async () => {
    const found = await violations({ ...broken, waivers: [waiver] }, { requireConfiguredExceptions: true, exceptions: [{ ...exception, resource: "med-2" }] });
    expect(found.map((d) => d.policyName).sort()).toEqual([policy, "waiver-require-justification-owner-expiry"]);
  });

  it.each([
    [{ ...exception, justification: "." }, 'its justification "." says nothing'],
    [{ ...exception, owner: "-" }, 'its owner "-" names nobody'],
    [{ ...exception, expires: "9999-12-31" }, "its expiry 9999-12-31 is more than 365 days away"],
    [{ ...exception, expires: "2020-01-01" }, "it expired on 2020-01-01"],
    [{ ...exception, policy: "no-such-policy" }, "it names no policy of the pack"],
  ])("an invalid exception %j is a violation that waives nothing", async (invalid, reason) => {
    const found = await violations(broken, { exceptions: [invalid] });
    expect(found.map((d) => d.policyName).sort()).toEqual([policy, "waiver-require-justification-owner-expiry"]);
    expect(found.find((d) => d.policyName !== policy)?.message).toContain(
      `Mediation Server "med-1" exception for "${invalid.policy}" in the pack configuration (resource "med-1") waives nothing because ${reason}`,
    );
  });

  it("an in-code waiver with an expiry beyond the horizon is a violation", async () => {
    const [d, ...rest] = await analyze([requireValid], med({ ...broken, waivers: [{ ...waiver, expires: "9999-12-31" }] }));
    expect(rest).toEqual([]);
    expect(d?.message).toContain(`waiver for "${policy}" waives nothing because its expiry 9999-12-31 is more than 365 days away`);
  });

  it("judges a justification or owner held as a secret without quoting it", async () => {
    const [d, ...rest] = await analyze([requireValid], med({ ...broken, waivers: [{ ...waiver, justification: secret("..."), owner: secret("-") }] }));
    expect(rest).toEqual([]);
    expect(d?.message).toContain("because its justification [secret] says nothing");
    expect(d?.message).toContain("its owner [secret] names nobody");
    expect(d?.message).not.toContain('"..."');
    expect(d?.message).not.toContain('"-"');
  });

  it("a shorter configured horizon applies to in-code waivers", async () => {
    const diagnostics = await analyze([requireValid], med({ ...broken, waivers: [waiver] }), rulesConfig({ maximumHorizonDays: 7 }));
    expect(diagnostics[0]?.message).toContain("is more than 7 days away");
  });
});

describe("a waiver on a component whose model cannot be read", () => {
  const malformed = { ...broken, internal: 42, waivers: [waiver] };

  it("still violates: the malformed model cannot be waived", async () => {
    const diagnostics = await analyze([samplePortPolicy], med(malformed));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.enforcementLevel).toBe("mandatory");
    expect(diagnostics[0]?.message).toContain("cannot be judged by mediation-server-sample-port because its model is malformed");
  });

  it("is listed among the accepted risks", async () => {
    const diagnostics = await analyzeStack([reportAccepted], [topology, med(malformed)]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.message).toContain(
      `accepted risk on a component that cannot be judged: Mediation Server "med-1" waives ${policy}, but its model is malformed, so ${policy} still reports it as a violation; accepted by voice team until ${soon}`,
    );
  });
});
