/**
 * Violation example for OCS-ROLE-1: expected to trip mandatory policy `server-limit-services-to-role` on `se-dublin`.
 *
 * The Standard Edition server installs a service outside its role catalog (sql-server-reporting).
 *
 * The topology is ./topology.yaml: the reference topology with the change `violation("OCS-ROLE-1").mutate`
 * of ../catalog.ts, written out by `npm run documents` (a test keeps the two equal).
 */
import { buildTopology, readTopologyDocument } from "../../../components";
import { exampleDocumentPath } from "../../documents";

buildTopology(readTopologyDocument(exampleDocumentPath("violations/OCS-ROLE-1")).document);
