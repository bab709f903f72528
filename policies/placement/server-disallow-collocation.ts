import { type Finding, type RuleContext, stackPolicy } from "../framework/define";
import type { Member, TopologyView } from "../framework/topology-view";
import { isKind, type ServerKind } from "../roles/server-kinds";
import { sameFqdn } from "../../components/model/fqdn";

/** A computer name some role runs on, and the member that puts it there. */
interface Host {
  fqdn: string;
  role: string;
  member: Member;
}

/** Every computer FQDN a member of the listed kinds occupies (a pool occupies each front end). */
function hosts(view: TopologyView, ctx: Pick<RuleContext<unknown>, "guard">, kinds: readonly ServerKind[]): Host[] {
  return kinds.flatMap((kind) =>
    view.of(kind).flatMap(
      (member) =>
        ctx.guard(member, (): Host[] =>
          isKind(member, "enterprisePool")
            ? member.model.frontEnds.map((fe) => ({ fqdn: fe.fqdn, role: "front end of", member }))
            : [{ fqdn: member.model.fqdn, role: "", member }],
        ) ?? [],
    ),
  );
}

/** Roles a Mediation Server must not share a computer with. */
const mediationNeighbours: readonly ServerKind[] = ["communicatorWebAccess", "standardEditionServer", "enterprisePool", "edgeServer"];
/** Internal roles an Edge Server must not share a computer with. */
const internalRoles: readonly ServerKind[] = [
  "standardEditionServer",
  "enterprisePool",
  "mediationServer",
  "archivingServer",
  "monitoringServer",
  "communicatorWebAccess",
  "groupChatServer",
];

export const serverDisallowCollocation = stackPolicy({
  name: "server-disallow-collocation",
  requirements: ["OCS-X-4"],
  description:
    "A Mediation Server shares no computer with Communicator Web Access, a Standard Edition server, an Enterprise front end or an Edge Server, and an Edge Server shares no computer with any internal role.",
  severity: "low",
  enforcementLevel: "advisory",
  appliesTo: [...internalRoles, "edgeServer"],
  seed: {
    document: "deployment-docs",
    section: "Mediation Server",
    text: "It is not collocated with Communicator Web Access, a Standard Edition server, an Enterprise front end or an Edge Server (third-party source; uncertain).",
  },
  remediationSteps:
    "Install the Mediation Server (or the Edge Server) on a computer of its own: deploy the role on a new server with its own FQDN and certificate, move the gateway next hops or the federation DNS records to it, deactivate and uninstall the role from the shared computer, and update `fqdn` on the component.",
  check(view, ctx) {
    const findings: Finding[] = [];
    const clash = (subject: Member, fqdn: () => string, others: readonly Host[], requirement: string) => {
      ctx.guard(subject, () => {
        const own = fqdn();
        for (const other of others) {
          // Stryker disable next-line ConditionalExpression: no list of neighbouring roles holds the subject's own kind today; kept so that one never will
          if (other.member.urn === subject.urn) continue;
          if (!sameFqdn(own, other.fqdn)) continue;
          const what = other.role === "" ? other.member.subject : `${other.role} ${other.member.subject}`;
          findings.push({
            urn: subject.urn,
            subject: subject.subject,
            message: `${subject.subject} runs on ${own}, the same computer as ${what}; ${requirement}`,
          });
        }
      });
    };
    const nearMediation = hosts(view, ctx, mediationNeighbours);
    for (const med of view.of("mediationServer")) {
      clash(
        med,
        () => med.model.fqdn,
        nearMediation,
        "a Mediation Server must not be collocated with Communicator Web Access, a Standard Edition server, an Enterprise front end or an Edge Server",
      );
    }
    const internal = hosts(view, ctx, internalRoles);
    for (const edge of view.of("edgeServer")) {
      clash(edge, () => edge.model.fqdn, internal, "an Edge Server must not be collocated with any internal server role");
    }
    return findings;
  },
});
