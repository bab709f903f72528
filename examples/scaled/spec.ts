import { type MemberList, memberKinds, referenceSpec, type ReferenceSpec } from "../reference/spec";

/**
 * Large compliant topologies for benchmarks and the scale test: replicas of the reference topology
 * (examples/reference/spec.ts), each its own Topology with its own SIP domain, sites, resource
 * names, FQDNs, IP addresses, subnets and certificate thumbprints, so no two components of the
 * stack share an identity and a stack rule cannot pass by matching a twin in another replica.
 * Ports and transports stay the guide's values: the policies require them.
 *
 * A replica holds 31 components (the Topology included) on two sites, so 323 replicas are the
 * 10,013 components of the performance figures and 65 replicas are 2,015.
 */

/** Components in one replica of the reference topology, the Topology included. */
export const componentsPerReplica = (Object.keys(memberKinds) as MemberList[]).reduce(
  (n, list) => n + referenceSpec()[list].length,
  1,
);

/** Sites in one replica. */
export const sitesPerReplica = referenceSpec().topology.args.sites.length;

/**
 * The most replicas the address plan can number: each site takes eight /24 blocks of 10.0.0.0/8
 * (second octet 1 to 254), and each replica two /24 blocks of public space in 131.107.0.0 upwards.
 */
export const maxReplicas = Math.floor((254 * 8) / 2);

/** How many replicas give about `components` components (at least one). */
export function replicasFor(components: number): number {
  return Math.max(1, Math.round(components / componentsPerReplica));
}

const ipv4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)(\/\d+)?$/;
const ownDomain = /(^|\.)(contoso|litwareinc)\.com$/;

/**
 * A private address 10.S.T.H of the reference (S = 1 for its first site, 2 for its second, T < 32)
 * moves to 10.(1 + g/8).((g mod 8)·32 + T).H for the replica's global site number g; a public
 * 131.107.T.H moves to 131.(107 + r/128).((r mod 128)·2 + [T is not 1]).H for replica r. Subnets
 * move with their hosts, so every address stays inside its subnet.
 */
function moveAddress(address: string, replica: number): string {
  const m = ipv4.exec(address);
  if (m === null) return address;
  const [, a, b, c, d, prefix = ""] = m;
  const third = Number(c);
  if (a === "10") {
    const site = replica * sitesPerReplica + Number(b) - 1;
    if (third >= 32) throw new Error(`the address plan cannot move ${address}: its third octet is 32 or more`);
    return `10.${1 + Math.floor(site / 8)}.${(site % 8) * 32 + third}.${d}${prefix}`;
  }
  if (a === "131" && b === "107") {
    return `131.${107 + Math.floor(replica / 128)}.${(replica % 128) * 2 + (third === 1 ? 0 : 1)}.${d}${prefix}`;
  }
  throw new Error(`the address plan does not know where to move ${address}`);
}

/** Rewrites every identity of one value of the reference spec for `replica`. */
function rewrite(value: unknown, key: string, replica: number): unknown {
  if (Array.isArray(value)) return value.map((v: unknown) => rewrite(v, key, replica));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v, k, replica)]));
  }
  if (typeof value !== "string") return value;
  if (key === "site" || key === "sites") return `${value}-${replica}`;
  // 40 hex digits: the first four number the certificate within a replica, the next six the replica.
  if (key === "thumbprint") return `${value.slice(0, 4)}${replica.toString(16).padStart(6, "0")}${value.slice(10)}`;
  if (ipv4.test(value)) return moveAddress(value, replica);
  return value.replace(ownDomain, `$1r${replica}.$2.com`);
}

/** Replica `replica` of the reference topology: the reference with every identity rewritten. */
export function replicaSpec(replica: number): ReferenceSpec {
  if (!Number.isInteger(replica) || replica < 0 || replica >= maxReplicas) {
    throw new Error(`replica must be a whole number from 0 to ${maxReplicas - 1}; got ${replica}`);
  }
  const reference = referenceSpec();
  const renamed = <T extends { name: string; args: object }>(m: T): T => ({
    ...m,
    name: `r${replica}-${m.name}`,
    args: rewrite(m.args, "", replica) as T["args"],
  });
  const spec = { topology: renamed(reference.topology) } as ReferenceSpec;
  for (const list of Object.keys(memberKinds) as MemberList[]) {
    (spec[list] as { name: string; args: object }[]) = reference[list].map(renamed);
  }
  spec.topology.args.organization = `${reference.topology.args.organization} ${replica}`;
  return spec;
}

/** `replicas` replicas of the reference topology, numbered from 0. */
export function scaledSpecs(replicas: number): ReferenceSpec[] {
  if (!Number.isInteger(replicas) || replicas < 1 || replicas > maxReplicas) {
    throw new Error(`replicas must be a whole number from 1 to ${maxReplicas}; got ${replicas}`);
  }
  return Array.from({ length: replicas }, (_, r) => replicaSpec(r));
}
