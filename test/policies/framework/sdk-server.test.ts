/**
 * ocs-guard's analyzer server around a pack of the test's own: how each handler answers what the
 * pack does (refuses, fails, fails to load), the pack's identity, and the server on the network.
 * The contract test (sdk-server.contract.test.ts) shows that the answers match the SDK's.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import type { AnalyzerPolicyInfo } from "../../../policies/framework/define";
import type { PackDiagnostic, PackRun } from "../../../policies/framework/pack-run";
import { PolicyRunError } from "../../../policies/framework/pack-run";
import { type AnalyzerDefinition, analyzerHandlers, type LoadedPack, serveAnalyzer } from "../../../policies/framework/sdk-server";
import { analyzerGrpc, analyzerPb, emptyPb, grpc, pluginPb } from "../../../policies/framework/sdk-wire";
import type { StackResource } from "../../../policies/framework/topology-view";

type Callback = (error: unknown, response?: unknown) => void;
type Handler = (call: { request: never }, callback: Callback) => void;

function send(handler: unknown, request: unknown): Promise<{ error: unknown; response: unknown }> {
  return new Promise((resolve) => (handler as Handler)({ request: request as never }, (error, response) => resolve({ error, response })));
}

const policyInfo = (overrides: Partial<AnalyzerPolicyInfo> = {}): AnalyzerPolicyInfo => ({
  name: "p",
  kind: "resource",
  description: "Described.",
  enforcementLevel: "mandatory",
  severity: "high",
  remediationSteps: "Fix it.",
  url: "https://example.test/p",
  tags: ["OCS-GW-1"],
  framework: { name: "F", version: "1", reference: "R", specification: "S" },
  ...overrides,
});

interface Seen {
  analyzed: StackResource[];
  stacks: StackResource[][];
  configured: unknown[];
  secrets: [object, unknown][];
}

/** A loaded pack that records what it is handed and answers with the diagnostics given. */
function fakePack(options: { diagnostics?: PackDiagnostic[]; configure?: (config: unknown) => string | undefined; remediating?: string[] } = {}) {
  const seen: Seen = { analyzed: [], stacks: [], configured: [], secrets: [] };
  const run = {
    analyze: (resource: StackResource) => {
      seen.analyzed.push(resource);
      return options.diagnostics ?? [];
    },
    analyzeStack: (resources: readonly StackResource[]) => {
      seen.stacks.push([...resources]);
      return options.diagnostics ?? [];
    },
  } as unknown as PackRun;
  const pack: LoadedPack = {
    configure: (config) => {
      seen.configured.push(config);
      return options.configure?.(config);
    },
    run: () => run,
    remediating: () => options.remediating ?? [],
    declareSecrets: (props, paths) => void seen.secrets.push([props, paths]),
  };
  return { pack, seen };
}

function handlersFor(pack: LoadedPack, definition: Partial<AnalyzerDefinition> = {}) {
  let loads = 0;
  const handlers = analyzerHandlers({
    name: "pack",
    version: "2.0.0",
    describe: () => [policyInfo()],
    load: () => {
      loads++;
      return pack;
    },
    ...definition,
  });
  return { handlers, loads: () => loads };
}

function analyzeBytes(name: string, props: Record<string, unknown>): Uint8Array {
  const request = new analyzerPb.AnalyzeRequest();
  request.setType("ocs:voice:MediationServer");
  request.setName(name);
  request.setUrn(`urn:${name}`);
  request.setProperties(Struct.fromJavaScript(props as never));
  return request.serializeBinary();
}

function stackBytes(resources: { name: string; props: Record<string, unknown>; parent?: string }[]): Uint8Array {
  const request = new analyzerPb.AnalyzeStackRequest();
  request.setResourcesList(
    resources.map((r) => {
      const resource = new analyzerPb.AnalyzerResource();
      resource.setType("ocs:voice:MediationServer");
      resource.setName(r.name);
      resource.setUrn(`urn:${r.name}`);
      resource.setProperties(Struct.fromJavaScript(r.props as never));
      if (r.parent) resource.setParent(r.parent);
      return resource;
    }),
  );
  return request.serializeBinary();
}

const diagnostic = (overrides: Partial<PackDiagnostic> = {}): PackDiagnostic => ({
  policyName: "p",
  description: "Described.",
  message: "Described.\nfound",
  enforcementLevel: "mandatory",
  severity: "high",
  ...overrides,
});

describe("the pack's identity", () => {
  it("is the name and version given", async () => {
    const { handlers } = handlersFor(fakePack().pack);
    const { response } = await send(handlers.getAnalyzerInfo, undefined);
    const info = response as InstanceType<typeof analyzerPb.AnalyzerInfo>;
    expect([info.getName(), info.getVersion(), info.getSupportsconfig()]).toEqual(["pack", "2.0.0", true]);
  });

  describe("without a version given", () => {
    const cwd = process.cwd();
    let folder = "";
    beforeEach(() => {
      folder = mkdtempSync(join(tmpdir(), "ocs-guard-version-"));
      process.chdir(folder);
    });
    afterEach(() => {
      process.chdir(cwd);
      rmSync(folder, { recursive: true, force: true });
    });

    it("is the version of the working folder's package.json", async () => {
      writeFileSync(join(folder, "package.json"), JSON.stringify({ name: "x", version: "7.1.2" }));
      const { handlers } = handlersFor(fakePack().pack, { version: undefined });
      const first = (await send(handlers.getAnalyzerInfo, undefined)).response as InstanceType<typeof analyzerPb.AnalyzerInfo>;
      expect(first.getVersion()).toBe("7.1.2");
    });

    it("fails every request with the SDK's sentence when that package.json has none", async () => {
      writeFileSync(join(folder, "package.json"), JSON.stringify({ name: "x" }));
      const { handlers } = handlersFor(fakePack().pack, { version: undefined });
      const { error } = await send(handlers.getAnalyzerInfo, undefined);
      expect((error as Error).message).toMatch(/^Error: Version must be defined in the package\.json file\.\n\s+at /);
    });
  });
});

describe("GetAnalyzerInfo and GetPluginInfo", () => {
  it("describe each policy: kind, level, severity, framework, tags, remediation, link and configuration", async () => {
    const withSchema = policyInfo({
      name: "q",
      kind: "stack",
      enforcementLevel: "advisory",
      severity: "low",
      configSchema: { properties: { port: { type: "integer", default: 5061 } }, required: ["port"] },
    });
    const { handlers } = handlersFor(fakePack().pack, { describe: () => [policyInfo(), withSchema] });
    const info = (await send(handlers.getAnalyzerInfo, undefined)).response as InstanceType<typeof analyzerPb.AnalyzerInfo>;
    const [plain, configured] = info.getPoliciesList();
    expect(plain?.getPolicyType()).toBe(analyzerPb.PolicyType.POLICY_TYPE_RESOURCE);
    expect(plain?.getConfigschema()).toBeUndefined();
    expect(plain?.toObject()).toMatchObject({
      name: "p",
      description: "Described.",
      enforcementlevel: analyzerPb.EnforcementLevel.MANDATORY,
      severity: analyzerPb.PolicySeverity.POLICY_SEVERITY_HIGH,
      framework: { name: "F", version: "1", reference: "R", specification: "S" },
      tagsList: ["OCS-GW-1"],
      remediationSteps: "Fix it.",
      url: "https://example.test/p",
    });
    expect(configured?.getPolicyType()).toBe(analyzerPb.PolicyType.POLICY_TYPE_STACK);
    expect(configured?.getEnforcementlevel()).toBe(analyzerPb.EnforcementLevel.ADVISORY);
    expect(configured?.getConfigschema()?.getProperties()?.toJavaScript()).toEqual({ port: { type: "integer", default: 5061 } });
    expect(configured?.getConfigschema()?.getRequiredList()).toEqual(["port"]);

    const noRequired = handlersFor(fakePack().pack, { describe: () => [policyInfo({ configSchema: { properties: {} } })] }).handlers;
    const schema = ((await send(noRequired.getAnalyzerInfo, undefined)).response as InstanceType<typeof analyzerPb.AnalyzerInfo>)
      .getPoliciesList()[0]
      ?.getConfigschema();
    expect(schema?.getRequiredList()).toEqual([]);
  });

  it("answers GetPluginInfo with the SDK's version, without loading the pack", async () => {
    const { handlers, loads } = handlersFor(fakePack().pack);
    const { error, response } = await send(handlers.getPluginInfo, undefined);
    expect(error).toBeNull();
    expect(response).toBeInstanceOf(pluginPb.PluginInfo);
    expect((response as InstanceType<typeof pluginPb.PluginInfo>).getVersion()).toMatch(/^1\.21\./);
    expect(loads()).toBe(0);
  });
});

describe("Configure", () => {
  const request = () => {
    const r = new analyzerPb.ConfigureAnalyzerRequest();
    const entry = new analyzerPb.PolicyConfig();
    entry.setEnforcementlevel(analyzerPb.EnforcementLevel.ADVISORY);
    entry.setProperties(Struct.fromJavaScript({ port: 5061 }));
    r.getPolicyconfigMap().set("p", entry);
    return r;
  };

  it("hands the pack what it read, and answers Empty when the pack accepts it", async () => {
    const { pack, seen } = fakePack();
    const { handlers } = handlersFor(pack);
    const { error, response } = await send(handlers.configure, request());
    expect(error).toBeNull();
    expect(response).toBeInstanceOf(emptyPb.Empty);
    expect(seen.configured).toEqual([{ p: { enforcementLevel: "advisory", properties: { port: 5061 } } }]);
  });

  it("refuses with the pack's sentence, or with why the pack could not take it", async () => {
    const refusing = handlersFor(fakePack({ configure: () => "No." }).pack).handlers;
    expect((await send(refusing.configure, request())).error).toEqual({ code: grpc.status.INVALID_ARGUMENT, details: "No." });

    const throwing = handlersFor(
      fakePack({
        configure: () => {
          throw new Error("broken");
        },
      }).pack,
    ).handlers;
    expect((await send(throwing.configure, request())).error).toEqual({
      code: grpc.status.INVALID_ARGUMENT,
      details: "The policy pack could not read its configuration: broken",
    });

    const throwingText = handlersFor(
      fakePack({
        configure: () => {
          throw "plain";
        },
      }).pack,
    ).handlers;
    expect((await send(throwingText.configure, request())).error).toEqual({
      code: grpc.status.INVALID_ARGUMENT,
      details: "The policy pack could not read its configuration: plain",
    });
  });

  it("refuses a request it cannot read, before loading the pack", async () => {
    const { handlers, loads } = handlersFor(fakePack().pack);
    const unreadable = (thrown: unknown) => ({
      getPolicyconfigMap: () => ({
        forEach: () => {
          throw thrown;
        },
      }),
    });
    expect((await send(handlers.configure, unreadable(new Error("bad bytes")))).error).toEqual({
      code: grpc.status.INVALID_ARGUMENT,
      details: "The policy pack could not read its configuration: bad bytes",
    });
    expect((await send(handlers.configure, unreadable("odd"))).error).toEqual({
      code: grpc.status.INVALID_ARGUMENT,
      details: "The policy pack could not read its configuration: odd",
    });
    expect(loads()).toBe(0);
  });

  it("answers ConfigureStack with an empty response", async () => {
    const { handlers } = handlersFor(fakePack().pack);
    const { error, response } = await send(handlers.configureStack, undefined);
    expect(error).toBeNull();
    expect(response).toBeInstanceOf(analyzerPb.AnalyzerStackConfigureResponse);
  });
});

describe("a pack that fails to load", () => {
  const failingLoad = (thrown: unknown) => {
    let loads = 0;
    const handlers = analyzerHandlers({
      name: "pack",
      version: "2.0.0",
      describe: () => [],
      load: () => {
        loads++;
        throw thrown;
      },
    });
    return { handlers, loads: () => loads };
  };

  it("fails every request with the failure and its stack, and is loaded once", async () => {
    const failure = new Error("cannot load");
    const { handlers, loads } = failingLoad(failure);
    const configured = await send(handlers.configure, new analyzerPb.ConfigureAnalyzerRequest());
    expect(configured.error).toEqual(new Error(failure.stack));
    const analyzed = await send(handlers.analyze, analyzeBytes("m", {}));
    expect(analyzed.error).toEqual(new Error(failure.stack));
    const remediated = await send(handlers.remediate, undefined);
    expect(remediated.error).toEqual(new Error(failure.stack));
    await expect(handlers.load()).rejects.toBe(failure);
    expect(loads()).toBe(1);
  });

  it("words a failure without a stack by its message, and one that is no Error by its text", async () => {
    const bare = new Error("no stack here");
    delete bare.stack;
    expect((await send(failingLoad(bare).handlers.analyzeStack, stackBytes([]))).error).toEqual(new Error("no stack here"));
    expect((await send(failingLoad("text").handlers.analyzeStack, stackBytes([]))).error).toEqual(new Error("text"));
  });
});

describe("Analyze and AnalyzeStack", () => {
  it("load the pack once however many requests come", async () => {
    const { handlers, loads } = handlersFor(fakePack().pack);
    await Promise.all([send(handlers.analyze, analyzeBytes("a", {})), send(handlers.analyzeStack, stackBytes([])), handlers.load()]);
    expect(loads()).toBe(1);
  });

  it("hand the pack the resource read from the bytes, its secrets declared", async () => {
    const { pack, seen } = fakePack();
    const { handlers } = handlersFor(pack);
    const secret = { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", value: "10.0.0.1" };
    await send(handlers.analyze, analyzeBytes("a", { ip: secret, port: 5061 }));
    expect(seen.analyzed).toEqual([{ type: "ocs:voice:MediationServer", name: "a", urn: "urn:a", props: { ip: "10.0.0.1", port: 5061 } }]);
    expect(seen.secrets).toEqual([[{ ip: "10.0.0.1", port: 5061 }, [["ip"]]]]);
    expect(seen.secrets[0]?.[0]).toBe(seen.analyzed[0]?.props);
  });

  it("answer with each diagnostic, the pack's name and version on it, and a URN only where there is one", async () => {
    const { handlers } = handlersFor(fakePack({ diagnostics: [diagnostic({ urn: "urn:a" }), diagnostic({ enforcementLevel: "advisory", severity: "low" })] }).pack);
    const { error, response } = await send(handlers.analyze, analyzeBytes("a", {}));
    expect(error).toBeNull();
    expect((response as InstanceType<typeof analyzerPb.AnalyzeResponse>).toObject().diagnosticsList).toEqual([
      expect.objectContaining({
        policyname: "p",
        policypackname: "pack",
        policypackversion: "2.0.0",
        description: "Described.",
        message: "Described.\nfound",
        enforcementlevel: analyzerPb.EnforcementLevel.MANDATORY,
        urn: "urn:a",
        severity: analyzerPb.PolicySeverity.POLICY_SEVERITY_HIGH,
      }),
      expect.objectContaining({ urn: "", enforcementlevel: analyzerPb.EnforcementLevel.ADVISORY, severity: analyzerPb.PolicySeverity.POLICY_SEVERITY_LOW }),
    ]);
  });

  it("link each resource of a stack to its parent when the parent is among them", async () => {
    const { pack, seen } = fakePack();
    const { handlers } = handlersFor(pack);
    await send(
      handlers.analyzeStack,
      stackBytes([
        { name: "top", props: {} },
        { name: "child", props: {}, parent: "urn:top" },
        { name: "stray", props: {}, parent: "urn:elsewhere" },
      ]),
    );
    const [top, child, stray] = seen.stacks[0] ?? [];
    expect(child?.parent).toBe(top);
    expect(top).not.toHaveProperty("parent");
    expect(stray).not.toHaveProperty("parent");
  });

  it("fail a request whose rule failed with the run's own message, without a second stack", async () => {
    const run = {
      analyze: () => {
        throw new PolicyRunError("Error validating resource with policy 'p':\nError: boom\n    at rule");
      },
      analyzeStack: () => {
        throw new Error("plain failure");
      },
    } as unknown as PackRun;
    const { pack } = fakePack();
    const { handlers } = handlersFor({ ...pack, run: () => run });
    expect((await send(handlers.analyze, analyzeBytes("a", {}))).error).toEqual(new Error("Error validating resource with policy 'p':\nError: boom\n    at rule"));
    const other = (await send(handlers.analyzeStack, stackBytes([]))).error as Error;
    expect(other.message).toMatch(/^Error: plain failure\n\s+at /);
  });
});

describe("Remediate", () => {
  it("says that each policy configured to remediate does not implement it", async () => {
    const { handlers } = handlersFor(fakePack({ remediating: ["a", "b"] }).pack);
    const response = (await send(handlers.remediate, undefined)).response as InstanceType<typeof analyzerPb.RemediateResponse>;
    expect(response.toObject()).toEqual({
      remediationsList: [],
      notApplicableList: [
        { policyName: "a", reason: "Policy does not implement remediateResource" },
        { policyName: "b", reason: "Policy does not implement remediateResource" },
      ],
    });
  });

  it("answers with nothing to remediate when no policy is configured to", async () => {
    const { handlers } = handlersFor(fakePack().pack);
    const response = (await send(handlers.remediate, undefined)).response as InstanceType<typeof analyzerPb.RemediateResponse>;
    expect(response.toObject()).toEqual({ remediationsList: [], notApplicableList: [] });
  });
});

describe("serveAnalyzer", () => {
  const servers: InstanceType<typeof grpc.Server>[] = [];
  afterEach(() => {
    jest.restoreAllMocks();
    for (const server of servers.splice(0)) server.forceShutdown();
  });

  /** Serves `definition` and resolves with the printed port; the server is shut down after the test. */
  function serve(definition: AnalyzerDefinition, events: string[] = []): Promise<string> {
    const bindAsync = grpc.Server.prototype.bindAsync;
    jest.spyOn(grpc.Server.prototype, "bindAsync").mockImplementation(function (this: InstanceType<typeof grpc.Server>, ...args) {
      servers.push(this);
      return bindAsync.apply(this, args);
    });
    const port = new Promise<string>((resolve) =>
      jest.spyOn(console, "log").mockImplementation((line: unknown) => {
        events.push("port printed");
        resolve(typeof line === "string" ? line : `not a string: ${String(line)}`);
      }),
    );
    serveAnalyzer(definition);
    return port;
  }

  it.each(["", "has space", "a/b", "x".repeat(101)])("refuses the pack name %j with the SDK's sentence", (name) => {
    expect(() => serveAnalyzer({ name, describe: () => [], load: () => fakePack().pack })).toThrow(
      new Error(`Invalid policy pack name "${name}". Policy pack names may only contain alphanumerics, hyphens, underscores, or periods.`),
    );
  });

  it("prints the port as a string, then loads the pack, and takes a stack request above gRPC's 4 MiB", async () => {
    const { pack, seen } = fakePack();
    const events: string[] = [];
    const printedPort = await serve(
      {
        name: "ocs-guard_test.pack-1",
        version: "1.0.0",
        describe: () => [],
        load: () => {
          events.push("loaded");
          return pack;
        },
      },
      events,
    );
    expect(printedPort).toMatch(/^\d+$/);
    const client = new analyzerGrpc.AnalyzerClient(`127.0.0.1:${printedPort}`, grpc.credentials.createInsecure());
    try {
      const request = analyzerPb.AnalyzeStackRequest.deserializeBinary(stackBytes([{ name: "big", props: { blob: "x".repeat(5 * 1024 * 1024) } }]));
      const response = await new Promise<unknown>((resolve, reject) => client.analyzeStack(request, (error, r) => (error ? reject(error) : resolve(r))));
      expect(response).toBeInstanceOf(analyzerPb.AnalyzeResponse);
      expect(seen.stacks[0]?.[0]?.name).toBe("big");
      expect(events).toEqual(["port printed", "loaded"]);
    } finally {
      client.close();
    }
  });

  const withStack = new Error("cannot load");
  const bare = new Error("bare");
  delete bare.stack;
  it.each([
    ["with its stack", withStack, withStack.stack],
    ["without a stack by its message", bare, "bare"],
  ])("prints a failed load %s, after the port", async (_case, failure, printed) => {
    const errors: unknown[] = [];
    const printedError = new Promise<void>((resolve) =>
      jest.spyOn(console, "error").mockImplementation((line: unknown) => {
        errors.push(line);
        resolve();
      }),
    );
    await serve({
      name: "pack",
      version: "1.0.0",
      describe: () => [],
      load: () => {
        throw failure;
      },
    });
    await printedError;
    expect(errors).toEqual([printed]);
  });

  it("prints why it could not listen and exits 1, loading nothing", () => {
    const failure = new Error("address in use");
    jest.spyOn(grpc.Server.prototype, "bindAsync").mockImplementation((_address, _credentials, callback) => callback(failure, 0));
    const errors: unknown[] = [];
    jest.spyOn(console, "error").mockImplementation((line: unknown) => void errors.push(line));
    const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    const exit = jest.spyOn(process, "exit").mockImplementation((code) => {
      throw new Error(`exit ${String(code)}`);
    });
    let loads = 0;
    expect(() =>
      serveAnalyzer({
        name: "pack",
        version: "1.0.0",
        describe: () => [],
        load: () => {
          loads++;
          return fakePack().pack;
        },
      }),
    ).toThrow("exit 1");
    expect(errors).toEqual([failure]);
    expect(exit).toHaveBeenCalledWith(1);
    expect(log).not.toHaveBeenCalled();
    expect(loads).toBe(0);
  });

});
