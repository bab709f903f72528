/**
 * Violation example for OCS-X-5: expected to trip mandatory policy `certificate-enforce-role-fit` on `arch-redmond`.
 *
 * The Archiving Server certificate has a 1,024-bit key, below the 2,048-bit minimum; it stays valid
 * and covers the FQDN.
 *
 * The change itself is `violation("OCS-X-5").mutate` in ../catalog.ts, shared with the tests.
 */
import { buildTopology } from "../../reference/build";
import { referenceSpec } from "../../reference/spec";
import { violation } from "../catalog";

const spec = referenceSpec();
violation("OCS-X-5").mutate(spec);
buildTopology(spec);
