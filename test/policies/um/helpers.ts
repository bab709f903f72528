import type { ClientEncryptionLevel } from "../../../components/model/client-encryption-policy";
import type { EngineResource } from "../../harness/engine";
import { model } from "../suite/topology-suite";

/** Adds a client encryption policy scoped to the given pools (or global) to the fixture. */
export function addClientPolicy(r: EngineResource[], name: string, level: ClientEncryptionLevel, appliesTo: string[] | "global"): void {
  r.push({ kind: "clientEncryptionPolicy", name, props: { level, appliesTo }, topology: "contoso" });
}

/** Sets a dial plan's level and its Table 2 switches together, so only the level changes meaning. */
export function setLevel(r: EngineResource[], name: string, level: "Unsecured" | "SIPSecured" | "Secured"): void {
  const plan = model(r, "umDialPlan", name);
  plan.voipSecurity = level;
  plan.mutualTls = level !== "Unsecured";
  plan.srtp = level === "Secured";
}

/** Removes every client encryption policy, so the configured default level applies. */
export function withoutClientPolicies(r: EngineResource[]): void {
  for (let i = r.length - 1; i >= 0; i--) if (r[i]?.kind === "clientEncryptionPolicy") r.splice(i, 1);
}
