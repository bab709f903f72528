/**
 * Violation example for OCS-ADM-1: expected to trip mandatory policy `deployment-task-require-table1-credentials` on `task-activate-se-dublin`.
 *
 * The principal activating the Standard Edition server is no longer in RTCUniversalServerAdmins,
 * which Table 1 requires.
 *
 * The topology is ./topology.yaml: the reference topology with the change `violation("OCS-ADM-1").mutate`
 * of ../catalog.ts, written out by `npm run documents` (a test keeps the two equal).
 */
import { buildTopology, readTopologyDocument } from "../../../components";
import { exampleDocumentPath } from "../../documents";

buildTopology(readTopologyDocument(exampleDocumentPath("violations/OCS-ADM-1")).document);
