/**
 * Violation example for OCS-RISK-1: expected to trip mandatory policy `waiver-require-justification-owner-expiry` on `med-redmond`.
 *
 * The Mediation Server carries a waiver that expired on 2020-01-01; it waives nothing and is itself
 * a violation, while the waived advisory port rule holds anyway.
 *
 * The change itself is `violation("OCS-RISK-1").mutate` in ../catalog.ts, shared with the tests.
 */
import { buildTopology } from "../../reference/build";
import { referenceSpec } from "../../reference/spec";
import { violation } from "../catalog";

const spec = referenceSpec();
violation("OCS-RISK-1").mutate(spec);
buildTopology(spec);
