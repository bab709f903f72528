/**
 * A large compliant topology as a Pulumi program: replicas of the reference topology, about
 * `ocs-scaled:components` components in all (default 2,000). A preview with the ocs-guard policy
 * pack reports no violation. `npm run bench` previews it at several sizes.
 */
import * as pulumi from "@pulumi/pulumi";
import { buildTopology } from "../reference/build";
import { replicasFor, scaledSpecs } from "./spec";

const components = new pulumi.Config("ocs-scaled").getNumber("components") ?? 2000;
for (const spec of scaledSpecs(replicasFor(components))) buildTopology(spec);
