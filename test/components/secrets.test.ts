/**
 * A component given an invalid value as a secret output (`pulumi.secret(...)`) rejects it once it
 * resolves, naming the component and the field, with `[secret]` where the value would be: no error
 * sentence holds the value in any form.
 */
import * as pulumi from "@pulumi/pulumi";
import type { Kind } from "../../components/model/catalog";
import { recordRegistrations, settle } from "./mocks";

type Components = typeof import("../../components");
type Spec = typeof import("../../examples/reference/spec");
type Args = Record<string, unknown>;

let c: Components;
let spec: Spec;

beforeAll(async () => {
  recordRegistrations();
  c = await import("../../components");
  spec = await import("../../examples/reference/spec");
});

/** The error a component's model rejects with, once its secret values resolve. */
async function rejection(model: pulumi.Output<unknown>): Promise<string> {
  try {
    await settle(model);
  } catch (error) {
    if (error instanceof c.ModelValidationError) return error.message;
    throw error;
  }
  throw new Error("the model was accepted");
}

function shows(text: string, value: string | number): boolean {
  const forms = typeof value === "number" ? [String(value), value.toLocaleString("en-US")] : [value, JSON.stringify(value).slice(1, -1)];
  return forms.some((f) => text.toLowerCase().includes(f.toLowerCase()));
}

function mediationArgs(): Args {
  const [first] = spec.referenceSpec().mediationServers;
  if (!first) throw new Error("no Mediation Server in the reference");
  return JSON.parse(JSON.stringify(first.args)) as Args;
}

const internal = (args: Args) => args.internal as Args;

interface Case {
  name: string;
  /** Puts the secret invalid value into Mediation Server args; returns the values that must not show. */
  change(args: Args): (string | number)[];
  says: string;
}

const cases: Case[] = [
  {
    name: "an address that is not IPv4",
    change: (a) => ((internal(a).ip = pulumi.secret("10.1.10.300")), ["10.1.10.300"]),
    says: "field internal.ip is [secret]; it must be an IPv4 address",
  },
  {
    name: "an IPv6 address",
    change: (a) => ((internal(a).ip = pulumi.secret("fe80::7a1:b2c3")), ["fe80::7a1:b2c3"]),
    says: "field internal.ip is [secret]; OCS 2007 R2 supports IPv4 only",
  },
  {
    name: "a network that is not CIDR",
    change: (a) => ((internal(a).subnet = pulumi.secret("10.1.10.0/33")), ["10.1.10.0/33", "10.1.10.0"]),
    says: "field internal.subnet is [secret]; it must be an IPv4 network",
  },
  {
    name: "a host name that is not fully qualified",
    change: (a) => ((a.fqdn = pulumi.secret("medhostqz")), ["medhostqz"]),
    says: "field fqdn is [secret]; it must be a fully qualified domain name",
  },
  {
    name: "a port out of range",
    change: (a) => ((internal(a).port = pulumi.secret(70123)), [70123]),
    says: "field internal.port is [secret];",
  },
  {
    name: "a port of the wrong type",
    change: (a) => ((internal(a).port = pulumi.secret("5061qz")), ["5061qz"]),
    says: "field internal.port is [secret]; it must be a port number",
  },
  {
    name: "a value outside its list",
    change: (a) => ((internal(a).transport = pulumi.secret("udpqz")), ["udpqz"]),
    says: "field internal.transport is [secret]; it must be one of",
  },
  {
    name: "a whole secret object that breaks its own rule",
    change: (a) => ((a.mediaPortRange = pulumi.secret({ start: 64123, end: 60123 })), [64123, 60123]),
    says: "field mediaPortRange is [secret]; it must start at or below its end",
  },
  {
    name: "an object with one secret part",
    change: (a) => ((a.mediaPortRange = { start: pulumi.secret(64123), end: 60123 }), [64123]),
    says: 'field mediaPortRange is {"start":"[secret]","end":60123}; it must start at or below its end',
  },
  {
    name: "a secret value inside a list",
    change: (a) => {
      (a.certificate as Args).enhancedKeyUsages = ["server-authentication", pulumi.secret("voodooqz")];
      return ["voodooqz"];
    },
    says: "field certificate.enhancedKeyUsages.1 is [secret]; it must be one of",
  },
];

describe("a component's error about a secret value shows [secret]", () => {
  it.each(cases)("$name", async ({ change, says }) => {
    const args = mediationArgs();
    const hidden = change(args);
    const med = new c.MediationServer("med-secret", args as never);
    const message = await rejection(med.model);
    expect(message).toContain(`Mediation Server "med-secret": ${says}`);
    for (const value of hidden) expect(shows(message, value)).toBe(false);
  });

  it("still shows the values that are not secret", async () => {
    const args = mediationArgs();
    internal(args).ip = pulumi.secret("10.1.10.300");
    internal(args).subnet = pulumi.output("10.1.10.0/99");
    const message = await rejection(new c.MediationServer("med-mixed", args as never).model);
    expect(message).toContain("field internal.ip is [secret]");
    expect(message).toContain('field internal.subnet is "10.1.10.0/99"');
  });
});

describe("every component kind hides a secret waiver", () => {
  const constructors: Record<Exclude<Kind, "topology">, keyof Components> = {
    standardEditionServer: "StandardEditionServer",
    enterprisePool: "EnterprisePool",
    edgeServer: "EdgeServer",
    mediationServer: "MediationServer",
    mediaGateway: "MediaGateway",
    locationProfile: "LocationProfile",
    umDialPlan: "UmDialPlan",
    clientEncryptionPolicy: "ClientEncryptionPolicy",
    ipsecPolicy: "IpsecPolicy",
    archivingServer: "ArchivingServer",
    monitoringServer: "MonitoringServer",
    communicatorWebAccess: "CommunicatorWebAccess",
    groupChatServer: "GroupChatServer",
    deploymentTask: "DeploymentTask",
  };

  it.each(Object.keys(constructors) as (keyof typeof constructors)[])("%s", async (kind) => {
    const list = (Object.keys(spec.memberKinds) as (keyof typeof spec.memberKinds)[]).find((l) => spec.memberKinds[l] === kind);
    const member = list && spec.referenceSpec()[list][0];
    if (!member) throw new Error(`the reference topology has no ${kind}`);
    const args = JSON.parse(JSON.stringify(member.args)) as Args;
    args.waivers = [
      {
        policy: "mediation-server-require-two-nics",
        justification: pulumi.secret("Justification qz for the lab"),
        owner: pulumi.secret("owner-qz@contoso.com"),
        expires: pulumi.secret("31/12/2099"),
      },
    ];
    const Component = c[constructors[kind]] as unknown as new (name: string, args: unknown) => { model: pulumi.Output<unknown> };
    const message = await rejection(new Component(`${kind}-secret-waiver`, args).model);
    expect(message).toContain("field waivers.0.expires is [secret]; it must be a date written YYYY-MM-DD");
    for (const value of ["Justification qz for the lab", "owner-qz@contoso.com", "31/12/2099"]) expect(shows(message, value)).toBe(false);
  });
});
