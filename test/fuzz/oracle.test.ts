/**
 * The fuzz oracle must be able to fail: deliberately broken policies, each with one defect, are
 * judged on hand-made inputs, and each defect is named.
 */
import { resourcePolicy, type OcsPolicy } from "../../policies/framework/define";
import { clientEncryptionDisallowRejected } from "../../policies/encryption/client-encryption-disallow-rejected";
import { resourceOf } from "../fixtures/one-of-each-kind";
import { UNKNOWN } from "../harness/engine";
import { type FuzzInput, type Json, secretOf } from "./generators";
import { judge } from "./oracle";

const base = {
  requirements: ["OCS-ENC-3" as const],
  description: "Broken on purpose.",
  severity: "low" as const,
  enforcementLevel: "mandatory" as const,
  appliesTo: ["clientEncryptionPolicy" as const],
  seed: clientEncryptionDisallowRejected.info.seed,
  remediationSteps: "None.",
};

/** Swallows every error, the unknown-value signal included: an unknown level passes. */
const swallowsUnknowns = resourcePolicy({
  ...base,
  name: "client-encryption-swallows-unknowns",
  check(member) {
    try {
      return member.model.level === "rejected" ? [`${member.subject} level is rejected`] : [];
    } catch {
      return [];
    }
  },
});

const throws = resourcePolicy({
  ...base,
  name: "client-encryption-throws",
  check(member) {
    if (member.model.level === "rejected") throw new TypeError("cannot read the level");
    return [];
  },
});

/** Reports the raw props it is given, past the pack's own reporting (which hides secrets). */
const printsValues: OcsPolicy = {
  ...clientEncryptionDisallowRejected,
  policy: {
    ...clientEncryptionDisallowRejected.policy,
    validateResource: (args, reportViolation) => reportViolation(`scope is ${JSON.stringify(args.props.appliesTo)}`),
  },
};

/** Serves a policy whose validation reports nothing at all, malformed models included. */
const reportsNothing: OcsPolicy = {
  ...clientEncryptionDisallowRejected,
  policy: { ...clientEncryptionDisallowRejected.policy, validateResource: () => undefined },
};

function input(props: Record<string, Json>, replaced: [string, Json][] = []): FuzzInput {
  return { resources: [{ ...resourceOf("clientEncryptionPolicy"), props }], replaced: new Map(replaced) };
}

describe("the fuzz oracle", () => {
  it("names a policy that turns an unknown into a pass, from the completion that restores the hidden value", async () => {
    const { defects } = await judge(swallowsUnknowns, input({ level: UNKNOWN, appliesTo: "global" }, [["client-global:level", "rejected"]]));
    expect(defects).toEqual([
      {
        kind: "silent pass",
        detail: expect.stringContaining("an unknown value made the rule pass: nothing was reported, but completion 0 of the unknowns is a violation"),
      },
    ]);
  });

  it("accepts the same policy's silence when no completion is a violation", async () => {
    const { defects } = await judge(swallowsUnknowns, input({ level: UNKNOWN, appliesTo: "global" }, [["client-global:level", "optional"]]));
    expect(defects.filter((d) => d.detail.startsWith("an unknown"))).toEqual([]);
  });

  it("accepts the pack's not-verifiable note for an unknown the rule reads", async () => {
    const { defects } = await judge(clientEncryptionDisallowRejected, input({ level: UNKNOWN, appliesTo: "global" }, [["client-global:level", "rejected"]]));
    expect(defects).toEqual([]);
  });

  it("names a crash", async () => {
    const { defects } = await judge(throws, input({ level: "rejected", appliesTo: "global" }));
    expect(defects).toEqual([{ kind: "crash", detail: expect.stringContaining("cannot read the level") }]);
  });

  it("names a malformed model that was not reported", async () => {
    const { defects } = await judge(reportsNothing, input({ level: 42, appliesTo: "global" }));
    expect(defects).toEqual([
      { kind: "silent pass", detail: 'client encryption policy "client-global" has a malformed model, yet no malformed-model violation was reported.' },
    ]);
  });

  it("accepts a malformed model that is reported", async () => {
    expect((await judge(clientEncryptionDisallowRejected, input({ level: 42, appliesTo: "global" }))).defects).toEqual([]);
  });

  it("names a value marked secret that a message shows, without showing it", async () => {
    const { defects } = await judge(printsValues, input({ level: "optional", appliesTo: secretOf(["pool-secret-07.contoso.com"]) }));
    expect(defects).toEqual([{ kind: "secret shown", detail: "a value marked secret (26 characters) appears in a message." }]);
  });

  it("accepts a policy that judges a value marked secret like any other", async () => {
    const { defects } = await judge(clientEncryptionDisallowRejected, input({ level: secretOf("rejected"), appliesTo: "global" }));
    expect(defects.filter((d) => d.kind === "silent pass")).toEqual([]);
  });
});
