import { asksForHelp, commandHelp, parseCommandArgs } from "../../cli/command";
import { docsSpec } from "../../cli/docs-command";
import { policiesSpec } from "../../cli/policies-command";
import { previewSpec } from "../../cli/preview-command";
import { reportSpec } from "../../cli/report-command";

describe("asksForHelp", () => {
  it.each<[string[], boolean]>([
    [["--help"], true],
    [["-h"], true],
    [["--out", "x", "--help"], true],
    [["--out", "x"], false],
    // After `--` the arguments belong to pulumi preview.
    [["--", "--help"], false],
    [["--out", "x", "--", "-h"], false],
  ])("%j: %s", (args, expected) => expect(asksForHelp(args)).toBe(expected));
});

describe("command specs", () => {
  it.each([policiesSpec, docsSpec, reportSpec, previewSpec])("$name: its help names every option it parses", (spec) => {
    const help = commandHelp(spec);
    for (const name of Object.keys(spec.options)) expect(help).toContain(`  --${name}`);
    expect(help.startsWith(`Usage: ${spec.usage}\n`)).toBe(true);
  });

  it("passes the arguments after -- through for preview only", () => {
    expect(parseCommandArgs(previewSpec, ["--out", "r", "--", "--stack", "dev"])).toEqual({ values: { out: "r", "fail-on": "mandatory" }, positionals: ["--stack", "dev"] });
    expect(() => parseCommandArgs(reportSpec, ["--", "x"])).toThrow(expect.objectContaining({ code: "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL" }) as Error);
  });
});
