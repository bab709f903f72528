/**
 * ocs-guard's own analyzer server: the gRPC service the Pulumi engine talks to during a preview,
 * run by `run-policy-pack` exactly as @pulumi/policy's `serve` is (listen on a free local port,
 * print it). It answers as the SDK's handlers do, field for field (the contract test
 * test/policies/framework/sdk-server.contract.test.ts sends both the same requests), but decodes
 * each request once for all policies and never loads @pulumi/policy or @pulumi/pulumi's root:
 *
 * - GetAnalyzerInfo is answered from a description of the policies known before they load (for the
 *   full pack, the file `npm run build` writes), so the pack listens before zod and the rules load;
 * - the policies load right after the port is printed, and every other request waits for them;
 * - Configure validates the configuration and resolves it once (pack-run.ts);
 * - Analyze reads the props once and runs only the policies that judge the resource's type;
 * - AnalyzeStack reads the stack once and runs every stack policy on the same topology views.
 *
 * Handshake and Cancel are left unimplemented, as the SDK leaves them.
 */
import type * as AnalyzerPbModule from "@pulumi/pulumi/proto/analyzer_pb";
import type { AnalyzerPolicyInfo } from "./define";
import type { PackDiagnostic, PackIdentity, PackRun } from "./pack-run";
import { readAnalyzeRequest, readAnalyzeStackRequest, type WireResource } from "./sdk-request-bytes";
import type { PropsPath } from "./sdk-internals";
import {
  analyzerPb,
  analyzerService,
  emptyPb,
  grpc,
  levelCode,
  pluginPb,
  readConfigureRequest,
  type ReceivedConfiguration,
  sdkVersion,
  severityCode,
  structPb,
} from "./sdk-wire";
import type { StackResource } from "./topology-view";

/** What a served pack does once its policies are loaded. */
export interface LoadedPack {
  /** Validates and keeps a configuration; returns why it is refused (one sentence per problem), or nothing. */
  configure(config: ReceivedConfiguration): string | undefined;
  /** The run of the configuration in force. */
  run(): PackRun;
  /** The names of the resource policies configured to remediate (which no ocs-guard policy can). */
  remediating(): string[];
  /** Records which values of props read from the wire were marked secret. */
  declareSecrets(props: object, paths: readonly PropsPath[]): void;
}

export interface AnalyzerDefinition {
  /** The pack's name, e.g. `ocs-guard`. */
  name: string;
  /** Its version; by default the `version` of the package.json of the working folder, as the SDK reads it. */
  version?: string;
  /** The policies as GetAnalyzerInfo describes them, in the pack's order; called before they load. */
  describe(): readonly AnalyzerPolicyInfo[];
  /** Loads the policies; called once. */
  load(identity: PackIdentity): LoadedPack;
}

type Callback<T> = (error: Error | { code: number; details: string } | null, response?: T) => void;
type Handler<Req, Res> = (call: { request: Req }, callback: Callback<Res>) => void;

/** The Analyzer service's handlers, without the network: what the server registers, and what the bench and the contract test call in-process. */
export interface AnalyzerHandlers {
  getAnalyzerInfo: Handler<unknown, AnalyzerPbModule.AnalyzerInfo>;
  getPluginInfo: Handler<unknown, InstanceType<typeof pluginPb.PluginInfo>>;
  configure: Handler<AnalyzerPbModule.ConfigureAnalyzerRequest, unknown>;
  configureStack: Handler<AnalyzerPbModule.AnalyzerStackConfigureRequest, AnalyzerPbModule.AnalyzerStackConfigureResponse>;
  /** Takes the request's bytes, as the served service definition hands them over. */
  analyze: Handler<Uint8Array, AnalyzerPbModule.AnalyzeResponse>;
  /** Takes the request's bytes, as the served service definition hands them over. */
  analyzeStack: Handler<Uint8Array, AnalyzerPbModule.AnalyzeResponse>;
  remediate: Handler<AnalyzerPbModule.AnalyzeRequest, AnalyzerPbModule.RemediateResponse>;
  /** Loads the policies now, if not yet done; the first request also does. */
  load(): Promise<LoadedPack>;
}

/** gRPC's INVALID_ARGUMENT: the engine prints a refused configuration's details after "configuring policy pack". */
const REFUSED = grpc.status.INVALID_ARGUMENT;

const PACK_NAME = /^[a-zA-Z0-9-_.]{1,100}$/;

/** The version the SDK gives a pack: that of the package.json in the working folder. */
function workingFolderVersion(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const version = (require(`${process.cwd()}/package.json`) as { version?: string }).version;
  if (!version) throw new Error("Version must be defined in the package.json file.");
  return version;
}

function analyzerInfo(identity: PackIdentity, policies: readonly AnalyzerPolicyInfo[]): AnalyzerPbModule.AnalyzerInfo {
  const info = new analyzerPb.AnalyzerInfo();
  info.setName(identity.name);
  info.setVersion(identity.version);
  info.setSupportsconfig(true);
  info.setPoliciesList(
    policies.map((p) => {
      const policy = new analyzerPb.PolicyInfo();
      policy.setPolicyType(p.kind === "stack" ? analyzerPb.PolicyType.POLICY_TYPE_STACK : analyzerPb.PolicyType.POLICY_TYPE_RESOURCE);
      policy.setName(p.name);
      policy.setDescription(p.description);
      policy.setEnforcementlevel(levelCode(p.enforcementLevel));
      if (p.configSchema) {
        const schema = new analyzerPb.PolicyConfigSchema();
        schema.setProperties(structPb.Struct.fromJavaScript(p.configSchema.properties as never));
        // Stryker disable next-line ConditionalExpression: an absent list and an empty one are the same bytes on the wire
        if (p.configSchema.required) schema.setRequiredList(p.configSchema.required);
        policy.setConfigschema(schema);
      }
      policy.setSeverity(severityCode(p.severity));
      const framework = new analyzerPb.PolicyComplianceFramework();
      framework.setName(p.framework.name);
      framework.setVersion(p.framework.version);
      framework.setReference(p.framework.reference);
      framework.setSpecification(p.framework.specification);
      policy.setFramework(framework);
      policy.setTagsList(p.tags);
      policy.setRemediationSteps(p.remediationSteps);
      policy.setUrl(p.url);
      return policy;
    }),
  );
  return info;
}

function analyzeResponse(identity: PackIdentity, diagnostics: readonly PackDiagnostic[]): AnalyzerPbModule.AnalyzeResponse {
  const response = new analyzerPb.AnalyzeResponse();
  response.setDiagnosticsList(
    diagnostics.map((d) => {
      const diagnostic = new analyzerPb.AnalyzeDiagnostic();
      diagnostic.setPolicyname(d.policyName);
      diagnostic.setPolicypackname(identity.name);
      diagnostic.setPolicypackversion(identity.version);
      diagnostic.setDescription(d.description);
      diagnostic.setMessage(d.message);
      diagnostic.setEnforcementlevel(levelCode(d.enforcementLevel));
      // Stryker disable next-line ConditionalExpression: an unset string and an empty one are the same bytes on the wire
      if (d.urn) diagnostic.setUrn(d.urn);
      diagnostic.setSeverity(severityCode(d.severity));
      return diagnostic;
    }),
  );
  return response;
}

/** A failure as the SDK's handlers return one: the text of an Error, with its stack where it has one. */
function asError(error: unknown): Error {
  if (error instanceof Error && error.name === "PolicyRunError") return new Error(error.message);
  return new Error(error instanceof Error ? (error.stack ?? error.message) : String(error));
}

/** Runs an asynchronous handler body and answers with its result or its failure. */
function answer<T>(callback: Callback<T>, body: () => Promise<T>): void {
  body().then(
    (response) => callback(null, response),
    (error: unknown) => callback(asError(error)),
  );
}

/** A resource read from the wire, its secrets declared. */
function plainResource(read: WireResource, loaded: LoadedPack): StackResource {
  loaded.declareSecrets(read.props, read.secretPaths);
  return { type: read.type, name: read.name, urn: read.urn, props: read.props };
}

/** The resources of an AnalyzeStack request, read one at a time and each linked to its parent as the SDK links them. */
function readStack(bytes: Uint8Array, loaded: LoadedPack): StackResource[] {
  const read = readAnalyzeStackRequest(bytes, (r) => ({ resource: plainResource(r, loaded), parent: r.parent }));
  const byUrn = new Map(read.map(({ resource }) => [resource.urn, resource]));
  for (const { resource, parent } of read) {
    const found = parent ? byUrn.get(parent) : undefined;
    if (found) resource.parent = found;
  }
  return read.map(({ resource }) => resource);
}

export function analyzerHandlers(definition: AnalyzerDefinition): AnalyzerHandlers {
  let identity: PackIdentity | undefined;
  const identityOf = (): PackIdentity => (identity ??= { name: definition.name, version: definition.version ?? workingFolderVersion() });
  let loading: Promise<LoadedPack> | undefined;
  const load = (): Promise<LoadedPack> => (loading ??= new Promise((resolve) => resolve(definition.load(identityOf()))));

  return {
    load,
    getAnalyzerInfo: (_call, callback) => answer(callback, async () => analyzerInfo(identityOf(), definition.describe())),
    getPluginInfo: (_call, callback) =>
      answer(callback, async () => {
        const info = new pluginPb.PluginInfo();
        info.setVersion(sdkVersion());
        return info;
      }),
    configure: (call, callback) => {
      let config: ReceivedConfiguration;
      try {
        config = readConfigureRequest(call.request);
      } catch (error) {
        callback({ code: REFUSED, details: `The policy pack could not read its configuration: ${error instanceof Error ? error.message : String(error)}` });
        return;
      }
      load().then(
        (loaded) => {
          let refusal: string | undefined;
          try {
            refusal = loaded.configure(config);
          } catch (error) {
            refusal = `The policy pack could not read its configuration: ${error instanceof Error ? error.message : String(error)}`;
          }
          if (refusal !== undefined) callback({ code: REFUSED, details: refusal });
          else callback(null, new emptyPb.Empty());
        },
        (error: unknown) => callback(asError(error)),
      );
    },
    configureStack: (_call, callback) => answer(callback, async () => new analyzerPb.AnalyzerStackConfigureResponse()),
    analyze: (call, callback) =>
      answer(callback, async () => {
        const loaded = await load();
        return analyzeResponse(identityOf(), loaded.run().analyze(plainResource(readAnalyzeRequest(call.request), loaded)));
      }),
    analyzeStack: (call, callback) =>
      answer(callback, async () => {
        const loaded = await load();
        return analyzeResponse(identityOf(), loaded.run().analyzeStack(readStack(call.request, loaded)));
      }),
    remediate: (_call, callback) =>
      answer(callback, async () => {
        const loaded = await load();
        const response = new analyzerPb.RemediateResponse();
        response.setRemediationsList([]);
        const notApplicable = loaded.remediating().map((name) => {
          const na = new analyzerPb.PolicyNotApplicable();
          na.setPolicyName(name);
          na.setReason("Policy does not implement remediateResource");
          return na;
        });
        // Stryker disable next-line ConditionalExpression,EqualityOperator: an absent list and an empty one are the same bytes on the wire
        if (notApplicable.length > 0) response.setNotApplicableList(notApplicable);
        return response;
      }),
  };
}

/**
 * Serves a pack as `run-policy-pack` expects: listens on a free port of 127.0.0.1, prints it, then
 * loads the policies. One pack per process, as the engine reads one port from the process.
 */
export function serveAnalyzer(definition: AnalyzerDefinition): void {
  if (!PACK_NAME.test(definition.name)) {
    throw new Error(
      `Invalid policy pack name "${definition.name}". Policy pack names may only contain alphanumerics, hyphens, underscores, or periods.`,
    );
  }
  const handlers = analyzerHandlers(definition);
  // As the SDK allows: an AnalyzeStack request of a large stack is far above gRPC's default 4 MiB.
  const server = new grpc.Server({ "grpc.max_receive_message_length": 1024 * 1024 * 400 });
  const { getAnalyzerInfo, getPluginInfo, configure, configureStack, analyze, analyzeStack, remediate } = handlers;
  const service = { getAnalyzerInfo, getPluginInfo, configure, configureStack, analyze, analyzeStack, remediate };
  server.addService(analyzerService, service as never);
  server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (error, port) => {
    if (error) {
      console.error(error);
      process.exit(1);
    }
    // A string, so that Node does not colour it: the engine reads the port from this line.
    console.log(port.toString());
    setImmediate(() => {
      handlers.load().catch((failure: unknown) => console.error(failure instanceof Error ? (failure.stack ?? failure.message) : failure));
    });
  });
}
