import type { ConfigurablePolicy } from "../../../policies/framework/config-validation";
import { waiverRulesOf } from "../../../policies/framework/exceptions";
import { declareSecretPaths, secretPathsOf, secretValuesOf } from "../../../policies/framework/secrets";
import { NotVerifiableError, unknownPath } from "../../../policies/framework/not-verifiable";
import { configurationReceiver, packConfiguration, policyConfig } from "../../../policies/framework/pack-config";
import { describeSource } from "../../../policies/framework/requirements";
import { UnknownValueError, unknownStringValue } from "../../../policies/framework/sdk-internals";
import { unknownAware } from "../../../policies/framework/unknown-aware";
import { justificationProblem, ownerProblem, showText } from "../../../policies/framework/waiver-quality";

// The framework's small helpers, pinned where the rules' own specs pass through them without telling
// one wording or one branch from another.

describe("a not-verifiable note", () => {
  it("reads as one sentence for one value and for several", () => {
    const one = new NotVerifiableError([{ subject: 'Mediation Server "med-1"', path: "external.ip" }], "OCS-GW-4");
    expect(one.message).toBe(
      'not verifiable until update: Mediation Server "med-1" external.ip is unknown during preview (OCS-GW-4); the rule is enforced once the values are known.',
    );
    expect(one.name).toBe("NotVerifiableError");
    expect(one.props).toEqual([]);
    expect(one).toBeInstanceOf(UnknownValueError);

    const two = new NotVerifiableError(
      [
        { subject: "a", path: "x" },
        { subject: "b", path: "y.z" },
      ],
      "OCS-UM-5",
    );
    expect(two.message).toContain("a x; b y.z are unknown during preview (OCS-UM-5)");
  });

  it("names the path of an unknown value, or the whole model when the path is empty", () => {
    expect(unknownPath(new UnknownValueError(unknownStringValue, ["external", "ip"]))).toBe("external.ip");
    expect(unknownPath(new UnknownValueError(unknownStringValue, []))).toBe("(the whole model)");
  });
});

describe("the pack configuration store", () => {
  const policy = (name: string, problems: (raw: Record<string, unknown>) => string[]): ConfigurablePolicy => ({
    info: { name },
    configProblems: problems,
  });

  it("refuses a configuration with every problem in one message, and keeps the one in force", () => {
    const policies = [policy("p", (raw) => (raw.bad === undefined ? [] : ["First problem.", "Second problem."]))];
    const receive = configurationReceiver(() => policies);
    const good = { p: { enforcementLevel: "advisory", properties: { port: 5062 } } };
    expect(receive(good)).toBeUndefined();
    expect(packConfiguration()).toBe(good);
    expect(policyConfig("p")).toEqual({ port: 5062 });
    expect(policyConfig("other")).toEqual({});

    expect(receive({ p: { enforcementLevel: "advisory", properties: { bad: 1 } } })).toBe("First problem. Second problem.");
    expect(packConfiguration()).toBe(good);
    expect(receive({})).toBeUndefined();
  });
});

describe("the waiver rules of a configuration", () => {
  it("reads the defaults, and refuses to judge any waiver when the configuration is invalid", () => {
    expect(waiverRulesOf({})).toEqual({ exceptions: [], requireConfiguredExceptions: false, maximumHorizonDays: 365 });
    expect(() => waiverRulesOf({ maximumHorizonDays: -1 })).toThrow(
      "The configuration of waiver-require-justification-owner-expiry is invalid, so no waiver can be judged.",
    );
  });
});

describe("secrets declared by a caller", () => {
  it("hold no secret when no path is named, and only the named values otherwise", () => {
    const plain = declareSecretPaths({ ip: "10.0.0.1" });
    expect(secretPathsOf(plain)).toEqual([]);
    expect(secretValuesOf(plain)).toEqual([]);
    const marked = declareSecretPaths({ ip: "10.0.0.1", port: 5061 }, [["ip"]]);
    expect(secretValuesOf(marked)).toEqual(["10.0.0.1"]);
    expect(secretPathsOf("10.0.0.1")).toBeUndefined();
    expect(secretPathsOf(null)).toBeUndefined();
  });
});

describe("where a rule comes from", () => {
  it("names the seed document or Microsoft's deployment documentation", () => {
    expect(describeSource({ document: "001", section: "Media Gateways", text: "t" })).toBe("seed 001, Media Gateways");
    expect(describeSource({ document: "deployment-docs", section: "Mediation Server", text: "t" })).toBe(
      "Microsoft deployment documentation, Mediation Server",
    );
  });
});

describe("a model view that throws on unknown values", () => {
  const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
  const isUnknown = (v: unknown) => v === UNKNOWN;

  it("returns symbol-keyed properties untouched and unjudged", () => {
    const symbol = Symbol("s");
    const inner = { a: 1 };
    const view = unknownAware({ [symbol]: inner, [Symbol.for("u")]: UNKNOWN }, "m", isUnknown) as Record<symbol, unknown>;
    expect(view[symbol]).toBe(inner);
    expect(view[Symbol.for("u")]).toBe(UNKNOWN);
  });

  it("returns null and other values that are not objects as they are", () => {
    const view = unknownAware({ gateway: null, port: 5061 }, "m", isUnknown) as { gateway: unknown; port: unknown };
    expect(view.gateway).toBeNull();
    expect(view.port).toBe(5061);
    expect(unknownAware(null, "m", isUnknown)).toBeNull();
  });

  it("returns a frozen property as is, and guards every other nested object", () => {
    const inner = { ip: UNKNOWN };
    const frozen = unknownAware(Object.freeze({ inner }), "m", isUnknown) as { inner: typeof inner };
    expect(frozen.inner).toBe(inner);

    const readOnly = Object.defineProperty({}, "inner", { value: inner, configurable: true, writable: false, enumerable: true });
    const fixed = Object.defineProperty({}, "inner", { value: inner, configurable: false, writable: true, enumerable: true });
    const inherited = Object.create({ inner }) as object;
    for (const target of [readOnly, fixed, inherited]) {
      const view = unknownAware(target, "m", isUnknown) as { inner: typeof inner; missing?: unknown };
      expect(view.inner).not.toBe(inner);
      expect(() => view.inner.ip).toThrow(UnknownValueError);
      expect(view.missing).toBeUndefined();
    }
  });
});

describe("what a waiver's words must say", () => {
  it("spells out invisible characters with four hex digits", () => {
    expect(showText("a\u200Bb")).toBe('"a\\u200Bb"');
    expect(showText("a\u0007b")).toBe('"a\\u0007b"');
  });

  it("cuts text longer than 60 characters, and only that", () => {
    const sixty = "x".repeat(60);
    expect(showText(sixty)).toBe(`"${sixty}"`);
    expect(showText(`${sixty}y`)).toBe(`"${"x".repeat(57)}..."`);
  });

  it("takes a value that is not text as no justification and no owner", () => {
    expect(justificationProblem(42)).toBe("it has no justification");
    expect(justificationProblem(undefined)).toBe("it has no justification");
    expect(ownerProblem(42)).toBe("it has no owner");
    expect(ownerProblem(null)).toBe("it has no owner");
  });
});
