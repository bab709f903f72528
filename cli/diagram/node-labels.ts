import { catalog } from "../../components/model/catalog";
import type { DiagramMember } from "./members";
import { endpoint, fieldsOf, itemsOf, shown } from "./values";

/**
 * What a node says of its component, compactly: what it is, its name, and the one or two facts
 * a reviewer of the topology looks for (its FQDN, its front ends, the Edge's public addresses and
 * federation, a dial plan's security level).
 */

/** `Enterprise pool pool-redmond`, or `SIP trunk trunk-litware` for a gateway of that kind. */
export function titleOf(member: DiagramMember): string {
  const label = member.kind === "mediaGateway" && member.model.kind === "sip-trunk" ? "SIP trunk" : catalog[member.kind].label;
  return `${label.charAt(0).toUpperCase()}${label.slice(1)} ${member.name}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

function detailsOf(member: DiagramMember): string[] {
  const m = member.model;
  switch (member.kind) {
    case "enterprisePool":
      return [shown(m.fqdn), `${plural(itemsOf(m.frontEnds).length, "front end")}, SQL ${shown(fieldsOf(m.backEnd).sqlServer)}`];
    case "edgeServer": {
      const access = fieldsOf(m.accessEdge);
      const federation = fieldsOf(m.federation);
      const partners = itemsOf(federation.partners).map((p) => shown(fieldsOf(p).domain));
      const lines = [shown(m.fqdn), `Access Edge ${shown(access.fqdn)} ${endpoint(access.ip, access.sipPort)}`];
      if (federation.enabled === true) lines.push(partners.length > 0 ? `federates with ${partners.join(", ")}` : "federation on, no partner");
      return lines;
    }
    case "mediaGateway":
      return [shown(m.fqdn)];
    case "umDialPlan":
      return [shown(m.fqdn), `VoIP security ${m.voipSecurity === undefined ? "not set" : shown(m.voipSecurity)}`];
    case "communicatorWebAccess":
      return [shown(m.fqdn), `site ${shown(m.siteUrl)}`];
    case "locationProfile":
      return [shown(m.name)];
    case "deploymentTask":
      return [shown(m.procedure)];
    case "topology":
      return [];
    default:
      return m.fqdn === undefined ? [] : [shown(m.fqdn)];
  }
}

/** The values unknown during preview, the first few by name: `: external.ip unknown`. */
function unknownValues(paths: readonly string[]): string {
  if (paths.length === 0) return "";
  const named = paths.slice(0, 3).join(", ");
  return `: ${paths.length > 3 ? `${named} and ${paths.length - 3} more` : named} unknown`;
}

/** The node's lines: title, details, then what the findings say. */
export function memberLines(member: DiagramMember, marks: { violated: string[]; waived: string[]; isWaived: boolean; notVerifiable: boolean }): string[] {
  const lines = [titleOf(member), ...detailsOf(member)];
  if (member.problems.length > 0) lines.push("model cannot be read");
  if (marks.violated.length > 0) lines.push(`violates ${marks.violated.join(", ")}`);
  if (marks.isWaived) lines.push(marks.waived.length > 0 ? `waived ${marks.waived.join(", ")}` : "waived");
  if (marks.notVerifiable) lines.push(`not verifiable until update${unknownValues(member.unknownPaths)}`);
  return lines;
}
