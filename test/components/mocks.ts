import * as pulumi from "@pulumi/pulumi";

/**
 * Pulumi mocks that record every resource registration. Under mocks, component resources are
 * registered through the same RegisterResource call as custom ones (`custom: false`), with their
 * args as inputs, so a component's model is what `newResource` receives.
 */
export function recordRegistrations(): pulumi.runtime.MockResourceArgs[] {
  const registered: pulumi.runtime.MockResourceArgs[] = [];
  pulumi.runtime.setMocks(
    {
      newResource: (args) => {
        registered.push(args);
        return { id: `${args.name}-id`, state: args.inputs };
      },
      call: (args) => args.inputs,
    },
    "ocs-guard",
    "test",
    false,
  );
  return registered;
}

type OutputInternals<T> = { promise(): Promise<T>; isKnown: Promise<boolean>; isSecret: Promise<boolean> };

/**
 * The value of an Output, or its rejection. Uses the SDK's internal `promise()`: the public API
 * gives no way to observe a failed apply, which the engine reports as a failed update. The
 * Output's sibling promises (known, secret) reject too and are observed here so the test runner
 * does not report them as unhandled.
 */
export function settle<T>(output: pulumi.Output<T>): Promise<T> {
  const internals = output as unknown as OutputInternals<T>;
  internals.isKnown.catch(() => undefined);
  internals.isSecret.catch(() => undefined);
  return internals.promise();
}

/** Resolves once every output has settled, so the registrations they wait on have happened. */
export async function registered(resources: ReadonlyArray<pulumi.Resource>): Promise<void> {
  await Promise.all(resources.map((r) => settle(r.urn)));
}

/** The first member of a spec list (the reference has at least one of each). */
export function first<T>(items: readonly T[]): T {
  const [item] = items;
  if (item === undefined) throw new Error("the reference spec has an empty list");
  return item;
}

/**
 * The sentences of the ModelValidationError a construction throws, or a failure if it throws
 * nothing. Recognised by name, since the components are imported after the mocks are set.
 */
export function problemsOf(construct: () => unknown): string[] {
  try {
    construct();
  } catch (error) {
    if (error instanceof Error && error.name === "ModelValidationError" && "problems" in error) return error.problems as string[];
    throw error;
  }
  throw new Error("the construction was accepted");
}
