import type { ClientEncryptionLevel, ClientEncryptionPolicyModel } from "../../components/model/client-encryption-policy";
import { sameFqdn } from "../../components/model/fqdn";

/** A client encryption policy as the rule sees it: its model and how messages name it. */
export interface NamedClientPolicy {
  subject: string;
  model: Pick<ClientEncryptionPolicyModel, "level" | "appliesTo">;
}

/** A client encryption level in force for a pool's users, and where it comes from. */
export interface EffectiveLevel {
  level: ClientEncryptionLevel;
  /** For messages: `global client encryption policy "cep-global"` or `the default level`. */
  source: string;
}

/**
 * The Office Communicator encryption levels in force for the users homed on `poolFqdn`: the
 * pool-scoped policies naming that pool override the global ones; with neither, the configured
 * default applies. Every policy of the winning scope is returned, so conflicting policies are
 * each judged rather than one picked at random.
 */
export function effectiveClientLevels(
  poolFqdn: string,
  policies: readonly NamedClientPolicy[],
  defaultLevel: ClientEncryptionLevel,
): EffectiveLevel[] {
  const scoped = policies.filter((p) => {
    const appliesTo = p.model.appliesTo;
    return appliesTo !== "global" && appliesTo.some((name) => sameFqdn(name, poolFqdn));
  });
  const chosen = scoped.length > 0 ? scoped : policies.filter((p) => p.model.appliesTo === "global");
  if (chosen.length === 0) return [{ level: defaultLevel, source: "the configured default level" }];
  return chosen.map((p) => ({ level: p.model.level, source: p.subject }));
}
