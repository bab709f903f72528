/**
 * Violation example for OCS-UM-1: expected to trip mandatory policy `um-dial-plan-disallow-unsecured` on `dp-redmond`.
 *
 * The Redmond dial plan is Unsecured (MTLS and SRTP off, consistent with Table 2); the client-level
 * rules do not apply to Unsecured.
 *
 * The topology is ./topology.yaml: the reference topology with the change `violation("OCS-UM-1").mutate`
 * of ../catalog.ts, written out by `npm run documents` (a test keeps the two equal).
 */
import { buildTopology, readTopologyDocument } from "../../../components";
import { exampleDocumentPath } from "../../documents";

buildTopology(readTopologyDocument(exampleDocumentPath("violations/OCS-UM-1")).document);
