/**
 * The one spelling of a DNS name that the model stores and every comparison uses: DNS names are
 * case-insensitive, and `pool01.contoso.com.` (rooted, with its trailing dot) names the same host
 * as `pool01.contoso.com`. Two spellings of one computer must never count as two computers.
 */
export function normaliseFqdn(name: string): string {
  const trimmed = name.trim().toLowerCase();
  return trimmed.endsWith(".") ? trimmed.slice(0, -1) : trimmed;
}

/** Whether two names (FQDNs, or names that must equal one) name the same host. */
export function sameFqdn(a: string, b: string): boolean {
  return normaliseFqdn(a) === normaliseFqdn(b);
}
