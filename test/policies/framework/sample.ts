import { z } from "zod";
import type { ModelOf } from "../../../components/model/catalog";
import { type PolicyInfo, resourcePolicy, stackPolicy } from "../../../policies/framework/define";

/** A minimal, valid Mediation Server model for framework tests. */
export function mediationModel(overrides: Partial<ModelOf<"mediationServer">> = {}): ModelOf<"mediationServer"> {
  return {
    fqdn: "med1.contoso.com",
    site: "redmond",
    services: ["mediation"],
    internal: { adapter: "NIC1", ip: "10.1.10.5", subnet: "10.1.10.0/24", port: 5061, transport: "mtls" },
    external: { adapter: "NIC2", ip: "10.1.20.5", subnet: "10.1.20.0/24", port: 5060, transport: "tls" },
    mediaPortRange: { start: 60000, end: 64000 },
    nextHop: "pool1.contoso.com",
    mediaEncryption: "required",
    ...overrides,
  };
}

/** What the sample Mediation Server rules declare about themselves, besides their name and check. */
export const sampleMediationRule = {
  requirements: ["OCS-GW-6"],
  description: "Sample.",
  severity: "low",
  enforcementLevel: "mandatory",
  appliesTo: ["mediationServer"],
  seed: { document: "001", section: "Media Gateway Security", text: "The default port is 5061." },
} as const satisfies Partial<PolicyInfo>;

/** Resource rule used to exercise the framework: the internal port must equal a configured port. */
export const samplePortPolicy = resourcePolicy({
  ...sampleMediationRule,
  name: "mediation-server-sample-port",
  remediationSteps: "Set the port.",
  config: z.object({ expectedPort: z.number().int().default(5061) }),
  check(member, ctx) {
    const port = member.model.internal.port;
    return port === ctx.config.expectedPort
      ? []
      : [`${member.subject} internal port is ${port}; expected ${ctx.config.expectedPort}`];
  },
});

/** Stack rule used to exercise the framework: external IPs must be distinct. */
export const sampleUniquePolicy = stackPolicy({
  name: "mediation-server-sample-unique",
  requirements: ["OCS-GW-7"],
  description: "Sample.",
  severity: "low",
  enforcementLevel: "mandatory",
  appliesTo: ["mediationServer"],
  seed: { document: "001", section: "Media Gateway Security", text: "unique" },
  remediationSteps: "Make it unique.",
  check(view, ctx) {
    const seen = new Map<string, string>();
    return view.of("mediationServer").flatMap((m) => {
      const ip = ctx.guard(m, () => m.model.external?.ip);
      if (ip === undefined) return [];
      const other = seen.get(ip);
      seen.set(ip, m.subject);
      return other ? [{ urn: m.urn, subject: m.subject, message: `${m.subject} external IP ${ip} is also used by ${other}` }] : [];
    });
  },
});
