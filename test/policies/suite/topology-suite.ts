import { catalog, type Kind, type ModelOf } from "../../../components/model/catalog";
import type { MediationEdge } from "../../../components/model/mediation-server";
import type { OcsPolicy } from "../../../policies/framework/define";
import { compliantResources, resourceNamed } from "../../fixtures/reference-topology";
import { runPolicy as run, UNKNOWN, urnOf, type Diagnostic, type EngineResource } from "../../harness/engine";
import { itDeclaresMetadata } from "./declares-metadata";

/**
 * The skeleton of a spec that changes the reference topology (the UM and gateway policies, whose
 * rules relate members): metadata, silence on the compliant
 * topology, one numbered case per breaking change (each with exactly the violations expected),
 * configuration overrides, unknown values during preview and malformed props. Cases run through
 * the engine's own RPC handlers (test/harness/engine.ts), configuration included.
 */

export type Change = (resources: EngineResource[]) => void;

/** The props of the resource `name`, typed as the model of `kind`, so a case can change one field. */
export function model<K extends Kind>(resources: EngineResource[], kind: K, name: string): ModelOf<K> {
  const resource = resourceNamed(resources, name);
  if (resource.kind !== kind) throw new Error(`resource "${name}" is a ${resource.kind}, not a ${kind}`);
  return resource.props as ModelOf<K>;
}

/** The external edge of a Mediation Server of the fixture (every one has it). */
export function externalEdge(resources: EngineResource[], name: string): MediationEdge {
  const edge = model(resources, "mediationServer", name).external;
  if (edge === undefined) throw new Error(`Mediation Server "${name}" has no external edge in the fixture`);
  return edge;
}

/** Sets a field to a value its type does not allow: the engine's unknown sentinel, or garbage. */
export function setRaw(target: object, key: string, value: unknown): void {
  (target as Record<string, unknown>)[key] = value;
}

/** Removes a required field, as an older or hand-written model would. */
export function removeField(target: object, key: string): void {
  Reflect.deleteProperty(target, key);
}

export { UNKNOWN };

export interface ExpectedViolation {
  /** Name of the resource the violation is reported on. */
  on: string;
  /** Parts the message must contain: the subject, the value found, the value required. */
  says: string[];
}

export interface BreakingCase {
  title: string;
  change: Change;
  violations: ExpectedViolation[];
}

export interface PolicySpec {
  policy: OcsPolicy;
  name: string;
  requirements: string[];
  level: "mandatory" | "advisory";
  /** Breaking changes of the compliant topology, the smallest first. */
  cases: BreakingCase[];
  /** Changes the policy must stay silent on (another policy's finding, or not its business). */
  silent?: { title: string; change: Change }[];
  /** Overrides of the configuration and the number of violations they give. */
  config?: { title: string; change?: Change; config: Record<string, unknown>; violations: number }[];
  /** Makes a value of `unknownOn` unknown and breaks `violationOn`, which must still be judged. */
  unknown: {
    title: string;
    change: Change;
    unknownOn: string;
    violationOn: string;
  };
  /** Breaks the shape of `on`'s props. */
  malformed: { title: string; change: Change; on: string };
}

const notVerifiable = "not verifiable until update";

function kindOf(resources: readonly EngineResource[], name: string): Kind {
  const found = resources.find((r) => r.name === name);
  if (found === undefined) throw new Error(`no resource "${name}"`);
  return found.kind;
}

export function violationsOf(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => !d.message.includes(notVerifiable));
}

function changed(change?: Change): EngineResource[] {
  const resources = compliantResources();
  change?.(resources);
  return resources;
}

export function topologyPolicySuite(spec: PolicySpec): void {
  const { policy } = spec;

  describe(spec.name, () => {
    itDeclaresMetadata(policy, spec);

    it("stays silent on the compliant topology", async () => {
      expect(await run(policy, changed())).toEqual([]);
    });

    it.each(spec.cases)("fires: $title", async ({ change, violations }) => {
      const resources = changed(change);
      const found = await run(policy, resources);
      expect(found.filter((d) => d.message.includes(notVerifiable))).toEqual([]);
      expect(found).toHaveLength(violations.length);
      for (const expected of violations) {
        const urn = urnOf(kindOf(resources, expected.on), expected.on);
        const subject = `${catalog[kindOf(resources, expected.on)].label} "${expected.on}"`;
        const match = found.find((d) => d.urn === urn && expected.says.every((part) => d.message.includes(part)));
        expect({ urn, says: expected.says, message: match?.message ?? found.map((d) => d.message) }).toEqual({
          urn,
          says: expected.says,
          message: expect.stringContaining(`${subject} `),
        });
        expect(match?.enforcementLevel).toBe(spec.level);
        expect(match?.message).toContain(`(${spec.requirements.join(", ")}).`);
      }
    });

    if (spec.silent) {
      it.each(spec.silent)("stays silent: $title", async ({ change }) => {
        expect(await run(policy, changed(change))).toEqual([]);
      });
    }

    if (spec.config) {
      it.each(spec.config)("configuration: $title", async ({ change, config, violations }) => {
        expect(violationsOf(await run(policy, changed(change), config))).toHaveLength(violations);
      });
    }

    it(`unknown during preview: ${spec.unknown.title}`, async () => {
      const resources = changed(spec.unknown.change);
      const found = await run(policy, resources);
      const unknownUrn = urnOf(kindOf(resources, spec.unknown.unknownOn), spec.unknown.unknownOn);
      const notes = found.filter((d) => d.message.includes(notVerifiable));
      expect(notes).toHaveLength(1);
      expect(notes[0]?.enforcementLevel).toBe("advisory");
      expect(notes[0]?.message).toContain(`"${spec.unknown.unknownOn}"`);
      const violations = violationsOf(found);
      expect(violations.filter((d) => d.urn === unknownUrn)).toEqual([]);
      expect(violations.map((d) => d.urn)).toContain(urnOf(kindOf(resources, spec.unknown.violationOn), spec.unknown.violationOn));
    });

    it(`malformed props: ${spec.malformed.title}`, async () => {
      const resources = changed(spec.malformed.change);
      const found = await run(policy, resources);
      const urn = urnOf(kindOf(resources, spec.malformed.on), spec.malformed.on);
      expect(found.filter((d) => d.urn === urn && d.message.includes("malformed"))).toHaveLength(1);
    });
  });
}
