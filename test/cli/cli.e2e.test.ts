import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

function run(args: string[], input?: string): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [main, ...args], { cwd: root, encoding: "utf8", input, timeout: 60_000 });
}

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
    ["preview-pack-not-started.jsonl", [], 1],
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
    [["report", "--bogus"], /Unknown option '--bogus'/],
    [["frobnicate"], /unknown command "frobnicate"/],
  ])("%j exits 2 saying why", (args, message) => {
    const result = run(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split("\n")[0]?.length).toBeGreaterThan(0);
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
