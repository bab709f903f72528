import { z } from "zod";
import { resourcePolicy } from "../framework/define";
import { serverKinds } from "../roles/server-kinds";
import { certificateSlots } from "./certificate-slots";
import { certificateCovers, certificateNames } from "./name-match";
import { trustworthyByDefault } from "../encryption/seed";

/** The first day a certificate must still be valid on: today plus the configured margin, `YYYY-MM-DD`. */
export function requiredValidUntil(now: Date, minimumDaysValid: number): string {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + minimumDaysValid));
  return day.toISOString().slice(0, 10);
}

export const serverRequireValidCertificate = resourcePolicy({
  name: "server-require-valid-certificate",
  requirements: ["OCS-ENC-1"],
  description:
    "Every server certificate is present, names the FQDN its peers use in its subject or a SAN, and has not expired.",
  severity: "high",
  enforcementLevel: "mandatory",
  appliesTo: [...serverKinds],
  seed: trustworthyByDefault,
  remediationSteps:
    "Request a certificate with the Server Authentication EKU from your enterprise CA (a public CA for the Access Edge and Web Conferencing Edge) whose subject is the FQDN peers use: the server FQDN, the pool FQDN for Enterprise pool front ends, the site URL for Communicator Web Access, and the Access Edge or Web Conferencing Edge external FQDN on the Edge Server. Assign it in the Certificate Wizard of the OCS 2007 R2 administrative tool (on the Edge Server, for each interface and for the A/V authentication service) and set `certificate` on the component; renew certificates before `notAfter`.",
  config: z.object({
    /** Days a certificate must remain valid beyond today, so renewals happen before expiry. */
    minimumDaysValid: z.number().int().min(0).default(0),
  }),
  check(member, ctx) {
    const validUntil = requiredValidUntil(ctx.now, ctx.config.minimumDaysValid);
    return certificateSlots(member).flatMap(
      (slot) =>
        // Each certificate is judged on its own, so one unknown certificate does not hide another's problem.
        ctx.guard(member, () => {
          const certificate = slot.certificate();
          const host = slot.host();
          if (certificate === undefined) {
            return [
              `${member.subject} has no ${slot.label}; a certificate ${
                host === undefined ? "is required" : `whose subject or a SAN covers ${host} is required`
              }`,
            ];
          }
          const problems: string[] = [];
          if (host !== undefined && !certificateCovers(certificate, host)) {
            problems.push(
              `${member.subject} ${slot.label} names ${certificateNames(certificate).join(", ")}; its subject or a SAN must cover ${host}`,
            );
          }
          if (certificate.notAfter < validUntil) {
            problems.push(
              `${member.subject} ${slot.label} is valid until ${certificate.notAfter}; it must be valid until at least ${validUntil}`,
            );
          }
          return problems;
        }) ?? [],
    );
  },
});
