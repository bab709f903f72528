import { z } from "zod";
import { configurationProblems, describeConfigProblems, nearest } from "../../../policies/framework/config-validation";

// The sentences a wrong configuration gets, and how close a misspelling must be to be named.

describe("nearest", () => {
  it("counts insertions, deletions and substitutions alike, ignoring case", () => {
    expect(nearest("PORT", ["port"])).toBe("port");
    expect(nearest("prt", ["port"])).toBe("port");
    expect(nearest("poort", ["port"])).toBe("port");
    expect(nearest("pxrt", ["port"])).toBe("port");
    expect(nearest("tropo", ["port"])).toBeUndefined();
  });

  it("takes the closest of several, the first of equals", () => {
    expect(nearest("mode", ["node", "mod", "model"])).toBe("node");
    expect(nearest("modex", ["model", "modem"])).toBe("model");
    expect(nearest("abcd", ["abxy", "abcx"])).toBe("abcx");
  });

  it("allows two edits, or one in three letters of a longer word", () => {
    expect(nearest("ab", ["xyab"])).toBe("xyab");
    expect(nearest("a", ["xyz"])).toBeUndefined();
    expect(nearest("exceptionsXX", ["exceptions"])).toBe("exceptions");
    // exceptions, 10 letters: three edits allowed; maximumHorizonDays, 18 letters: six, not seven.
    expect(nearest("exceptionsXYZ", ["exceptions"])).toBe("exceptions");
    expect(nearest("exceptionsWXYZ", ["exceptions"])).toBeUndefined();
    expect(nearest("maximumHorizonDays".slice(0, 14), ["maximumHorizonDays"])).toBe("maximumHorizonDays");
    expect(nearest("maximumHorizonDays".slice(0, 12), ["maximumHorizonDays"])).toBe("maximumHorizonDays");
    expect(nearest("maximumHorizonDays".slice(0, 11), ["maximumHorizonDays"])).toBeUndefined();
    expect(nearest("word", [])).toBeUndefined();
  });
});

describe("describeConfigProblems", () => {
  const schema = z.object({ port: z.number().int(), transport: z.enum(["tls", "mtls"]).optional() });
  const keys = ["port", "transport"];

  it("names each unknown key with the key meant, or lists the keys there are", () => {
    expect(describeConfigProblems("p", schema, keys, { prot: 1, zzzzzz: 2, port: 5061 })).toEqual([
      'Policy p has no configuration key "prot"; did you mean "port"?',
      'Policy p has no configuration key "zzzzzz"; its keys are "port", "transport" (and "enforcementLevel").',
    ]);
  });

  it("says a policy without configuration takes only its level", () => {
    expect(describeConfigProblems("p", undefined, [], { zzzzzz: 1 })).toEqual(['Policy p has no configuration key "zzzzzz"; it takes only "enforcementLevel".']);
    expect(describeConfigProblems("p", undefined, [], {})).toEqual([]);
  });

  it("checks the values only once every key is known, one sentence per problem", () => {
    expect(describeConfigProblems("p", schema, keys, { port: 5061 })).toEqual([]);
    const problems = describeConfigProblems("p", schema, keys, { port: "x", transport: "udp" });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toBe('Policy p configuration: field port is "x"; it must be a number.');
    expect(problems[1]).toMatch(/^Policy p configuration: field transport is "udp"; /);
    // An unknown key first: what the other values mean may hang on it.
    expect(describeConfigProblems("p", schema, keys, { prot: 1, port: "x" })).toEqual(['Policy p has no configuration key "prot"; did you mean "port"?']);
  });
});

describe("configurationProblems", () => {
  const policy = (name: string, problems: string[] = []) => ({ info: { name }, configProblems: () => problems });

  it("skips the engine's entry for every policy, and accepts the policies of the pack", () => {
    const entry = { enforcementLevel: "advisory", properties: {} };
    expect(configurationProblems({ all: entry, "media-require-srtp": entry }, [policy("media-require-srtp")])).toEqual([]);
  });

  it("names an entry that is no policy, with the policy meant or where to look", () => {
    const entry = { enforcementLevel: "advisory", properties: {} };
    expect(configurationProblems({ "media-require-srpt": entry, zzzzzz: entry }, [policy("media-require-srtp")])).toEqual([
      'The pack configuration names "media-require-srpt", which is no policy of this pack; did you mean "media-require-srtp"?',
      'The pack configuration names "zzzzzz", which is no policy of this pack (`ocs-guard policies` lists them).',
    ]);
  });

  it("gathers every policy's own problems, in the configuration's order", () => {
    const entry = { enforcementLevel: "advisory", properties: {} };
    const policies = [policy("a", ["A is wrong."]), policy("b", ["B is wrong.", "B again."])];
    expect(configurationProblems({ b: entry, a: entry }, policies)).toEqual(["B is wrong.", "B again.", "A is wrong."]);
  });
});
