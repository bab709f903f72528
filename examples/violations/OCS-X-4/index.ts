/**
 * Violation example for OCS-X-4: expected to trip advisory policy `server-disallow-collocation` on `med-redmond`.
 *
 * The Communicator Web Access server takes the Mediation Server's FQDN (the two are collocated).
 * The CWA side changes because every reference (gateways, IPsec exemption, certificate) names the
 * Mediation Server's FQDN, and CWA's certificate is judged against its site URL.
 *
 * The change itself is `violation("OCS-X-4").mutate` in ../catalog.ts, shared with the tests.
 */
import { buildTopology } from "../../reference/build";
import { referenceSpec } from "../../reference/spec";
import { violation } from "../catalog";

const spec = referenceSpec();
violation("OCS-X-4").mutate(spec);
buildTopology(spec);
