import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO } from "../e2e/pulumi";
import { npmPack } from "./packed-files";

interface Manifest {
  license: string;
  main: string;
  types: string;
  bin: Record<string, string>;
  exports: Record<string, string | Record<string, string>>;
  typesVersions: Record<string, Record<string, string[]>>;
  peerDependencies: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}

const manifest = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as Manifest;

/** What a user of the package needs, and nothing else. */
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^CHANGELOG\.md$/,
  /^PulumiPolicy\.yaml$/,
  /^ocs-topology\.schema\.json$/,
  /^docs\/[a-z0-9-]+\.md$/,
  /^dist\/index\.(js|d\.ts)$/,
  /^dist\/(components|policies|cli)\/[a-z0-9/-]+\.(js|d\.ts)$/,
  // How the pack describes its policies to the engine before it loads them (written by `npm run build`).
  /^dist\/policies\/pack-info\.json$/,
];
const NEVER = [/(^|\/)test\//, /(^|\/)bench\//, /(^|\/)tools\//, /(^|\/)examples\//, /\.map$/, /(^|\/)\.github\//, /\.go$/, /tsconfig/];

describe("the npm tarball", () => {
  const files = npmPack().files;

  it("holds the built package: run `npm run build` first if this fails", () => {
    expect(files).toContain("dist/policies/pack.js");
    expect(files).toContain("dist/policies/pack-info.json");
  });

  it("holds only what a user needs", () => {
    expect(files.filter((f) => !ALLOWED.some((pattern) => pattern.test(f)))).toEqual([]);
    expect(files.filter((f) => NEVER.some((pattern) => pattern.test(f)))).toEqual([]);
  });

  it("holds the pack's definition, the license, the changelog and the documentation", () => {
    for (const file of ["PulumiPolicy.yaml", "ocs-topology.schema.json", "LICENSE", "CHANGELOG.md", "README.md", "docs/policies.md", "docs/org-enforcement.md"]) {
      expect(files).toContain(file);
    }
  });

  it("holds every file that main, types, bin, exports and typesVersions name", () => {
    const targets = [
      manifest.main,
      manifest.types,
      ...Object.values(manifest.bin),
      ...Object.values(manifest.exports).flatMap((e) => (typeof e === "string" ? [e] : Object.values(e))),
      ...Object.values(manifest.typesVersions).flatMap((paths) => Object.values(paths).flat()),
    ].map((path) => path.replace(/^\.\//, ""));
    expect(targets.filter((path) => !files.includes(path))).toEqual([]);
  });

  it("holds no build output left over from a source file that no longer exists", () => {
    const stale = files
      .filter((f) => f.startsWith("dist/") && f !== "dist/policies/pack-info.json")
      .map((f) => f.replace(/^dist\//, "").replace(/(\.d\.ts|\.js)$/, ".ts"))
      .filter((source) => !existsSync(join(REPO, source)));
    expect(stale).toEqual([]);
  });
});

describe("the package manifest", () => {
  it("is Apache-2.0 licensed, with the license's full text", () => {
    expect(manifest.license).toBe("Apache-2.0");
    const text = readFileSync(join(REPO, "LICENSE"), "utf8");
    expect(text).toContain("Apache License\n                           Version 2.0, January 2004");
    expect(text).toContain("TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION");
    expect(text).toContain("END OF TERMS AND CONDITIONS");
  });

  it("lets the consumer's program and the pack share one @pulumi/pulumi and one @pulumi/policy", () => {
    for (const sdk of ["@pulumi/pulumi", "@pulumi/policy"]) {
      expect(manifest.dependencies[sdk]).toBeUndefined();
      expect(manifest.peerDependencies[sdk]).toBeDefined();
      // Our own build and tests run on the exact version the peer range starts from.
      expect(manifest.devDependencies[sdk]).toMatch(/^\d+\.\d+\.\d+$/);
      expect(manifest.peerDependencies[sdk]).toMatch(new RegExp(`^[~^]${manifest.devDependencies[sdk]?.replace(/\./g, "\\.")}$`));
    }
  });
});
