import { readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import * as pulumi from "@pulumi/pulumi";
import {
  CONSTRUCTION_SITE_KEY,
  isLibraryFile,
  parseStackLine,
  readConstructionSite,
  siteFromStack,
  withoutConstructionSite,
} from "../../components/construction-site";
import { recordRegistrations, registered } from "./mocks";

const REPO = join(__dirname, "../..");

describe("parseStackLine", () => {
  it.each([
    ["    at new Topology (/srv/app/index.ts:12:5)", { file: "/srv/app/index.ts", line: 12, column: 5 }],
    ["    at /srv/app/index.ts:3:18", { file: "/srv/app/index.ts", line: 3, column: 18 }],
    ["    at Object.<anonymous> (/srv/my app (copy)/index.ts:7:1)", { file: "/srv/my app (copy)/index.ts", line: 7, column: 1 }],
    ["    at async main (file:///srv/app/main.mjs:4:9)", { file: "/srv/app/main.mjs", line: 4, column: 9 }],
  ])("reads %j", (line, frame) => {
    expect(parseStackLine(line)).toEqual(frame);
  });

  it.each([
    "Error",
    "    at Module._compile (node:internal/modules/cjs/loader:1521:14)",
    "    at eval (eval at <anonymous> (/srv/app/index.ts:1:1), <anonymous>:1:1)",
    "    at new Promise (<anonymous>)",
  ])("finds no file in %j", (line) => {
    expect(parseStackLine(line)).toBeUndefined();
  });
});

describe("isLibraryFile", () => {
  it("counts ocs-guard's components, policies and CLI, compiled or as sources, and every dependency", () => {
    for (const file of [
      join(REPO, "components/ocs-component.ts"),
      join(REPO, "dist/components/ocs-component.js"),
      join(REPO, "policies/framework/decode.ts"),
      join(REPO, "index.ts"),
      "/srv/app/node_modules/@pulumi/pulumi/resource.js",
      "/srv/app/node_modules/ocs-guard/dist/components/topology.js",
    ]) {
      expect([file, isLibraryFile(file)]).toEqual([file, true]);
    }
  });

  it("leaves programs alone, the examples of this repository included", () => {
    for (const file of ["/srv/app/index.ts", join(REPO, "examples/reference/build.ts"), join(REPO, "dist/examples/reference/build.js")]) {
      expect([file, isLibraryFile(file)]).toEqual([file, false]);
    }
  });
});

describe("siteFromStack", () => {
  const stack = [
    "Error",
    `    at withConstructionSite (${join(REPO, "components/ocs-component.ts")}:60:16)`,
    `    at new MediationServer (${join(REPO, "components/mediation-server.ts")}:25:5)`,
    "    at new Wrapper (/srv/app/node_modules/helpers/index.js:3:3)",
    "    at buildSite (/srv/app/src/site.ts:14:7)",
    "    at Object.<anonymous> (/srv/app/index.ts:5:1)",
  ].join("\n");

  it("takes the first frame outside ocs-guard and node_modules, relative to the program's folder", () => {
    expect(siteFromStack(stack, "/srv/app")).toEqual({ file: "src/site.ts", line: 14, column: 7 });
  });

  it("writes a file outside the program's folder as a relative path too", () => {
    expect(siteFromStack(stack, "/srv/app/infra")).toEqual({ file: "../src/site.ts", line: 14, column: 7 });
  });

  it("has no site when every frame is library code", () => {
    expect(siteFromStack(stack.split("\n").slice(0, 4).join("\n"), "/srv/app")).toBeUndefined();
  });
});

describe("the recorded site", () => {
  const site = { file: "index.ts", line: 8, column: 1 };

  it("is dropped from props, which are otherwise kept as they are", () => {
    const model = { level: "optional", appliesTo: "global" };
    expect(withoutConstructionSite({ ...model, [CONSTRUCTION_SITE_KEY]: site })).toEqual(model);
    expect(withoutConstructionSite(model)).toBe(model);
    expect(withoutConstructionSite(undefined)).toBeUndefined();
  });

  it("reads back only when it is whole", () => {
    expect(readConstructionSite({ [CONSTRUCTION_SITE_KEY]: site })).toEqual(site);
    for (const broken of [{ ...site, line: 0 }, { ...site, file: "" }, { ...site, column: "1" }, "index.ts:8:1", null]) {
      expect(readConstructionSite({ [CONSTRUCTION_SITE_KEY]: broken })).toBeUndefined();
    }
    expect(readConstructionSite({})).toBeUndefined();
  });
});

describe("a component constructed by a program", () => {
  let components: typeof import("../../components");
  beforeAll(async () => {
    recordRegistrations();
    components = await import("../../components");
  });

  it("registers, with its outputs, the line of this file that constructed it", async () => {
    const registerOutputs = jest.spyOn(pulumi.ComponentResource.prototype as unknown as { registerOutputs(o: unknown): void }, "registerOutputs");
    const args = { organization: "Contoso", sipDomains: ["contoso.com"], sites: ["dublin"] };
    const topology = new components.Topology("site-probe", args); // construction-site-probe
    await registered([topology]);
    const source = readFileSync(__filename, "utf8").split("\n");
    const line = source.findIndex((l) => l.includes("// construction-site-probe") && !l.includes("findIndex"));
    const outputs = registerOutputs.mock.calls.map(([o]) => o as Record<string, unknown>).find((o) => o.organization === "Contoso");
    expect(outputs).toEqual({
      ...args,
      [CONSTRUCTION_SITE_KEY]: {
        file: relative(process.cwd(), __filename).split(sep).join("/"),
        line: line + 1,
        column: (source[line] ?? "").indexOf("new components.Topology") + 1,
      },
    });
    registerOutputs.mockRestore();
  });
});
