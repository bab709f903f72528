/**
 * Serving a pack of ocs-guard policies: the full pack (policies/pack.ts) and an organisation's own
 * selection alike, through ocs-guard's analyzer server (framework/sdk-server.ts). The policies read
 * the whole pack configuration (exceptions, the rule that in-code waivers need a configured
 * exception, the expiry horizon) from what the engine sends with Configure.
 */
import type { OcsPolicy } from "./framework/define";
import { configurationReceiver } from "./framework/pack-config";
import { installConfigureTap } from "./framework/sdk-configure";
import { serveAnalyzer } from "./framework/sdk-server";
import { loadedPack } from "./framework/served-pack";

let tapped: (() => boolean) | undefined;
let served: () => readonly OcsPolicy[] = () => [];

/**
 * For a pack served by @pulumi/policy itself (`new PolicyPack(name, { policies: select(...) })`):
 * installs the Configure tap once per process, validating the configuration against `policies`
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
 * The pack's version is that of the package.json of its folder, as for any policy pack.
 */
export function servePack(name: string, policies: readonly OcsPolicy[]): void {
  serveAnalyzer({ name, describe: () => policies.map((p) => p.analyzerInfo), load: (identity) => loadedPack(identity, policies) });
}
