/**
 * Violation example for OCS-UM-2: expected to trip mandatory policy `um-dial-plan-enforce-table2-settings` on `dp-redmond`.
 *
 * The Redmond dial plan stays Secured but disables SRTP, which Table 2 requires for Secured.
 *
 * The topology is ./topology.yaml: the reference topology with the change `violation("OCS-UM-2").mutate`
 * of ../catalog.ts, written out by `npm run documents` (a test keeps the two equal).
 */
import { buildTopology, readTopologyDocument } from "../../../components";
import { exampleDocumentPath } from "../../documents";

buildTopology(readTopologyDocument(exampleDocumentPath("violations/OCS-UM-2")).document);
