import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "../..");
const main = join(root, "dist/cli/main.js");

/**
 * What keeps `ocs-guard check` fast from a cold start (the figure `npm run bench` prints): the
 * built CLI judges a document without loading the Pulumi SDK's root, gRPC or @pulumi/policy, which
 * alone take longer to load than the whole check.
 */
describe("the built ocs-guard check", () => {
  beforeAll(() => {
    // `npm test` builds first.
    if (!existsSync(main)) throw new Error("dist/cli/main.js is missing: run `npm run build` first");
  });

  it("judges the reference document without loading @pulumi/pulumi's root, gRPC or @pulumi/policy (but its proxy.js)", () => {
    const script = `
      process.stderr.write = () => true;
      require(${JSON.stringify(main)}).main(["check", ${JSON.stringify(join(root, "examples/reference/topology.yaml"))}]).then((code) => {
        process.stdout.write(JSON.stringify({ code, modules: Object.keys(require.cache) }));
      });`;
    const { code, modules } = JSON.parse(execFileSync(process.execPath, ["-e", script], { cwd: root, encoding: "utf8", timeout: 60_000 })) as {
      code: number;
      modules: string[];
    };
    expect(code).toBe(0);
    expect(modules).toContain(join(root, "dist/policies/all.js"));
    // @pulumi/policy's proxy.js stands alone: the rules use it to read the SDK's proxied props.
    const heavy = modules.filter(
      (m) => /[\\/]node_modules[\\/](@pulumi[\\/]pulumi[\\/]index\.js|@grpc[\\/]|@pulumi[\\/]policy[\\/])/.test(m) && !m.endsWith("proxy.js"),
    );
    expect(heavy).toEqual([]);
  });
});
