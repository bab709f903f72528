/**
 * Violation example for OCS-ENC-2: expected to trip mandatory policy `server-require-tls-signaling` on `pool-redmond`.
 *
 * The pool gains a plain-TCP SIP listener on 5060; only the server-link signaling rule reads pool
 * listeners.
 *
 * The change itself is `violation("OCS-ENC-2").mutate` in ../catalog.ts, shared with the tests.
 */
import { buildTopology } from "../../reference/build";
import { referenceSpec } from "../../reference/spec";
import { violation } from "../catalog";

const spec = referenceSpec();
violation("OCS-ENC-2").mutate(spec);
buildTopology(spec);
