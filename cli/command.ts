import { parseArgs } from "node:util";

/** One option of a command, with what its help text says about it. */
export interface OptionSpec {
  type: "string" | "boolean";
  default?: string | boolean;
  /** The placeholder shown after a string option, e.g. FILE. */
  value?: string;
  help: string;
}

/** A command's name, options and help text: the one place its usage is written down. */
export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  description: readonly string[];
  options: Readonly<Record<string, OptionSpec>>;
  /** Whether arguments after `--` are passed on (to pulumi). */
  passThrough?: boolean;
  /** Whether the command takes operands (files) besides its options. */
  operands?: boolean;
  exitCodes: string;
}

export const EXIT_CODES = "Exit codes: 0 pass, 1 the gate failed, 2 bad usage, unreadable input or a file that cannot be written.";

/** The parsed values of a command's options: strings and booleans, each by its option's type. */
export type OptionValues<O extends Readonly<Record<string, OptionSpec>>> = {
  [K in keyof O]?: O[K]["type"] extends "boolean" ? boolean : string;
};

/** Parses a command's arguments strictly; parseArgs throws ERR_PARSE_ARGS_* errors that main turns into one sentence. */
export function parseCommandArgs<O extends Readonly<Record<string, OptionSpec>>>(
  spec: { options: O; passThrough?: boolean; operands?: boolean },
  args: string[],
): { values: OptionValues<O>; positionals: string[] } {
  const allowPositionals = spec.passThrough === true || spec.operands === true;
  const { values, positionals } = parseArgs({ args, options: spec.options, strict: true, allowPositionals });
  return { values: values as OptionValues<O>, positionals };
}

/** Whether the arguments ask for help (only those before `--`, which belong to ocs-guard). */
export function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf("--");
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === "--help" || a === "-h");
}

export function commandHelp(spec: CommandSpec): string {
  const rows: [string, string][] = Object.entries(spec.options).map(([name, o]) => [
    `--${name}${o.type === "string" ? ` ${o.value ?? "VALUE"}` : ""}`,
    o.help,
  ]);
  rows.push(["-h, --help", "show this help"]);
  const width = Math.max(...rows.map(([flag]) => flag.length));
  return [
    `Usage: ${spec.usage}`,
    "",
    `${spec.summary[0]?.toUpperCase() ?? ""}${spec.summary.slice(1)}.`,
    ...(spec.description.length > 0 ? ["", ...spec.description] : []),
    "",
    "Options:",
    ...rows.map(([flag, help]) => `  ${flag.padEnd(width)}  ${help}`),
    "",
    spec.exitCodes,
    "",
  ].join("\n");
}
