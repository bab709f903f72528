import type { Kind } from "../../../components/model/catalog";
import type { OcsPolicy } from "../../../policies/framework/define";

export interface DeclaredMetadata {
  name: string;
  requirements: string[];
  level: "mandatory" | "advisory";
  /** Kinds the policy must apply to. */
  kinds?: Kind[];
}

/** The metadata every policy carries: the engine shows it, the docs and the SARIF rules are built from it. */
export function itDeclaresMetadata(policy: OcsPolicy, expected: DeclaredMetadata): void {
  it("declares its name, requirements, level, seed and remediation", () => {
    expect(policy.info.name).toBe(expected.name);
    expect(policy.info.requirements).toEqual(expected.requirements);
    expect(policy.info.enforcementLevel).toBe(expected.level);
    expect(policy.policy.enforcementLevel).toBe(expected.level);
    // One sentence.
    expect(policy.info.description).toMatch(/^[A-Z][^.]*(\.[^ ][^.]*)*\.$/);
    expect(policy.info.seed.text.length).toBeGreaterThan(20);
    expect(policy.info.remediationSteps.length).toBeGreaterThan(40);
    for (const kind of expected.kinds ?? []) expect(policy.info.appliesTo).toContain(kind);
  });
}
