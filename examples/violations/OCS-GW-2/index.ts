/**
 * Violation example for OCS-GW-2: expected to trip mandatory policy `ipsec-require-media-exemption` on `med-redmond`.
 *
 * The Mediation Server IPsec exemption shrinks to 60000-62000 and no longer covers the 60000-64000
 * media range (both Mediation Servers are reported).
 *
 * The change itself is `violation("OCS-GW-2").mutate` in ../catalog.ts, shared with the tests.
 */
import { buildTopology } from "../../reference/build";
import { referenceSpec } from "../../reference/spec";
import { violation } from "../catalog";

const spec = referenceSpec();
violation("OCS-GW-2").mutate(spec);
buildTopology(spec);
