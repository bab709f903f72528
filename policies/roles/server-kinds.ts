import type { Kind } from "../../components/model/catalog";
import type { Member } from "../framework/topology-view";

/** Every component kind that is a server computer: it carries a certificate and installed services. */
export const serverKinds = [
  "standardEditionServer",
  "enterprisePool",
  "edgeServer",
  "mediationServer",
  "archivingServer",
  "monitoringServer",
  "communicatorWebAccess",
  "groupChatServer",
] as const satisfies readonly Kind[];
export type ServerKind = (typeof serverKinds)[number];

/**
 * Narrows a member of a multi-kind rule to one kind, so its model is typed for that kind
 * (a `Member<A | B>` does not narrow its model on `kind` by itself).
 */
export function isKind<K extends Kind>(member: Member, kind: K): member is Member<K> {
  return member.kind === kind;
}
