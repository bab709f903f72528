import * as pulumi from "@pulumi/pulumi";
import { catalog, type Kind, type ModelOf } from "./model/catalog";
import { describeIssues, type ModelPath, valueAt } from "./model/describe-issues";
import { awaitsPending, type ComponentArgs, knownView } from "./inputs";
import { captureConstructionSite, CONSTRUCTION_SITE_KEY } from "./construction-site";

/**
 * Thrown when a component is given a model that breaks its schema; one sentence per problem.
 * It is a Pulumi resource error that hides its stack: the engine prints the sentences, attached
 * to the component when there is one, and no stack trace (there is nothing to debug in our code).
 */
export class ModelValidationError extends pulumi.ResourceError {
  constructor(
    public readonly problems: string[],
    resource?: pulumi.Resource,
  ) {
    super(problems.join("\n"), resource, true);
    this.name = "ModelValidationError";
  }
}

/** The problems of the known part of `args`, leaving values still pending for later. */
export function problemsOfKnown<K extends Kind>(kind: K, name: string, args: unknown): string[] {
  const entry = catalog[kind];
  const { view, pending } = knownView(args);
  const result = entry.schema.safeParse(view);
  if (result.success) return [];
  const issues = result.error.issues.filter((issue) => !awaitsPending(issue, pending));
  return issues.length > 0 ? describeIssues(`${entry.label} "${name}"`, issues, view) : [];
}

/** Validates the known part of `args` now and throws with every problem at once. */
export function validateKnown<K extends Kind>(kind: K, name: string, args: unknown, resource?: pulumi.Resource): void {
  const problems = problemsOfKnown(kind, name, args);
  if (problems.length > 0) throw new ModelValidationError(problems, resource);
}

/**
 * Validates a fully resolved model, returning it typed, or throws. The values at `secretPaths`
 * (given as secret outputs) are judged as they are but shown as `[secret]`.
 */
export function validateResolved<K extends Kind>(
  kind: K,
  name: string,
  resolved: unknown,
  secretPaths: ReadonlyArray<ModelPath> = [],
  resource?: pulumi.Resource,
): ModelOf<K> {
  const entry = catalog[kind];
  const result = entry.schema.safeParse(resolved);
  if (!result.success) {
    throw new ModelValidationError(describeIssues(`${entry.label} "${name}"`, result.error.issues, resolved, secretPaths), resource);
  }
  return result.data as ModelOf<K>;
}

/**
 * The paths of the args given as secret outputs (or promises of them). Called once the args have
 * resolved, so every answer is ready.
 */
export async function secretInputPaths(args: unknown): Promise<PropertyKey[][]> {
  const { pending } = knownView(args);
  const secret = await Promise.all(
    pending.map(async (path) => pulumi.isSecret(pulumi.output(valueAt(args, path)))),
  );
  return pending.filter((_, i) => secret[i]);
}

/**
 * Base of every OCS component. The validated model is sent to the engine as the component's
 * inputs (so resource policies see it during preview) and registered as its outputs (so stack
 * policies see it), value by value, so that one value unknown during preview leaves the rest known.
 */
export abstract class OcsComponent<K extends Kind> extends pulumi.ComponentResource {
  /** The model once every value is known, validated again then. */
  public readonly model: pulumi.Output<ModelOf<K>>;

  protected constructor(kind: K, name: string, args: ComponentArgs<ModelOf<K>>, opts?: pulumi.ComponentResourceOptions) {
    const inputs = args as pulumi.Inputs;
    super(catalog[kind].token, name, inputs, opts);
    // Checked once registered, so that the engine attaches the sentences to this component.
    validateKnown(kind, name, args, this);
    // Values pending at construction are checked when they resolve; a failure there fails the update.
    this.model = pulumi
      .output(inputs)
      .apply(async (resolved) => validateResolved(kind, name, resolved, await secretInputPaths(args), this));
    this.registerOutputs(withConstructionSite(inputs));
  }
}

/** The outputs with where the program constructed the component, for the reports (construction-site.ts). */
function withConstructionSite(outputs: pulumi.Inputs): pulumi.Inputs {
  const site = captureConstructionSite();
  return site ? { ...outputs, [CONSTRUCTION_SITE_KEY]: site } : outputs;
}
