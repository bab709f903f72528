/**
 * The reference topology with a bad arg, known at construction (config `case: known`, the
 * default) or resolving later (`case: pending`): the program fails with one sentence per problem,
 * attached to the component, and no stack trace.
 */
import * as pulumi from "@pulumi/pulumi";
import { MediationServer } from "../../components";
import { buildTopology } from "../reference/build";
import { referenceSpec } from "../reference/spec";

const spec = referenceSpec();
const [redmond, dublin] = spec.mediationServers;
if (!redmond || !dublin) throw new Error("the reference topology has two Mediation Servers");
spec.mediationServers = [];
const { topology } = buildTopology(spec);

const badCase = new pulumi.Config().get("case") ?? "known";

if (badCase === "known") {
  new MediationServer("med-known-bad", { ...redmond.args, internal: { ...redmond.args.internal, ip: "10.1.10.300" } }, { parent: topology });
} else {
  new MediationServer(
    "med-pending-bad",
    { ...dublin.args, external: dublin.args.external && { ...dublin.args.external, ip: pulumi.output("fe80::1") } },
    { parent: topology },
  );
}
