/**
 * Violation example for OCS-ADM-2: expected to trip advisory policy `deployment-task-limit-privileged-groups` on `task-configure-se-dublin`.
 *
 * The principal configuring the Standard Edition server is also a Domain Admin, which Table 1 does
 * not need for that procedure (advisory).
 *
 * The topology is ./topology.yaml: the reference topology with the change `violation("OCS-ADM-2").mutate`
 * of ../catalog.ts, written out by `npm run documents` (a test keeps the two equal).
 */
import { buildTopology, readTopologyDocument } from "../../../components";
import { exampleDocumentPath } from "../../documents";

buildTopology(readTopologyDocument(exampleDocumentPath("violations/OCS-ADM-2")).document);
