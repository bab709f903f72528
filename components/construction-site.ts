import { basename, dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Where in the user's program a component was constructed, so that reports can point a reviewer
 * at the line to change. The engine's events say which resource broke a rule but not where it was
 * written, so each component registers its own site with its outputs under one reserved key.
 *
 * The key is not part of the model: the resource's inputs (what resource policies judge) never
 * carry it, and `policies/framework/decode.ts` drops it from the outputs before a stack policy's
 * schema parse.
 */
export const CONSTRUCTION_SITE_KEY = "ocs-guard:constructionSite";

export interface ConstructionSite {
  /** The file, relative to the program's working folder (the Pulumi project), with `/` separators. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

/**
 * The folders that hold ocs-guard's code: the compiled tree (`dist`) and the package root with the
 * TypeScript sources, since source maps point frames of compiled files back at them.
 */
const CODE_ROOTS = ((root) => (basename(root) === "dist" ? [root, dirname(root)] : [root, resolve(root, "dist")]))(resolve(__dirname, ".."));
/** The library's own folders: a frame in one of them is ocs-guard building a component, not the user. */
const OWN_CODE = CODE_ROOTS.flatMap((root) => ["components", "policies", "cli"].map((dir) => `${resolve(root, dir)}${sep}`));
const OWN_FILES = new Set(CODE_ROOTS.flatMap((root) => ["index.js", "index.ts"].map((file) => resolve(root, file))));

/** `file:line:column` of one V8 stack line, e.g. `    at new Topology (/p/index.ts:12:5)`. */
export function parseStackLine(line: string): { file: string; line: number; column: number } | undefined {
  const trimmed = line.trim();
  if (!trimmed.startsWith("at ")) return undefined;
  const body = trimmed.slice(3);
  // `fn (location)`: the location starts after the first " (", since a folder name may hold parentheses.
  const open = body.indexOf(" (");
  const inParens = body.endsWith(")") && open >= 0 ? body.slice(open + 2, -1) : body;
  const match = /^(.*):(\d+):(\d+)$/.exec(inParens);
  if (!match) return undefined;
  const [, location = "", lineText = "", columnText = ""] = match;
  let file = location;
  if (file.startsWith("file://")) {
    try {
      file = fileURLToPath(file);
    } catch {
      return undefined;
    }
  }
  // Frames of Node's internals (`node:internal/...`), of eval'd code and of anonymous scripts have no file.
  if (!isAbsolute(file)) return undefined;
  return { file, line: Number(lineText), column: Number(columnText) };
}

/** Whether `file` is ocs-guard's own code or a dependency's, i.e. not where the user wrote the component. */
export function isLibraryFile(file: string): boolean {
  if (file.split(/[\\/]/).includes("node_modules")) return true;
  return OWN_FILES.has(file) || OWN_CODE.some((dir) => file.startsWith(dir));
}

/**
 * The first frame of `stack` outside ocs-guard and outside node_modules, with its file relative to
 * `cwd`. Frames are read from the stack text because that is what source-map support (ts-node, or
 * Node's `--enable-source-maps`) rewrites to the TypeScript file and line.
 */
export function siteFromStack(stack: string, cwd: string): ConstructionSite | undefined {
  for (const line of stack.split("\n")) {
    const frame = parseStackLine(line);
    if (!frame || isLibraryFile(frame.file)) continue;
    return { file: relative(cwd, frame.file).split(sep).join("/"), line: frame.line, column: frame.column };
  }
  return undefined;
}

/** Enough frames to get past the component classes and any helper the program builds them in. */
const FRAMES = 50;

/** The construction site of the component whose constructor is running now. */
export function captureConstructionSite(): ConstructionSite | undefined {
  const holder: { stack?: string } = {};
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = FRAMES;
  try {
    Error.captureStackTrace(holder, captureConstructionSite);
  } finally {
    Error.stackTraceLimit = limit;
  }
  return holder.stack === undefined ? undefined : siteFromStack(holder.stack, process.cwd());
}

/** `props` without the construction site, so that a model reads the same with or without one. */
export function withoutConstructionSite(props: unknown): unknown {
  if (props === null || typeof props !== "object" || Array.isArray(props) || !(CONSTRUCTION_SITE_KEY in props)) return props;
  return Object.fromEntries(Object.entries(props).filter(([key]) => key !== CONSTRUCTION_SITE_KEY));
}

/** Reads a recorded site back (from a component's outputs); anything else is no site. */
export function readConstructionSite(outputs: unknown): ConstructionSite | undefined {
  if (outputs === null || typeof outputs !== "object") return undefined;
  const site = (outputs as Record<string, unknown>)[CONSTRUCTION_SITE_KEY];
  if (site === null || typeof site !== "object") return undefined;
  const { file, line, column } = site as Record<string, unknown>;
  if (typeof file !== "string" || file === "" || !isPositiveInteger(line) || !isPositiveInteger(column)) return undefined;
  return { file, line, column };
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value > 0;
}
