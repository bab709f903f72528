import { readFileSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { parseTopologyDocument, type TopologyDocumentParse } from "../components/document/parse";
import { allPolicies } from "../policies/all";
import { describePolicies } from "./catalog";
import { checkDocuments } from "./check/check-documents";
import { ConfigurationRefused } from "./check/judge-documents";
import { PackConfigFileError, packConfiguration } from "./check/pack-config-file";
import { EXIT_CODES, parseCommandArgs, type CommandSpec } from "./command";
import { parseUrn, type PolicyFinding, type PreviewEvents } from "./events";
import { packageVersion } from "./package-root";
import { FAIL_ON, parseFailOn, reportOptions, verdictLine, writeReports } from "./report-command";
import { folderRoots } from "./source-root";
import { verdictFor } from "./verdict";
import { removeStale } from "./write-files";

export const checkSpec = {
  name: "check",
  summary: "judge topology documents with every policy of the pack, in-process, without pulumi",
  usage:
    "ocs-guard check FILE... [--policy-pack-config FILE] [--sarif FILE] [--junit FILE] [--markdown FILE] [--fail-on LEVEL] [--summary]",
  description: [
    "Reads topology documents (YAML or JSON, `apiVersion: ocs-guard/v1`) and runs the policy pack on each as a",
    "`pulumi preview --policy-pack` of it would: the same policies, messages, configuration file, waivers and",
    "configured exceptions, the same verdict and reports. No Pulumi CLI and no engine are involved, so it fits a",
    "pre-commit hook or an editor task. Each finding is printed as FILE:LINE:COLUMN: LEVEL: POLICY: MESSAGE, at the",
    "component in the document; SARIF results point at the same places, relative to the repository.",
  ],
  options: {
    "policy-pack-config": {
      type: "string",
      value: "FILE",
      help: "the pack configuration, as given to `pulumi preview --policy-pack-config` (levels, values, exceptions)",
    },
    ...reportOptions,
  },
  operands: true,
  exitCodes: EXIT_CODES,
} as const satisfies CommandSpec;

const PREFIX = "ocs-guard check";

function readDocument(file: string): TopologyDocumentParse | string {
  try {
    return parseTopologyDocument(readFileSync(file, "utf8"), file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "a folder, not a file" : error instanceof Error ? error.message : String(error);
    return `${PREFIX}: cannot read ${file} (${reason}).`;
  }
}

/** How the compilers word a level, so that editors' problem matchers read the lines. */
function levelWord(f: PolicyFinding): string {
  if (f.outcome !== "violation") return "note";
  return f.enforcementLevel === "mandatory" ? "error" : "warning";
}

/** One line per finding, at the component's place in its document. */
export function findingLine(f: PolicyFinding, events: PreviewEvents): string {
  const site = f.resourceUrn ? events.components.get(f.resourceUrn)?.site : undefined;
  const where = site ? `${site.file}:${site.line}:${site.column}` : (parseUrn(f.resourceUrn ?? "")?.stack ?? "(stack)");
  // An accepted risk's message says so itself ("waived: ...", "accepted risk: ..."); a note's does not.
  const label = f.outcome === "not-verifiable" ? "not verifiable until update: " : "";
  return `${where}: ${levelWord(f)}: ${f.policyName}: ${label}${f.message.replace(/\s*\n\s*/g, " ")}`;
}

/** The path a document is named by in URNs and reports: relative to the working folder, with `/`. */
function documentPath(file: string): string {
  const path = relative(process.cwd(), resolve(file));
  return (path === "" ? file : path).split(sep).join("/");
}

/** `ocs-guard check FILE...` */
export function checkCommand(args: string[]): number {
  const { values, positionals } = parseCommandArgs(checkSpec, args);
  const failOn = parseFailOn(values["fail-on"]);
  const reports = { sarif: values.sarif, junit: values.junit, markdown: values.markdown };
  const refuse = (message: string): number => {
    removeStale(Object.values(reports).filter((p): p is string => p !== undefined));
    process.stderr.write(`${message}\n`);
    return 2;
  };
  if (!failOn) return refuse(`${PREFIX}: --fail-on must be one of ${FAIL_ON.join(", ")}, not "${values["fail-on"]}".`);
  if (positionals.length === 0) return refuse(`${PREFIX}: give at least one topology document to check. See \`${PREFIX} --help\`.`);

  const parsed = positionals.map((file) => ({ file, read: readDocument(file) }));
  const unreadable = parsed.flatMap(({ read }) => (typeof read === "string" ? [read] : read.ok ? [] : read.problems.map((p) => p.text)));
  if (unreadable.length > 0) {
    const files = parsed.filter(({ read }) => typeof read === "string" || !read.ok).map(({ file }) => file);
    return refuse(`${unreadable.join("\n")}\n${PREFIX}: ${files.join(", ")} cannot be checked as topology documents; nothing was judged and no report was written.`);
  }

  const documents = parsed.flatMap(({ file, read }) => (typeof read !== "string" && read.ok ? [{ parsed: read, path: documentPath(file) }] : []));
  const identity = { name: "ocs-guard", version: packageVersion() };
  let events: PreviewEvents;
  try {
    const configuration = packConfiguration(allPolicies.map((p) => p.analyzerInfo), values["policy-pack-config"]);
    events = checkDocuments(documents, configuration, allPolicies, identity);
  } catch (error) {
    if (error instanceof PackConfigFileError) return refuse(`${PREFIX}: ${error.message}.`);
    if (error instanceof ConfigurationRefused) return refuse(`${PREFIX}: the policy pack refused its configuration: ${error.message}`);
    throw error;
  }
  const policies = describePolicies(allPolicies);
  for (const f of events.findings) process.stderr.write(`${findingLine(f, events)}\n`);
  const markdown = writeReports(events, policies, reports, failOn, folderRoots(process.cwd()));
  if (values.summary) process.stdout.write(markdown);
  process.stderr.write(`${verdictLine(events, failOn)}\n`);
  return verdictFor(events, failOn).code;
}
