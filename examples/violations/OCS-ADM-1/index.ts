/**
 * Violation example for OCS-ADM-1: expected to trip mandatory policy `deployment-task-require-table1-credentials` on `task-activate-se-dublin`.
 *
 * The principal activating the Standard Edition server is no longer in RTCUniversalServerAdmins,
 * which Table 1 requires.
 *
 * The change itself is `violation("OCS-ADM-1").mutate` in ../catalog.ts, shared with the tests.
 */
import { buildTopology } from "../../reference/build";
import { referenceSpec } from "../../reference/spec";
import { violation } from "../catalog";

const spec = referenceSpec();
violation("OCS-ADM-1").mutate(spec);
buildTopology(spec);
