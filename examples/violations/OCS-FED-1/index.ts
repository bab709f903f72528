/**
 * Violation example for OCS-FED-1: expected to trip mandatory policy `edge-require-legacy-federation-ports` on `edge-redmond`.
 *
 * The udp inbound 50000-59999 rule is removed while fabrikam.com still federates A/V on OCS 2007.
 *
 * The change itself is `violation("OCS-FED-1").mutate` in ../catalog.ts, shared with the tests.
 */
import { buildTopology } from "../../reference/build";
import { referenceSpec } from "../../reference/spec";
import { violation } from "../catalog";

const spec = referenceSpec();
violation("OCS-FED-1").mutate(spec);
buildTopology(spec);
