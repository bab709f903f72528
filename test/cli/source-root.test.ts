import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectFolderArg } from "../../cli/preview-command";
import { projectFile, repositoryPath, sourceRoots } from "../../cli/source-root";

describe("sourceRoots", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "ocs-guard-roots-"));
    mkdirSync(join(root, "infra/ocs/src"), { recursive: true });
    writeFileSync(join(root, "infra/ocs/Pulumi.yaml"), "name: ocs\nruntime: nodejs\n");
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("finds the project folder above the start, as pulumi does, and the repository folder holding .git", () => {
    mkdirSync(join(root, ".git"));
    expect(sourceRoots(join(root, "infra/ocs/src"))).toEqual({ repository: root, project: join(root, "infra/ocs") });
  });

  it("takes a .git file (a worktree or a submodule) as the repository root too", () => {
    writeFileSync(join(root, "infra/.git"), "gitdir: ../.git/worktrees/infra\n");
    expect(sourceRoots(join(root, "infra/ocs"))).toEqual({ repository: join(root, "infra"), project: join(root, "infra/ocs") });
  });

  it("falls back to the project folder when no repository holds it", () => {
    const roots = sourceRoots(join(root, "infra/ocs"));
    // The temporary folder may itself lie in a repository; only a root at or above the project is acceptable.
    expect(roots.project).toBe(join(root, "infra/ocs"));
    expect(join(roots.project, "x").startsWith(join(roots.repository, "/"))).toBe(true);
    if (roots.repository !== roots.project) expect(root.startsWith(roots.repository)).toBe(true);
  });

  it("names Pulumi.yml when that is the project's file", () => {
    rmSync(join(root, "infra/ocs/Pulumi.yaml"));
    writeFileSync(join(root, "infra/ocs/Pulumi.yml"), "name: ocs\nruntime: nodejs\n");
    mkdirSync(join(root, ".git"));
    const roots = sourceRoots(join(root, "infra/ocs"));
    expect(projectFile(roots)).toBe("infra/ocs/Pulumi.yml");
  });
});

describe("repositoryPath", () => {
  const roots = { repository: "/src/contoso", project: "/src/contoso/infra" };

  it.each([
    ["index.ts", "infra/index.ts"],
    ["src/../lib/site.ts", "infra/lib/site.ts"],
    ["../shared/site.ts", "shared/site.ts"],
    ["src\\site.ts", "infra/src/site.ts"],
  ])("writes %j as %j", (file, path) => expect(repositoryPath(roots, file)).toBe(path));

  it.each(["../../elsewhere/site.ts", "/abs/site.ts", "C:\\\\site.ts"])("has no path for %j, which is outside the repository", (file) => {
    expect(repositoryPath(roots, file)).toBeUndefined();
  });

  it("writes the file as it is when no roots are given", () => {
    expect(repositoryPath(undefined, "index.ts")).toBe("index.ts");
    expect(projectFile(undefined)).toBe("Pulumi.yaml");
  });
});

describe("projectFolderArg", () => {
  it.each<[string[], string | undefined]>([
    [["--stack", "dev"], undefined],
    [["-C", "infra"], "infra"],
    [["--cwd", "infra", "--stack", "dev"], "infra"],
    [["--cwd=infra/ocs"], "infra/ocs"],
  ])("reads the folder pulumi runs in from %j", (args, folder) => expect(projectFolderArg(args)).toBe(folder));
});
