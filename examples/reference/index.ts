/**
 * The reference topology as a Pulumi program: Contoso's compliant OCS 2007 R2 deployment. A
 * preview with the ocs-guard policy pack reports no violation.
 */
import { buildTopology } from "./build";
import { referenceSpec } from "./spec";

buildTopology(referenceSpec());
