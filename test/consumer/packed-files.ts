/**
 * What `npm pack` puts in the ocs-guard tarball, read from npm itself. Scripts are skipped: the
 * test run has built dist/ already, and `prepack` would clean and rebuild it under the other suites.
 */
import { execFileSync } from "node:child_process";
import { REPO } from "../e2e/pulumi";

export interface PackedTarball {
  filename: string;
  /** Compressed size in bytes. */
  size: number;
  files: string[];
}

interface NpmPackEntry {
  filename: string;
  size: number;
  files: { path: string }[];
}

/** `npm pack --json` into `destination`, or only listing the files with `dryRun`. */
export function npmPack(destination?: string): PackedTarball {
  const args = ["pack", "--json", "--ignore-scripts", ...(destination ? ["--pack-destination", destination] : ["--dry-run"])];
  const out = execFileSync("npm", args, { cwd: REPO, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const [entry] = JSON.parse(out) as NpmPackEntry[];
  if (!entry) throw new Error(`npm pack reported no tarball: ${out}`);
  return { filename: entry.filename, size: entry.size, files: entry.files.map((f) => f.path).sort() };
}
