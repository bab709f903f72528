import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** A file the CLI could not write, with the reason in words. */
export class WriteError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`cannot write ${file}: ${reason}`);
    this.name = "WriteError";
  }
}

const REASONS: Record<string, string> = {
  ENOTDIR: "a part of its path is a file, not a folder",
  EISDIR: "it is a folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENOSPC: "no space is left on the device",
  EDQUOT: "the disk quota is used up",
  ENAMETOOLONG: "its name is too long",
  ENOENT: "no such file or folder",
};

/** The nearest existing ancestor folder of `path` when it is not a folder at all, e.g. a regular file. */
function fileInTheWay(path: string): string | undefined {
  for (let dir = dirname(path); dir !== dirname(dir); dir = dirname(dir)) {
    let stat;
    try {
      stat = statSync(dir, { throwIfNoEntry: false });
    } catch {
      continue; // ENOTDIR: a file further up is in the way
    }
    if (stat) return stat.isDirectory() ? undefined : dir;
  }
  return undefined;
}

/** The reason writing `path` failed, in words, with the system's code for searching. */
export function writeReason(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === "ENOTDIR" || code === "EEXIST") {
    const blocker = fileInTheWay(path);
    if (blocker) return `${blocker} is a file, not a folder`;
  }
  if (typeof code === "string") return `${REASONS[code] ?? (error as Error).message.split(",")[0] ?? code} (${code})`;
  return error instanceof Error ? error.message : String(error);
}

export interface FileToWrite {
  path: string;
  content: string;
}

/**
 * Writes every file or none: each goes to a temporary file in its own folder first, and only when
 * all were written are they renamed into place, so a failed write never leaves a half set of
 * reports behind (a rename within one folder does not fail for want of space). Throws WriteError.
 */
export function writeAllOrNothing(files: readonly FileToWrite[]): void {
  const written: { temp: string; path: string }[] = [];
  const discard = (from = 0) => {
    for (const w of written.slice(from)) {
      try {
        rmSync(w.temp, { force: true });
      } catch {
        // Nothing more can be done about a temporary file that cannot be removed.
      }
    }
  };
  for (const file of files) {
    const temp = join(dirname(file.path), `.${basename(file.path)}.${process.pid}.tmp`);
    try {
      mkdirSync(dirname(file.path), { recursive: true });
      written.push({ temp, path: file.path });
      writeFileSync(temp, file.content);
      // A folder in the way would only fail at the rename, after other reports were renamed.
      if (statSync(file.path, { throwIfNoEntry: false })?.isDirectory()) throw Object.assign(new Error("is a folder"), { code: "EISDIR" });
    } catch (error) {
      discard();
      throw new WriteError(file.path, writeReason(error, file.path));
    }
  }
  for (const [i, w] of written.entries()) {
    try {
      renameSync(w.temp, w.path);
    } catch (error) {
      discard(i);
      throw new WriteError(w.path, writeReason(error, w.path));
    }
  }
}

/**
 * Removes files an earlier run left at these paths, when this run writes none: a stale report
 * would otherwise be published as this run's verdict. Errors are ignored, since the run already
 * failed with its own reason.
 */
export function removeStale(paths: readonly string[]): void {
  for (const path of paths) {
    try {
      if (statSync(path, { throwIfNoEntry: false })?.isFile()) rmSync(path);
    } catch {
      // Left as it is: the exit code and the message already say that no report was written.
    }
  }
}
