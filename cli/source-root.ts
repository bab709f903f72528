import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from "node:path";

/**
 * Where the files a report points at live. SARIF locations are relative to the repository root
 * (`%SRCROOT%`), which is what code scanning resolves them against; a component records its
 * construction site relative to the Pulumi project folder its program runs in.
 */
export interface SourceRoots {
  /** The folder holding `.git` above the project, or the project folder when there is none. */
  repository: string;
  /** The Pulumi project folder: the one holding Pulumi.yaml. */
  project: string;
}

function findUp(start: string, holds: (dir: string) => boolean): string | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (holds(dir)) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The project folder pulumi would use from `start` (it looks upwards for Pulumi.yaml) and the repository around it. */
export function sourceRoots(start: string): SourceRoots {
  const project = findUp(start, (dir) => existsSync(join(dir, "Pulumi.yaml")) || existsSync(join(dir, "Pulumi.yml"))) ?? resolve(start);
  // `.git` is a folder in a clone and a file in a worktree or submodule.
  const repository = findUp(project, (dir) => existsSync(join(dir, ".git"))) ?? project;
  return { repository, project };
}

/**
 * The roots for files named relative to `folder` (a command's working folder, as for the documents
 * `ocs-guard check` reads): the repository around it, and the folder itself as the project.
 */
export function folderRoots(folder: string): SourceRoots {
  const project = resolve(folder);
  return { repository: findUp(project, (dir) => existsSync(join(dir, ".git"))) ?? project, project };
}

/** The project folder relative to the repository, with `/` separators ("" when they are the same). */
function projectPath(roots: SourceRoots | undefined): string {
  return roots ? relative(roots.repository, roots.project).split(sep).join("/") : "";
}

/**
 * `file` (relative to the project folder) as a path relative to the repository root, or undefined
 * when it lies outside the repository, where no code scanning annotation can point.
 */
export function repositoryPath(roots: SourceRoots | undefined, file: string): string | undefined {
  if (isAbsolute(file) || /^[A-Za-z]:[\\/]/.test(file)) return undefined;
  const path = posix.normalize(posix.join(projectPath(roots), file.split("\\").join("/")));
  if (path === ".." || path.startsWith("../") || path.startsWith("/")) return undefined;
  return path;
}

/** The project's Pulumi.yaml relative to the repository root. */
export function projectFile(roots: SourceRoots | undefined): string {
  const name = roots && !existsSync(join(roots.project, "Pulumi.yaml")) && existsSync(join(roots.project, "Pulumi.yml")) ? "Pulumi.yml" : "Pulumi.yaml";
  return posix.join(projectPath(roots), name);
}
