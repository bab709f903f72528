import type { OcsPolicy } from "./define";
import { EXCEPTIONS_POLICY, waiverRulesOf } from "./exceptions";
import { configurationReceiver } from "./pack-config";
import { configuredLevel, type PackIdentity, PackRun } from "./pack-run";
import type { LoadedPack } from "./sdk-server";
import type { ReceivedConfiguration } from "./sdk-wire";
import { declareSecretPaths } from "./secrets";

/**
 * A pack's policies ready to serve: each configuration the engine sends is validated (the pack
 * configuration store of pack-config.ts keeps what is accepted, for the policies that read another
 * policy's entry) and resolved once into the run that judges every request until the next one.
 */
export function loadedPack(identity: PackIdentity, policies: readonly OcsPolicy[]): LoadedPack {
  const receive = configurationReceiver(() => policies);
  let configuration: ReceivedConfiguration = {};
  let run: PackRun | undefined;
  return {
    configure(config) {
      const refusal = receive(config);
      if (refusal !== undefined) return refusal;
      configuration = config;
      run = undefined;
      return undefined;
    },
    run: () => (run ??= new PackRun(identity, policies, configuration, waiverRulesOf(configuration[EXCEPTIONS_POLICY]?.properties ?? {}))),
    remediating: () =>
      policies.filter((p) => p.info.kind === "resource" && configuredLevel(p, configuration) === "remediate").map((p) => p.info.name),
    declareSecrets: (props, paths) => void declareSecretPaths(props, paths),
  };
}
