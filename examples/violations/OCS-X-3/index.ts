/**
 * Violation example for OCS-X-3: expected to trip mandatory policy `edge-require-public-av-address` on `edge-redmond`.
 *
 * The A/V Edge external address becomes the private 10.20.0.12; its ports stay distinct, so only
 * the public-address rule trips.
 *
 * The change itself is `violation("OCS-X-3").mutate` in ../catalog.ts, shared with the tests.
 */
import { buildTopology } from "../../reference/build";
import { referenceSpec } from "../../reference/spec";
import { violation } from "../catalog";

const spec = referenceSpec();
violation("OCS-X-3").mutate(spec);
buildTopology(spec);
