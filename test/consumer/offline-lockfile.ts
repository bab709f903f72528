/**
 * A package-lock.json for a consumer project, cut from this repository's own lockfile: the
 * packages the consumer's dependencies need, at the versions `npm ci` put in the local npm cache,
 * plus the ocs-guard tarball under test. With it, `npm ci --offline` installs the consumer project
 * without asking the registry anything (no lockfile would mean resolving ranges, which needs it).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO } from "../e2e/pulumi";

interface LockEntry {
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  [field: string]: unknown;
}

interface Lockfile {
  name: string;
  lockfileVersion: number;
  requires: boolean;
  packages: Record<string, LockEntry>;
}

export interface ProjectManifest {
  name: string;
  version?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  workspaces?: string[];
}

interface OcsGuardManifest {
  version: string;
  license: string;
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  bin: Record<string, string>;
  engines: Record<string, string>;
}

const ourLock = JSON.parse(readFileSync(join(REPO, "package-lock.json"), "utf8")) as Lockfile;
const ourManifest = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as OcsGuardManifest;

/** How a package is used in this repository; npm works them out again for the consumer. */
const OUR_FLAGS = new Set(["dev", "peer", "devOptional", "optional"]);

/** Where Node.js finds `name` when `from` (a lockfile path, "" for the root) requires it. */
function locate(name: string, from: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = `${dir === "" ? "" : `${dir}/`}node_modules/${name}`;
    if (ourLock.packages[candidate]) return candidate;
    if (dir === "") return undefined;
    const up = dir.lastIndexOf("/node_modules/");
    dir = up < 0 ? "" : dir.slice(0, up);
  }
}

/** The lockfile entries of `names` and of everything they need, without our dev/peer flags. */
function closure(names: Iterable<string>): Record<string, LockEntry> {
  const entries: Record<string, LockEntry> = {};
  const pending: [string, string][] = [...names].map((name) => [name, ""]);
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [name, from] = next;
    const path = locate(name, from);
    if (path === undefined) throw new Error(`${name} (needed by ${from || "the consumer"}) is not in package-lock.json`);
    if (entries[path]) continue;
    const entry = Object.fromEntries(Object.entries(ourLock.packages[path] ?? {}).filter(([field]) => !OUR_FLAGS.has(field))) as LockEntry;
    entries[path] = entry;
    const optional = new Set(Object.keys(entry.optionalDependencies ?? {}));
    const needed = [
      ...Object.keys(entry.dependencies ?? {}),
      ...Object.keys(entry.peerDependencies ?? {}).filter((peer) => !entry.peerDependenciesMeta?.[peer]?.optional),
    ];
    for (const dep of needed) pending.push([dep, path]);
    for (const dep of optional) if (locate(dep, path)) pending.push([dep, path]);
  }
  return entries;
}

function withoutOcsGuard(deps: Record<string, string> | undefined): string[] {
  return Object.keys(deps ?? {}).filter((name) => name !== "ocs-guard");
}

/** Checks that a consumer pins a package at the version our lockfile holds (else npm would need the registry). */
function assertLocked(manifest: ProjectManifest): void {
  for (const [name, spec] of Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })) {
    if (name === "ocs-guard") continue;
    const locked = ourLock.packages[`node_modules/${name}`]?.version;
    if (locked !== spec) throw new Error(`${manifest.name} asks for ${name}@${spec}; the local npm cache holds ${name}@${locked ?? "nothing"}.`);
  }
}

/**
 * The lockfile of a consumer `root` project (and its `workspaces`, by folder) that installs ocs-guard
 * from `tarball` (a path relative to the root's folder, whose bytes are `tarballBytes`).
 */
export function consumerLockfile(
  root: ProjectManifest,
  workspaces: Record<string, ProjectManifest>,
  tarball: string,
  tarballBytes: Buffer,
): Lockfile {
  const projects = [root, ...Object.values(workspaces)];
  projects.forEach(assertLocked);
  const needed = new Set([
    ...projects.flatMap((p) => [...withoutOcsGuard(p.dependencies), ...withoutOcsGuard(p.devDependencies)]),
    ...Object.keys(ourManifest.dependencies),
    ...Object.keys(ourManifest.peerDependencies),
  ]);
  const packages: Record<string, LockEntry> = {
    "": { name: root.name, dependencies: root.dependencies, devDependencies: root.devDependencies, workspaces: root.workspaces },
  };
  for (const [folder, manifest] of Object.entries(workspaces)) {
    packages[folder] = { name: manifest.name, version: manifest.version, dependencies: manifest.dependencies, devDependencies: manifest.devDependencies };
    packages[`node_modules/${manifest.name}`] = { resolved: folder, link: true };
  }
  packages["node_modules/ocs-guard"] = {
    version: ourManifest.version,
    resolved: `file:${tarball}`,
    integrity: `sha512-${createHash("sha512").update(tarballBytes).digest("base64")}`,
    license: ourManifest.license,
    dependencies: ourManifest.dependencies,
    bin: ourManifest.bin,
    engines: ourManifest.engines,
    peerDependencies: ourManifest.peerDependencies,
  };
  return { name: root.name, lockfileVersion: 3, requires: true, packages: { ...packages, ...closure(needed) } };
}
