import { readFileSync } from "node:fs";
import type { AnalyzerPolicyInfo } from "../../policies/framework/define";
import type { ReceivedConfiguration } from "../../policies/framework/sdk-wire";

/**
 * A `--policy-pack-config` file turned into what the engine sends the pack with Configure, the way
 * the Pulumi CLI does it: each policy starts at its own enforcement level with the defaults of its
 * configuration schema; an `all` entry sets every policy's level; then each policy's own entry sets
 * its level and overrides the values it names. What the pack then does with it (refusing unknown
 * policies or keys, cross-field rules) is the pack's own Configure, run as in a preview.
 */

const LEVELS = ["advisory", "mandatory", "remediate", "disabled"] as const;
type Level = (typeof LEVELS)[number];

/** A configuration file that cannot be used, in one sentence naming the file and the entry. */
export class PackConfigFileError extends Error {
  override name = "PackConfigFileError";
}

interface GivenEntry {
  level?: Level;
  properties: Record<string, unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function levelOf(file: string, name: string, value: unknown): Level {
  if (typeof value === "string" && (LEVELS as readonly string[]).includes(value)) return value as Level;
  throw new PackConfigFileError(
    `${file}: the enforcement level of "${name}" is ${JSON.stringify(value)}; it must be one of ${LEVELS.map((l) => `"${l}"`).join(", ")}`,
  );
}

/** Reads one entry: a level alone (`"advisory"`) or an object of values with an optional `enforcementLevel`. */
function entryOf(file: string, name: string, value: unknown): GivenEntry {
  if (typeof value === "string") return { level: levelOf(file, name, value), properties: {} };
  if (!isRecord(value)) {
    throw new PackConfigFileError(`${file}: the entry "${name}" is ${JSON.stringify(value)}; it must be an enforcement level or an object of values`);
  }
  const { enforcementLevel, ...properties } = value;
  return enforcementLevel === undefined ? { properties } : { level: levelOf(file, name, enforcementLevel), properties };
}

/** Parses the text of a configuration file (JSON, as the Pulumi CLI reads it); blank text is no configuration. */
export function parsePackConfig(text: string, file: string): Map<string, GivenEntry> {
  if (text.trim() === "") return new Map();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new PackConfigFileError(`${file} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isRecord(value)) throw new PackConfigFileError(`${file} must hold one JSON object, by policy name`);
  return new Map(Object.entries(value).map(([name, entry]) => [name, entryOf(file, name, entry)]));
}

/** The configuration the engine would send: every policy with its level and values, defaults first. */
export function reconcilePackConfig(policies: readonly AnalyzerPolicyInfo[], given: ReadonlyMap<string, GivenEntry>): ReceivedConfiguration {
  const all = given.get("all")?.level;
  const result: ReceivedConfiguration = {};
  for (const policy of policies) {
    const defaults = Object.entries(policy.configSchema?.properties ?? {}).flatMap(([key, schema]) =>
      isRecord(schema) && "default" in schema ? [[key, schema.default] as const] : [],
    );
    result[policy.name] = { enforcementLevel: all ?? policy.enforcementLevel, properties: Object.fromEntries(defaults) };
  }
  for (const [name, entry] of given) {
    const known = result[name];
    result[name] = {
      enforcementLevel: entry.level ?? known?.enforcementLevel ?? "",
      properties: { ...(known?.properties ?? {}), ...entry.properties },
    };
  }
  return result;
}

/** Reads a configuration file and reconciles it with the pack's policies; without a file, the defaults. */
export function packConfiguration(policies: readonly AnalyzerPolicyInfo[], file?: string): ReceivedConfiguration {
  if (file === undefined) return reconcilePackConfig(policies, new Map());
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : error instanceof Error ? error.message : String(error);
    throw new PackConfigFileError(`cannot read the policy pack configuration ${file} (${reason})`);
  }
  return reconcilePackConfig(policies, parsePackConfig(text, file));
}
