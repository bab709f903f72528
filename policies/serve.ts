/**
 * Serving a pack of ocs-guard policies: the full pack (policies/pack.ts) and an organisation's own
 * selection alike. The policies read the whole pack configuration (exceptions, the rule that
 * in-code waivers need a configured exception, the expiry horizon) from what the engine sends with
 * Configure, so the Configure tap must be in place before the pack starts serving.
 */
import { PolicyPack } from "@pulumi/policy";
import type { OcsPolicy } from "./framework/define";
import { configurationReceiver } from "./framework/pack-config";
import { installConfigureTap } from "./framework/sdk-configure";

let tapped: (() => boolean) | undefined;
let served: () => readonly OcsPolicy[] = () => [];

/**
 * Installs the Configure tap once per process, validating the configuration against `policies`
 * (the pack being assembled: one pack per process, as @pulumi/policy allows).
 */
export function ensureConfigureTap(policies: () => readonly OcsPolicy[]): () => boolean {
  served = policies;
  tapped ??= installConfigureTap(configurationReceiver(() => served()));
  return tapped;
}

/**
 * Starts the analyzer for `policies` under the pack name `name`:
 * `servePack("contoso-voice", selectPolicies({ areas: ["gateway", "um"] }))`.
 */
export function servePack(name: string, policies: readonly OcsPolicy[]): PolicyPack {
  const isTapped = ensureConfigureTap(() => policies);
  const pack = new PolicyPack(name, { policies: policies.map((p) => p.policy) });
  if (!isTapped()) {
    throw new Error(`${name} cannot read its configuration: @pulumi/policy served no analyzer Configure handler ocs-guard could tap.`);
  }
  return pack;
}
