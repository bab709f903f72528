/**
 * Violation example for OCS-ROLE-1: expected to trip mandatory policy `server-limit-services-to-role` on `se-dublin`.
 *
 * The Standard Edition server installs a service outside its role catalog (sql-server-reporting).
 *
 * The change itself is `violation("OCS-ROLE-1").mutate` in ../catalog.ts, shared with the tests.
 */
import { buildTopology } from "../../reference/build";
import { referenceSpec } from "../../reference/spec";
import { violation } from "../catalog";

const spec = referenceSpec();
violation("OCS-ROLE-1").mutate(spec);
buildTopology(spec);
