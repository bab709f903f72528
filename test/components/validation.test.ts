import * as pulumi from "@pulumi/pulumi";
import { first, problemsOf, recordRegistrations, registered, settle } from "./mocks";

type Components = typeof import("../../components");
type Spec = typeof import("../../examples/reference/spec");

let c: Components;
let spec: Spec;

beforeAll(async () => {
  recordRegistrations();
  c = await import("../../components");
  spec = await import("../../examples/reference/spec");
});



describe("bad inputs are refused at construction, one full sentence per problem", () => {
  const mediation = () => first(spec.referenceSpec().mediationServers).args;

  it("names the field, the value given and the form required for a wrong IP address", () => {
    const args = mediation();
    expect(problemsOf(() => new c.MediationServer("med-bad-ip", { ...args, internal: { ...args.internal, ip: "10.1.10.300" } }))).toEqual([
      'Mediation Server "med-bad-ip": field internal.ip is "10.1.10.300"; it must be an IPv4 address such as 10.0.1.10.',
    ]);
  });

  it("refuses key material on a certificate", () => {
    const args = first(spec.referenceSpec().standardEditionServers).args;
    const certificate = { ...args.certificate, privateKey: "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" };
    expect(problemsOf(() => new c.StandardEditionServer("se-key", { ...args, certificate } as never))).toEqual([
      'Standard Edition server "se-key": field certificate.privateKey is not part of the model; remove it (key material and unknown settings are refused).',
    ]);
  });

  it("refuses a port range that ends before it starts", () => {
    const args = mediation();
    expect(problemsOf(() => new c.MediationServer("med-range", { ...args, mediaPortRange: { start: 64000, end: 60000 } }))).toEqual([
      'Mediation Server "med-range": field mediaPortRange is {"start":64000,"end":60000}; it must start at or below its end.',
    ]);
  });

  it("refuses a port outside 1-65535", () => {
    const args = mediation();
    expect(problemsOf(() => new c.MediationServer("med-port", { ...args, internal: { ...args.internal, port: 70000 } }))).toEqual([
      'Mediation Server "med-port": field internal.port is 70000; it must be a port number from 1 to 65535.',
    ]);
  });

  it("names a missing field", () => {
    const args: Partial<ReturnType<typeof mediation>> = mediation();
    delete args.nextHop;
    expect(problemsOf(() => new c.MediationServer("med-missing", args as never))).toEqual([
      'Mediation Server "med-missing": field nextHop is missing; it must be a fully qualified domain name such as pool01.contoso.com.',
    ]);
  });

  it("lists the allowed values of an enumeration", () => {
    const args = first(spec.referenceSpec().mediaGateways).args;
    expect(problemsOf(() => new c.MediaGateway("gw-udp", { ...args, transport: "udp" } as never))).toEqual([
      'media gateway "gw-udp": field transport is "udp"; it must be one of "tls", "tcp".',
    ]);
  });

  it("reports every problem at once", () => {
    const args = mediation();
    const problems = problemsOf(
      () =>
        new c.MediationServer("med-two", {
          ...args,
          internal: { ...args.internal, ip: "10.1.10.300" },
          mediaEncryption: "sometimes" as never,
        }),
    );
    expect(problems).toHaveLength(2);
    expect(problems.join("\n")).toContain("field mediaEncryption is \"sometimes\"");
  });
});

describe("values pending at construction", () => {
  it("are not rejected early, and a bad resolved value rejects the model", async () => {
    const args = first(spec.referenceSpec().mediationServers).args;
    const med = new c.MediationServer("med-later", {
      ...args,
      internal: { ...args.internal, ip: pulumi.output(Promise.resolve("10.1.10.300")) },
    });
    await expect(settle(med.model)).rejects.toThrow(
      'Mediation Server "med-later": field internal.ip is "10.1.10.300"; it must be an IPv4 address such as 10.0.1.10.',
    );
  });

  it("are accepted when they resolve to good values", async () => {
    const args = first(spec.referenceSpec().mediationServers).args;
    const med = new c.MediationServer("med-later-ok", {
      ...args,
      internal: { ...args.internal, ip: pulumi.output(Promise.resolve("10.1.10.5")) },
    });
    await registered([med]);
    await expect(settle(med.model)).resolves.toMatchObject({ internal: { ip: "10.1.10.5" } });
  });

  it("a component reference is checked once its FQDN is known", async () => {
    const s = spec.referenceSpec();
    const med = new c.MediationServer("med-later-fqdn", { ...first(s.mediationServers).args, fqdn: pulumi.output(Promise.resolve("med01.contoso.com")) });
    const gw = new c.MediaGateway("gw-later", { ...first(s.mediaGateways).args, mediationServer: med });
    await expect(settle(gw.model)).resolves.toMatchObject({ mediationServer: "med01.contoso.com" });
  });
});

describe("construction errors are Pulumi resource errors", () => {
  it("hide the stack and are attached to the component that was given the bad value", () => {
    const args = first(spec.referenceSpec().mediationServers).args;
    let caught: unknown;
    try {
      new c.MediationServer("med-resource-error", { ...args, internal: { ...args.internal, port: 0 } });
    } catch (error) {
      caught = error;
    }
    expect(pulumi.ResourceError.isInstance(caught)).toBe(true);
    const error = caught as pulumi.ResourceError;
    expect(error.hideStack).toBe(true);
    expect(error.resource).toBeInstanceOf(c.MediationServer);
    expect(error.message).toBe('Mediation Server "med-resource-error": field internal.port is 0; it must be a port number from 1 to 65535.');
  });
});
