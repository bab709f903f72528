import type { PolicyEntry } from "../../cli/catalog";

/**
 * A small, fixed policy catalogue for the report tests, so they do not change as policies land;
 * the fixtures' events name these policies (plus one the catalogue does not know).
 */
function entry(overrides: Partial<PolicyEntry> & Pick<PolicyEntry, "name" | "requirements" | "description">): PolicyEntry {
  return {
    enforcementLevel: "mandatory",
    severity: "high",
    kind: "resource",
    appliesTo: ["mediationServer"],
    seed: { document: "001", section: "Media Gateway Security", text: "Use TLS between the media gateway and the Mediation Server." },
    remediationSteps: `Fix ${overrides.name}.`,
    url: `https://example.invalid/docs/policies.md#${overrides.name}`,
    config: {},
    ...overrides,
  };
}

export const fixtureCatalog: PolicyEntry[] = [
  entry({
    name: "media-gateway-require-tls",
    requirements: ["OCS-GW-3"],
    description: "Media gateways and Mediation Servers talk SIP over TLS.",
    appliesTo: ["mediaGateway", "mediationServer"],
    remediationSteps: "Set the gateway transport and the Mediation Server external transport to tls.",
  }),
  entry({
    name: "mediation-server-require-two-nics",
    requirements: ["OCS-GW-4"],
    description: "Each Mediation Server has separate internal and external network adapters.",
  }),
  entry({
    name: "server-require-kerberos",
    requirements: ["OCS-ENC-4"],
    description: "Internal servers accept Kerberos authentication.",
    enforcementLevel: "advisory",
    severity: "medium",
    appliesTo: ["standardEditionServer"],
  }),
  entry({
    name: "mediation-server-configure-internal-port",
    requirements: ["OCS-GW-6"],
    description: "Mediation Servers listen on the expected internal port.",
    enforcementLevel: "advisory",
    severity: "low",
    config: { expectedPort: { type: "integer", default: 5061, description: "The port | pipes are escaped." } },
  }),
  entry({
    name: "waiver-report-accepted-risks",
    requirements: ["OCS-RISK-1"],
    description: "Reports every deviation accepted by a valid waiver, with its justification, owner and expiry.",
    enforcementLevel: "advisory",
    severity: "low",
    kind: "stack",
    appliesTo: [],
  }),
  entry({
    name: "um-dial-plan-require-srtp-capable-clients",
    requirements: ["OCS-UM-4"],
    description: "UM dial plans that require SRTP serve only pools whose clients can use SRTP.",
    kind: "stack",
    appliesTo: ["umDialPlan", "clientEncryptionPolicy"],
  }),
];

export const fixture = (name: string): string => `${__dirname}/fixtures/${name}`;
