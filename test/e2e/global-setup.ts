/**
 * Provides the real Pulumi CLI to the end-to-end suite: `scripts/setup-pulumi.sh` finds a recent
 * enough `pulumi` on PATH or builds the pinned one into a cache outside the repository (first run
 * only). The bin directory reaches the test workers through the environment.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

export default function globalSetup(): void {
  if (process.env.OCS_GUARD_SKIP_E2E === "1") {
    process.env.OCS_GUARD_PULUMI_MISSING = "OCS_GUARD_SKIP_E2E=1 is set";
    return;
  }
  const script = join(__dirname, "../../scripts/setup-pulumi.sh");
  process.stderr.write("\nocs-guard e2e: providing the Pulumi CLI (scripts/setup-pulumi.sh)...\n");
  const result = spawnSync("bash", [script], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  const bin = result.stdout.trim();
  if (result.status === 0 && bin !== "") {
    process.env.OCS_GUARD_PULUMI_BIN = bin;
    process.stderr.write(`ocs-guard e2e: using the Pulumi CLI in ${bin}\n`);
    return;
  }
  const reason = `scripts/setup-pulumi.sh could not provide the Pulumi CLI (exit ${result.status ?? "signal"})`;
  // In CI a missing CLI must fail the run, never skip the end-to-end suite quietly.
  if (process.env.CI === "true") throw new Error(`${reason}; the end-to-end suite cannot run in CI without it.`);
  process.env.OCS_GUARD_PULUMI_MISSING = reason;
  process.stderr.write(`ocs-guard e2e: ${reason}; skipping the end-to-end tests.\n`);
}
