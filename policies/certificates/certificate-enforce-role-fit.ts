import { z } from "zod";
import type { Certificate } from "../../components/model/certificate";
import { resourcePolicy } from "../framework/define";
import { isKind, serverKinds } from "../roles/server-kinds";
import { certificateSlots } from "./certificate-slots";

export const certificateEnforceRoleFit = resourcePolicy({
  name: "certificate-enforce-role-fit",
  requirements: ["OCS-X-5"],
  description:
    "Every server certificate has the Server Authentication EKU and an allowed key size, the Access Edge uses a public CA when it federates, and the A/V authentication certificate is not reused by an Edge service.",
  severity: "high",
  enforcementLevel: "mandatory",
  appliesTo: [...serverKinds],
  seed: {
    document: "deployment-docs",
    section: "Certificates",
    text: "Server Authentication EKU required; RSA keys up to 4,096 bits.",
  },
  remediationSteps:
    "Request a replacement certificate from the CA with the Server Authentication enhanced key usage and an RSA key of 2,048 to 4,096 bits; for an Access Edge that federates or uses public IM connectivity, request it from a public CA with the Access Edge external FQDN as subject. Give the A/V authentication service its own certificate (the same one on every load-balanced Edge Server), distinct from the internal, Access Edge and Web Conferencing Edge certificates. Assign each in the Certificate Wizard and update `certificate` on the component.",
  config: z.object({
    /** Smallest RSA key size accepted, in bits. */
    minimumKeySize: z.number().int().positive().default(2048),
    /** Largest RSA key size OCS 2007 R2 supports, in bits. */
    maximumKeySize: z.number().int().positive().default(4096),
  }).refine((c) => c.minimumKeySize <= c.maximumKeySize, {
    error: (issue) => `must not exceed maximumKeySize, which is ${String((issue.input as { maximumKeySize?: unknown }).maximumKeySize)}`,
    path: ["minimumKeySize"],
  }),
  check(member, ctx) {
    const { minimumKeySize, maximumKeySize } = ctx.config;
    const fit = (label: string, certificate: Certificate): string[] => {
      const problems: string[] = [];
      if (!certificate.enhancedKeyUsages.includes("server-authentication")) {
        const found = certificate.enhancedKeyUsages.length > 0 ? certificate.enhancedKeyUsages.join(", ") : "none";
        problems.push(`${member.subject} ${label} has enhanced key usages ${found}; it must include server-authentication`);
      }
      if (certificate.keySize < minimumKeySize || certificate.keySize > maximumKeySize) {
        problems.push(
          `${member.subject} ${label} has a ${certificate.keySize}-bit key; the key size must be ${minimumKeySize} to ${maximumKeySize} bits`,
        );
      }
      return problems;
    };
    const messages = certificateSlots(member).flatMap(
      (slot) =>
        ctx.guard(member, () => {
          const certificate = slot.certificate();
          // A missing certificate is server-require-valid-certificate's finding, not this policy's.
          return certificate === undefined ? [] : fit(slot.label, certificate);
        }) ?? [],
    );
    if (!isKind(member, "edgeServer")) return messages;
    const edge = member.model;
    const publicCa =
      ctx.guard(member, () => {
        const certificate = edge.accessEdge.certificate;
        const federates = edge.federation.enabled || edge.federation.publicImConnectivity;
        if (certificate === undefined || !federates || certificate.issuerType === "public") return [];
        const why = edge.federation.enabled ? "federation" : "public IM connectivity";
        const found = certificate.issuerType === "self-signed" ? "is self-signed" : "comes from an enterprise CA";
        return [`${member.subject} Access Edge certificate ${found}; with ${why} enabled it must come from a public CA`];
      }) ?? [];
    const reuse =
      ctx.guard(member, () => {
        const av = edge.avAuthentication.certificate;
        if (av === undefined) return [];
        const others: [string, Certificate | undefined][] = [
          ["internal certificate", edge.certificate],
          ["Access Edge certificate", edge.accessEdge.certificate],
          ["Web Conferencing Edge certificate", edge.webConferencingEdge.certificate],
        ];
        // Thumbprints identify the certificate but are never printed: the message says "the same certificate".
        const shared = others
          .filter(([, c]) => c !== undefined && c.thumbprint.toLowerCase() === av.thumbprint.toLowerCase())
          .map(([label]) => label);
        if (shared.length === 0) return [];
        return [
          `${member.subject} A/V authentication certificate is the same certificate as its ${shared.join(" and ")}; the A/V authentication service needs a certificate of its own`,
        ];
      }) ?? [];
    return [...messages, ...publicCa, ...reuse];
  },
});
