import type { OcsPolicy, PolicyInfo } from "../policies";
import type { SeedReference } from "../policies/framework/requirements";

/** One configurable value of a policy, as the JSON schema the engine receives describes it. */
export interface ConfigEntry {
  type?: string;
  default?: unknown;
  description?: string;
  [key: string]: unknown;
}

/** What `ocs-guard policies --json` prints for a policy; the docs and reports read the same shape. */
export interface PolicyEntry {
  name: string;
  requirements: string[];
  enforcementLevel: PolicyInfo["enforcementLevel"];
  severity: PolicyInfo["severity"];
  kind: PolicyInfo["kind"];
  description: string;
  appliesTo: string[];
  seed: SeedReference;
  remediationSteps: string;
  url: string;
  /** JSON schema properties of the configuration, each with its default. */
  config: Record<string, ConfigEntry>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Describes a policy from the same objects the pack serves, so the CLI can never drift from the pack. */
export function describePolicy(policy: OcsPolicy): PolicyEntry {
  const { info } = policy;
  const properties: unknown = policy.configSchema?.properties ?? {};
  const config: Record<string, ConfigEntry> = {};
  if (isRecord(properties)) {
    for (const [key, schema] of Object.entries(properties)) {
      config[key] = isRecord(schema) ? (schema as ConfigEntry) : {};
    }
  }
  return {
    name: info.name,
    requirements: [...info.requirements],
    enforcementLevel: info.enforcementLevel,
    severity: info.severity,
    kind: info.kind,
    description: info.description,
    appliesTo: [...info.appliesTo],
    seed: info.seed,
    remediationSteps: info.remediationSteps,
    url: policy.analyzerInfo.url,
    config,
  };
}

export function describePolicies(policies: readonly OcsPolicy[]): PolicyEntry[] {
  return policies.map(describePolicy);
}

/** A config type for people: `number`, `string[]`, `"a" | "b"`. */
export function describeConfigType(entry: ConfigEntry): string {
  if (Array.isArray(entry.enum)) return entry.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (entry.type === "array" && isRecord(entry.items)) return `${describeConfigType(entry.items as ConfigEntry)}[]`;
  if (typeof entry.type === "string") return entry.type === "integer" ? "integer" : entry.type;
  return "any";
}
