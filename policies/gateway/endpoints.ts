/** An IP address and port that one listener of one owner answers on. */
export interface Endpoint {
  ip: string;
  port: number;
}

/** Writes an endpoint as `10.1.10.20:5061`. */
export function formatEndpoint(endpoint: Endpoint): string {
  return `${endpoint.ip}:${endpoint.port}`;
}

export function sameEndpoint(a: Endpoint, b: Endpoint): boolean {
  return a.ip === b.ip && a.port === b.port;
}

/**
 * For each owner, the other owners that claim one of its endpoints. A static route (the
 * Mediation Server internal edge) or a next-hop proxy (its external edge) is only unique when no
 * other owner answers on the same IP address and port.
 */
export function endpointClashes<O>(owners: readonly { owner: O; endpoints: readonly Endpoint[] }[]): Map<O, { endpoint: Endpoint; others: O[] }[]> {
  const clashes = new Map<O, { endpoint: Endpoint; others: O[] }[]>();
  for (const a of owners) {
    for (const endpoint of a.endpoints) {
      const others = owners
        .filter((b) => b.owner !== a.owner && b.endpoints.some((e) => sameEndpoint(e, endpoint)))
        .map((b) => b.owner);
      if (others.length > 0) clashes.set(a.owner, [...(clashes.get(a.owner) ?? []), { endpoint, others }]);
    }
  }
  return clashes;
}
