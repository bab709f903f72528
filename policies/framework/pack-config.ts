/**
 * The pack's whole configuration, as the engine sent it with the analyzer's Configure RPC, readable
 * by every policy (the SDK gives a policy only its own entry).
 *
 * The engine sends Configure once, before any Analyze or AnalyzeStack call, with every policy's
 * values (the defaults filled in), so the store holds exactly what is in force for the run: it
 * depends on no order between policies. A configuration with a problem is refused as a whole, with
 * one sentence per problem, and never reaches the store.
 */
import { type ConfigurablePolicy, configurationProblems } from "./config-validation";
import type { ConfigureReceiver, ReceivedConfiguration } from "./sdk-configure";

let received: ReceivedConfiguration = {};

/** The receiver the Configure tap calls: validates the configuration, then keeps it. */
export function configurationReceiver(policies: () => readonly ConfigurablePolicy[]): ConfigureReceiver {
  return (config) => {
    const problems = configurationProblems(config, policies());
    if (problems.length > 0) return problems.join(" ");
    received = config;
    return undefined;
  };
}

/** The configured values of `policy` (without its enforcement level); none means its defaults. */
export function policyConfig(policy: string): Record<string, unknown> {
  return received[policy]?.properties ?? {};
}

/** Everything Configure sent, by policy name. */
export function packConfiguration(): Readonly<ReceivedConfiguration> {
  return received;
}
