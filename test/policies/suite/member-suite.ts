/**
 * The skeleton of a spec that judges one member at a time against the one-of-each-kind fixture
 * (the certificate, encryption, role, edge and placement policies), so each spec only lists its
 * table: metadata; silent on the compliant fixture; each smallest breaking change gives exactly
 * one violation naming the resource, the value found and the value required; configuration
 * changes the verdict; an unknown value is "not verifiable until update", never a violation;
 * malformed props are a "malformed" violation, never a throw.
 */
import { catalog, type Kind } from "../../../components/model/catalog";
import type { OcsPolicy } from "../../../policies/framework/define";
import { changed, diagnosticsOf, resourceOf } from "../../fixtures/one-of-each-kind";
import { UNKNOWN } from "../../harness/engine";
import { itDeclaresMetadata } from "./declares-metadata";

type Props = Record<string, unknown>;

export interface BreakingCase {
  /** Reads as behaviour: "fires when the certificate expired". */
  name: string;
  kind: Kind;
  change(props: Props): void;
  /** Fragments the one message must contain besides the subject: the value found and the value required. */
  says: string[];
}

export interface ConfigCase {
  name: string;
  kind: Kind;
  change?(props: Props): void;
  config: Record<string, unknown>;
  /** Violations with the default configuration, then with `config`. */
  violations: [number, number];
}

export interface PolicySpec {
  policy: OcsPolicy;
  name: string;
  requirements: string[];
  level: "mandatory" | "advisory";
  /** Kinds whose compliant member must pass. */
  kinds: Kind[];
  breaking: BreakingCase[];
  config: ConfigCase[];
  /** Sets one field the rule reads to UNKNOWN. */
  unknown: { kind: Kind; change(props: Props, unknown: string): void };
  malformed: { kind: Kind; change(props: Props): void };
}

export function memberPolicySuite(spec: PolicySpec): void {
  const { policy } = spec;
  describe(spec.name, () => {
    itDeclaresMetadata(policy, spec);

    it.each(spec.kinds)("stays silent on the compliant %s", async (kind) => {
      expect(await diagnosticsOf(policy, resourceOf(kind))).toEqual([]);
    });

    it.each(spec.breaking)("fires when $name", async (c) => {
      const resource = changed(c.kind, c.change);
      const diagnostics = await diagnosticsOf(policy, resource);
      expect(diagnostics).toHaveLength(1);
      const [d] = diagnostics;
      expect(d.enforcementLevel).toBe(spec.level);
      // The engine prefixes the policy description on its own line; the rule's sentence follows.
      const message = d.message.split("\n").pop() ?? "";
      expect(message.startsWith(`${catalog[c.kind].label} "${resource.name}" `)).toBe(true);
      for (const fragment of c.says) expect(d.message).toContain(fragment);
      expect(d.message).toMatch(new RegExp(`\\(${spec.requirements.join(", ")}\\)\\.$`));
      expect(d.message).not.toMatch(/[0-9a-f]{40}/i);
    });

    if (spec.config.length === 0) {
      it("has no configurable value", () => {
        expect(policy.configSchema).toBeUndefined();
      });
    } else {
      it.each(spec.config)("lets configuration change the verdict: $name", async (c) => {
        const resource = c.change ? changed(c.kind, c.change) : resourceOf(c.kind);
        expect(await diagnosticsOf(policy, resource)).toHaveLength(c.violations[0]);
        expect(await diagnosticsOf(policy, resource, c.config)).toHaveLength(c.violations[1]);
        for (const key of Object.keys(c.config)) expect(policy.configSchema?.properties).toHaveProperty(key);
      });
    }

    it("reports a value unknown during preview as not verifiable, not as a violation", async () => {
      const resource = changed(spec.unknown.kind, (props) => spec.unknown.change(props, UNKNOWN));
      const diagnostics = await diagnosticsOf(policy, resource);
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0].enforcementLevel).toBe("advisory");
      expect(diagnostics[0].message).toContain("not verifiable until update");
      expect(diagnostics.filter((d) => d.enforcementLevel === "mandatory")).toEqual([]);
    });

    it("reports malformed props as a violation instead of throwing", async () => {
      const resource = changed(spec.malformed.kind, spec.malformed.change);
      const diagnostics = await diagnosticsOf(policy, resource);
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0].message).toContain("malformed");
      expect(diagnostics[0].message).toContain(`"${resource.name}"`);
    });
  });
}
