/**
 * Violation example for OCS-ADM-2: expected to trip advisory policy `deployment-task-limit-privileged-groups` on `task-configure-se-dublin`.
 *
 * The principal configuring the Standard Edition server is also a Domain Admin, which Table 1 does
 * not need for that procedure (advisory).
 *
 * The change itself is `violation("OCS-ADM-2").mutate` in ../catalog.ts, shared with the tests.
 */
import { buildTopology } from "../../reference/build";
import { referenceSpec } from "../../reference/spec";
import { violation } from "../catalog";

const spec = referenceSpec();
violation("OCS-ADM-2").mutate(spec);
buildTopology(spec);
