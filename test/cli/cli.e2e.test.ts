import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { allPolicies } from "../../policies";
import { fixture } from "./catalog-fixture";

/**
 * Drives the built CLI (`dist/cli/main.js`) as a user would. `npm test` builds first; when the
 * build is missing (a bare `npx jest test/cli`), it is built here once.
 */
const root = join(__dirname, "../..");
const main = join(root, "dist/cli/main.js");

/** A Node.js stack frame, e.g. "    at writeFileSync (node:fs:2425:3)": never shown to a user. */
const STACK_FRAME = /^\s+at .*[:(]\d+:\d+\)?$/m;

function run(args: string[], input?: string, env?: NodeJS.ProcessEnv): SpawnSyncReturns<string> {
  const result = spawnSync(process.execPath, [main, ...args], { cwd: root, encoding: "utf8", input, timeout: 60_000, env: env ?? process.env });
  expect(result.stderr).not.toMatch(STACK_FRAME);
  return result;
}

const relativeFixture = (name: string) => `test/cli/fixtures/${name}`;
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };

let out: string;

beforeAll(() => {
  if (!existsSync(main)) {
    const build = spawnSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: root, encoding: "utf8" });
    if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);
  }
  out = mkdtempSync(join(tmpdir(), "ocs-guard-cli-"));
}, 120_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("ocs-guard policies", () => {
  it("--json prints every policy of the pack with its metadata and config defaults", () => {
    const result = run(["policies", "--json"]);
    expect(result.status).toBe(0);
    const policies = JSON.parse(result.stdout) as { name: string; url: string; config: Record<string, { default?: unknown }> }[];
    expect(policies.map((p) => p.name)).toEqual(allPolicies.map((p) => p.info.name));
    for (const p of policies) {
      expect(Object.keys(p).sort()).toEqual(
        ["appliesTo", "config", "description", "enforcementLevel", "kind", "name", "remediationSteps", "requirements", "seed", "severity", "url"].sort(),
      );
      expect(p.url.endsWith(`#${p.name}`)).toBe(true);
    }
  });

  it("prints a table with a header and a count", () => {
    const result = run(["policies"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^NAME\s+KIND\s+LEVEL\s+SEVERITY\s+REQUIREMENTS\n/);
    expect(result.stdout).toContain(`${allPolicies.length} polic`);
  });
});

describe("ocs-guard report", () => {
  it.each([
    ["preview-violations.jsonl", [], 1],
    ["preview-violations.jsonl", ["--fail-on", "never"], 0],
    ["preview-advisory.jsonl", [], 0],
    ["preview-advisory.jsonl", ["--fail-on", "advisory"], 1],
    ["preview-program-error.jsonl", [], 1],
    ["preview-pack-not-started.jsonl", [], 2],
    ["pulumi-unknown-values.jsonl", [], 0],
  ])("%s %j exits %d", (name, extra, code) => {
    expect(run(["report", "--input", fixture(name), ...extra]).status).toBe(code);
  });

  it("writes SARIF, JUnit and Markdown files and prints the summary", () => {
    const files = { sarif: join(out, "r/ocs.sarif"), junit: join(out, "r/junit.xml"), markdown: join(out, "r/summary.md") };
    const result = run([
      "report",
      "--input",
      fixture("preview-violations.jsonl"),
      "--sarif",
      files.sarif,
      "--junit",
      files.junit,
      "--markdown",
      files.markdown,
      "--summary",
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("ocs-guard: FAIL: 3 mandatory, 1 advisory, 1 accepted risk(s), 1 not verifiable, 5 resource(s).");
    const sarif = JSON.parse(readFileSync(files.sarif, "utf8")) as { version: string; runs: { results: unknown[]; tool: { driver: { rules: unknown[] } } }[] };
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0]?.results).toHaveLength(6);
    expect(sarif.runs[0]?.tool.driver.rules.length).toBeGreaterThanOrEqual(allPolicies.length);
    expect(readFileSync(files.junit, "utf8")).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="ocs-guard"/);
    const summary = readFileSync(files.markdown, "utf8");
    expect(summary).toContain("**Verdict: FAIL**");
    expect(result.stdout).toBe(summary);
  });

  it("reads standard input with --input -", () => {
    const result = run(["report", "--input", "-", "--fail-on", "advisory"], readFileSync(fixture("preview-advisory.jsonl"), "utf8"));
    expect(result.status).toBe(1);
  });

  it.each([
    [["report", "--input", "does-not-exist.jsonl"], /cannot read does-not-exist\.jsonl/],
    [["report", "--input", fixture("not-events.txt")], /no engine events found in .*not-events\.txt/],
    [["report", "--input", fixture("preview-advisory.jsonl"), "--fail-on", "sometimes"], /--fail-on must be one of mandatory, advisory, never/],
    [["report", "--bogus"], /^ocs-guard report: Unknown option '--bogus'; see `ocs-guard report --help`\.\n$/],
    [["report", "--input"], /^ocs-guard report: Option '--input <value>' argument missing; see `ocs-guard report --help`\.\n$/],
    [["policies", "extra"], /^ocs-guard policies: Unexpected argument 'extra'; see `ocs-guard policies --help`\.\n$/],
    [["frobnicate"], /unknown command "frobnicate"/],
  ])("%j exits 2 saying why", (args, message) => {
    const result = run(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split("\n")[0]?.length).toBeGreaterThan(0);
  });
});

describe("ocs-guard report fails closed", () => {
  const cannotJudge = (name: string, reason: string) =>
    `ocs-guard report: cannot judge the preview in ${relativeFixture(name)}: ${reason}; no report was written.\n`;

  // Every one of these printed PASS before; fixtures/README.md says how each differs from preview-advisory.jsonl.
  it.each<[string, number, string]>([
    ["fail-open/level-capitalised.jsonl", 1, "ocs-guard: FAIL: 1 mandatory, 0 advisory, 0 accepted risk(s), 1 not verifiable, 5 resource(s).\n"],
    ["fail-open/level-number.jsonl", 1, "ocs-guard: FAIL: 1 mandatory, 0 advisory, 0 accepted risk(s), 1 not verifiable, 5 resource(s).\n"],
    ["fail-open/not-verifiable-quoted.jsonl", 1, "ocs-guard: FAIL: 1 mandatory, 0 advisory, 0 accepted risk(s), 1 not verifiable, 5 resource(s).\n"],
    ["fail-open/not-verifiable-at-mandatory.jsonl", 1, "ocs-guard: FAIL: 1 mandatory, 0 advisory, 0 accepted risk(s), 1 not verifiable, 5 resource(s).\n"],
    ["fail-open/level-missing.jsonl", 2, cannotJudge("fail-open/level-missing.jsonl", "line 11 holds a policyEvent without enforcementLevel")],
    [
      "fail-open/event-kind-renamed.jsonl",
      2,
      cannotJudge("fail-open/event-kind-renamed.jsonl", 'line 11 holds a field "policyViolationEvent" that no engine event of pulumi 3.259 has'),
    ],
    ["fail-open/policy-event-without-name.jsonl", 2, cannotJudge("fail-open/policy-event-without-name.jsonl", "line 11 holds a policyEvent without policyName")],
    [
      "fail-open/policy-event-wrong-type.jsonl",
      2,
      cannotJudge("fail-open/policy-event-wrong-type.jsonl", "line 11 holds a policyEvent whose message is a list, not a string"),
    ],
    ["fail-open/line-cut-off.jsonl", 2, cannotJudge("fail-open/line-cut-off.jsonl", "line 11 is not valid JSON (it may be cut off)")],
    ["fail-open/text-line.jsonl", 2, cannotJudge("fail-open/text-line.jsonl", "line 1 is not JSON")],
    [
      "fail-open/analyzer-claim-without-event.jsonl",
      2,
      cannotJudge(
        "fail-open/analyzer-claim-without-event.jsonl",
        'policy pack "ocs-guard" says policy "mediation-server-require-unique-internal-route" found something on the stack, but no policy event for it is in the stream',
      ),
    ],
    [
      "fail-open/pack-never-reported.jsonl",
      2,
      cannotJudge(
        "fail-open/pack-never-reported.jsonl",
        "the preview loaded 1 policy pack but none reported its analysis (policyAnalyzeStackSummaryEvent), so the policies may not have run",
      ),
    ],
    [
      "fail-open/no-policy-pack.jsonl",
      2,
      cannotJudge("fail-open/no-policy-pack.jsonl", "the preview ran without a policy pack (no policyLoadEvent); run it with `--policy-pack`"),
    ],
    [
      "fail-open/events-stop-early.jsonl",
      2,
      cannotJudge("fail-open/events-stop-early.jsonl", "the events stop before the preview's summary, so the preview did not finish"),
    ],
    ["fail-open/preview-canceled.jsonl", 2, cannotJudge("fail-open/preview-canceled.jsonl", 'the preview ended with the result "canceled", not "succeeded"')],
  ])("%s exits %d saying exactly why", (name, code, stderr) => {
    const dir = join(out, `fail-closed-${name.replace(/\W/g, "")}`);
    // A report an earlier run left behind must not pass for this run's verdict.
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "summary.md"), "**Verdict: PASS** (an earlier run)\n");
    const result = run(["report", "--input", relativeFixture(name), "--markdown", join(dir, "summary.md"), "--sarif", join(dir, "ocs.sarif")]);
    expect({ status: result.status, stderr: result.stderr, stdout: result.stdout }).toEqual({ status: code, stderr, stdout: "" });
    // Exit 2 writes no report at all; a failed gate writes them all.
    expect(readdirSync(dir).sort()).toEqual(code === 2 ? [] : ["ocs.sarif", "summary.md"]);
  });

  it("passes the real stream of a preview whose unknown values are not verifiable yet", () => {
    const result = run(["report", "--input", relativeFixture("pulumi-unknown-values.jsonl")]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("ocs-guard: PASS: 0 mandatory, 0 advisory, 0 accepted risk(s), 3 not verifiable, 32 resource(s).\n");
  });
});

describe("ocs-guard --help and --version", () => {
  it.each(["policies", "docs", "report", "preview"])("%s --help prints the command's usage, options and exit codes", (command) => {
    const result = run([command, "--help"]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(new RegExp(`^Usage: ocs-guard ${command} `));
    expect(result.stdout).toContain("  -h, --help");
    expect(result.stdout).toMatch(/\nExit codes: 0 .*\n$/);
    expect(run([command, "-h"]).stdout).toBe(result.stdout);
    expect(run(["help", command]).stdout).toBe(result.stdout);
    // --help wins over anything else on the line, even an unknown option.
    expect(run([command, "--bogus", "--help"]).stdout).toBe(result.stdout);
  });

  it("report --help says exactly this", () => {
    expect(run(["report", "--help"]).stdout).toBe(
      [
        "Usage: ocs-guard report [--input FILE|-] [--program DIR] [--sarif FILE] [--junit FILE] [--markdown FILE] [--fail-on LEVEL] [--summary]",
        "",
        "Turn the engine events of a preview into reports and a verdict.",
        "",
        "Reads the engine events of `PULUMI_ENABLE_STREAMING_JSON_PREVIEW=1 pulumi preview --json --policy-pack ...`",
        "(or of its `--event-log` file), one JSON event per line, and writes the reports asked for.",
        "Every line must be an engine event pulumi sends; a stream with a line that cannot be read, or one",
        "that does not show the policy pack ran to the end, is refused (exit 2) and no report is written.",
        "",
        "Options:",
        "  --input FILE     the events file; - (the default) reads standard input",
        "  --program DIR    the Pulumi project the events are of (default: .); SARIF paths are relative to its repository",
        "  --sarif FILE     write SARIF 2.1.0 here",
        "  --junit FILE     write JUnit XML here",
        "  --markdown FILE  write the Markdown summary (with the topology picture) here",
        "  --fail-on LEVEL  mandatory (default), advisory or never: what fails the gate",
        "  --summary        also print the Markdown summary on standard output",
        "  -h, --help       show this help",
        "",
        "Exit codes: 0 pass, 1 the gate failed, 2 bad usage, unreadable input or a file that cannot be written.",
        "",
      ].join("\n"),
    );
  });

  it.each([["--version"], ["-v"]])("%s prints the package version", (flag) => {
    const result = run([flag]);
    expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({ status: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("--help lists every command and the exit codes; no command at all is a usage error", () => {
    const help = run(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: ocs-guard <command> \[options\]\n/);
    for (const command of ["policies", "docs", "report", "preview"]) expect(help.stdout).toMatch(new RegExp(`\\n  ${command} +\\S`));
    expect(help.stdout).toContain("Exit codes: 0 pass, 1 the gate failed, 2 bad usage, unreadable input or a file that cannot be written.\n");
    const bare = run([]);
    expect({ status: bare.status, stdout: bare.stdout, stderr: bare.stderr }).toEqual({ status: 2, stdout: "", stderr: help.stdout });
  });
});

describe("write errors", () => {
  let blocker: string;
  beforeAll(() => {
    blocker = join(out, "a-regular-file");
    writeFileSync(blocker, "not a folder\n");
  });

  it("report: one line naming the file and the reason, exit 2, and no partial report", () => {
    const dir = join(out, "half");
    const result = run([
      "report",
      "--input",
      fixture("preview-violations.jsonl"),
      "--sarif",
      join(dir, "ocs.sarif"),
      "--junit",
      join(dir, "junit.xml"),
      "--markdown",
      join(blocker, "summary.md"),
    ]);
    expect({ status: result.status, stderr: result.stderr }).toEqual({
      status: 2,
      stderr: `ocs-guard report: cannot write ${join(blocker, "summary.md")}: ${blocker} is a file, not a folder.\n`,
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it("report: a folder where a report should go is refused before any report is put in place", () => {
    const dir = join(out, "folder-in-the-way");
    mkdirSync(join(dir, "summary.md"), { recursive: true });
    const result = run(["report", "--input", fixture("preview-violations.jsonl"), "--sarif", join(dir, "ocs.sarif"), "--markdown", join(dir, "summary.md")]);
    expect({ status: result.status, stderr: result.stderr }).toEqual({
      status: 2,
      stderr: `ocs-guard report: cannot write ${join(dir, "summary.md")}: it is a folder (EISDIR).\n`,
    });
    expect(readdirSync(dir)).toEqual(["summary.md"]);
  });

  it("docs --write under a regular file", () => {
    const result = run(["docs", "--write", join(blocker, "policies.md")]);
    expect({ status: result.status, stderr: result.stderr }).toEqual({
      status: 2,
      stderr: `ocs-guard docs: cannot write ${join(blocker, "policies.md")}: ${blocker} is a file, not a folder.\n`,
    });
  });

  it("preview --out under a regular file, before pulumi runs", () => {
    const result = run(["preview", "--out", join(blocker, "reports")], undefined, { ...process.env, PATH: join(out, "no-pulumi-here") });
    expect({ status: result.status, stderr: result.stderr }).toEqual({
      status: 2,
      stderr: `ocs-guard preview: cannot write ${join(blocker, "reports")}: ${blocker} is a file, not a folder.\n`,
    });
  });
});

describe("ocs-guard docs", () => {
  it("--check passes on the committed docs/policies.md", () => {
    const result = run(["docs", "--check", "docs/policies.md"]);
    expect(result.stderr).toContain("up to date");
    expect(result.status).toBe(0);
  });

  it("--check fails on a stale file, and --write fixes it", () => {
    const file = join(out, "policies.md");
    writeFileSync(file, "# old\n");
    const stale = run(["docs", "--check", file]);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain("is stale; regenerate it with `npm run build && npm run docs`");
    expect(run(["docs", "--write", file]).status).toBe(0);
    expect(run(["docs", "--check", file]).status).toBe(0);
  });
});

describe("ocs-guard preview", () => {
  /** A stand-in `pulumi` that records how it was called and replays a fixture as its event stream. */
  function fakePulumi(events: string, code: number, stderr = "warning: this goes to stderr"): string {
    const bin = join(out, `bin-${code}-${events.replace(/\W/g, "")}`);
    mkdirSync(bin, { recursive: true });
    const script = join(bin, "pulumi");
    writeFileSync(
      script,
      [
        "#!/usr/bin/env bash",
        `printf '%s\\n' "$*" > "${join(bin, "args")}"`,
        `printf '%s\\n' "$PULUMI_ENABLE_STREAMING_JSON_PREVIEW" > "${join(bin, "env")}"`,
        `cat "${events}"`,
        `echo '${stderr}' >&2`,
        `exit ${code}`,
        "",
      ].join("\n"),
    );
    chmodSync(script, 0o755);
    return bin;
  }

  it("runs pulumi with the pack, streams progress, saves the events and writes the reports", () => {
    const bin = fakePulumi(fixture("preview-violations.jsonl"), 255);
    const dir = join(out, "preview-reports");
    const result = spawnSync(process.execPath, [main, "preview", "--out", dir, "--", "--stack", "dev"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ""}` },
    });
    expect(result.status).toBe(1);
    expect(readFileSync(join(bin, "args"), "utf8").trim()).toBe(`preview --json --policy-pack ${root} --stack dev`);
    expect(readFileSync(join(bin, "env"), "utf8").trim()).toBe("1");
    expect(result.stderr).toContain("  create  ocs:voice:MediaGateway gw-1");
    expect(result.stderr).toContain("  [mandatory] media-gateway-require-tls on gw-1: media gateway");
    expect(result.stderr).toContain("  [not-verifiable] mediation-server-require-two-nics on med-1:");
    expect(result.stderr).toContain("warning: this goes to stderr");
    expect(result.stderr).toContain("ocs-guard: FAIL: 3 mandatory");
    expect(readFileSync(join(dir, "events.jsonl"), "utf8")).toBe(readFileSync(fixture("preview-violations.jsonl"), "utf8"));
    expect(JSON.parse(readFileSync(join(dir, "ocs-guard.sarif"), "utf8"))).toHaveProperty("version", "2.1.0");
    expect(readFileSync(join(dir, "junit.xml"), "utf8")).toContain("<testsuites");
    expect(readFileSync(join(dir, "summary.md"), "utf8")).toContain("**Verdict: FAIL**");
  });

  it("fails when pulumi fails before any policy runs, saying why", () => {
    const bin = fakePulumi(fixture("preview-pack-not-started.jsonl"), 255, "error: policy pack not started: could not read policy pack port");
    const dir = join(out, "not-started");
    const result = spawnSync(process.execPath, [main, "preview", "--out", dir], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ""}` },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("ocs-guard: FAIL: 0 mandatory");
    expect(readFileSync(join(dir, "summary.md"), "utf8")).toContain("- error: policy pack not started: could not read policy pack port");
  });

  it.each<[string, string[], number]>([
    ["preview-advisory.jsonl", [], 0],
    ["preview-advisory.jsonl", ["--fail-on", "advisory"], 1],
    ["not-events.txt", [], 2],
  ])("exits like report: %s %j gives %d", (name, extra, code) => {
    const bin = fakePulumi(fixture(name), name === "not-events.txt" ? 255 : 0);
    const result = spawnSync(process.execPath, [main, "preview", "--out", join(out, `p-${name}`), ...extra], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ""}` },
    });
    expect(result.status).toBe(code);
  });

  it("refuses a preview whose pack never reported, even when pulumi exits 0, and writes no report", () => {
    const bin = fakePulumi(fixture("fail-open/pack-never-reported.jsonl"), 0);
    const dir = join(out, "never-reported");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "summary.md"), "**Verdict: PASS** (an earlier run)\n");
    const result = spawnSync(process.execPath, [main, "preview", "--out", dir], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ""}` },
    });
    expect(result.status).toBe(2);
    expect(result.stderr).not.toMatch(STACK_FRAME);
    expect(result.stderr.trimEnd().split("\n").pop()).toBe(
      `ocs-guard preview: cannot judge the preview: the preview loaded 1 policy pack but none reported its analysis (policyAnalyzeStackSummaryEvent), so the policies may not have run; no report was written (pulumi's events are in ${join(dir, "events.jsonl")}).`,
    );
    expect(readdirSync(dir)).toEqual(["events.jsonl"]);
  });

  it("says how to get pulumi when it is not on PATH", () => {
    const result = spawnSync(process.execPath, [main, "preview", "--out", join(out, "p")], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, PATH: join(out, "empty-bin") },
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("the pulumi CLI is not on PATH");
    expect(result.stderr).toContain("scripts/setup-pulumi.sh");
  });
});
